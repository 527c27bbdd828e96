import type { Problem } from '../answers/problems.js';
import type { Answers } from '../answers/schema.js';
import { PLATFORM_BLOCKS } from '../answers/schema.js';
import type { Plan } from '../types.js';
import { checkAgentAnswers } from './check-agent.js';
import { checkMirror, checkProxyConnectivity, checkProxyValues } from './check-connectivity.js';
import { checkHosts, checkNetworks, checkVips } from './check-network.js';
import {
  checkArchitecture,
  checkAzureDnsGroup,
  checkFips,
  checkGcpProject,
  checkPlatformBlocks,
  checkPublish,
  checkTopology,
  checkVersion,
} from './check-platform.js';
import { TOPOLOGY_RULES } from './check-topology.js';
import { checkInstallMethod } from './install-path.js';
import { INSTALL_PATH_READS } from './install-path-reads.js';

/**
 * One cross-field rule of the answers. `reads` names every answers key (dotted; a block or list by its own key, such
 * as `hosts` or `proxy`) whose value the rule looks at, so the wizard can run it as soon as those answers are known;
 * every problem it reports is keyed by one of them or by a key inside one.
 */
export interface AnswersRule {
  id: string;
  reads: readonly string[];
  run(plan: Plan, answers: Answers): Problem[];
}

/** The release rule: every other rule reads the release tables, so it runs alone first. */
export const VERSION_RULE: AnswersRule = { id: 'release', reads: ['ocpVersion'], run: checkVersion };

/**
 * The rules after the release, in the order their problems are reported (issue: platform block matches platform;
 * topology vs replicas; proxy and mirror blocks; VIPs inside the machine network and distinct; networks valid and not
 * overlapping). They run on the Plan, after defaults, because a default machine network must also contain the VIPs.
 */
export const CHECK_RULES: readonly AnswersRule[] = [
  { id: 'platform-block', reads: ['platform', ...Object.keys(PLATFORM_BLOCKS)], run: checkPlatformBlocks },
  { id: 'gcp-project', reads: ['platform', 'gcp.projectID'], run: checkGcpProject },
  {
    id: 'azure-dns-group',
    reads: ['platform', 'publish', 'azure.baseDomainResourceGroupName'],
    run: checkAzureDnsGroup,
  },
  { id: 'topology-compute', reads: ['topology', 'computeReplicas'], run: checkTopology },
  // The architecture defaults from the platform (s390x on IBM Z), so an unanswered architecture is the platform's fault.
  { id: 'architecture-platform', reads: ['architecture', 'platform'], run: checkArchitecture },
  { id: 'fips-architecture', reads: ['fips', 'architecture', 'platform'], run: checkFips },
  { id: 'proxy-connectivity', reads: ['connectivity', 'proxy'], run: checkProxyConnectivity },
  { id: 'proxy-values', reads: ['proxy'], run: checkProxyValues },
  { id: 'mirror', reads: ['connectivity', 'mirror'], run: checkMirror },
  { id: 'publish-platform', reads: ['publish', 'platform'], run: checkPublish },
  {
    id: 'networks',
    reads: ['networking.machineNetwork', 'networking.clusterNetwork', 'networking.serviceNetwork'],
    run: checkNetworks,
  },
  { id: 'vips', reads: ['vips', 'platform', 'networking.machineNetwork'], run: checkVips },
  {
    id: 'hosts',
    reads: [
      'hosts',
      'clusterName',
      'baseDomain',
      'networking.machineNetwork',
      'vips',
      'topology',
      'controlPlaneReplicas',
    ],
    run: checkHosts,
  },
  ...TOPOLOGY_RULES.map((rule) => ({ id: rule.id, reads: rule.reads, run: rule.check })),
  {
    id: 'install-method',
    // The recommendation also weighs the platform's own block (its DNS and region settings).
    reads: [...INSTALL_PATH_READS, ...Object.keys(PLATFORM_BLOCKS), 'hosts'],
    run: (plan) => checkInstallMethod(plan),
  },
  {
    id: 'agent-answers',
    reads: [
      ...INSTALL_PATH_READS,
      ...Object.keys(PLATFORM_BLOCKS),
      'agent',
      'hosts',
      'networking.machineNetwork',
      'vips',
    ],
    run: checkAgentAnswers,
  },
];

/** Every cross-field problem of the answers, the release first: without a usable release the rest cannot apply. */
export function checkPlan(plan: Plan, answers: Answers): Problem[] {
  const version = VERSION_RULE.run(plan, answers);
  if (version.length > 0) return version;
  return CHECK_RULES.flatMap((rule) => rule.run(plan, answers));
}

/** Whether `key` is known from the answered keys: answered itself, inside an answered block, or partly answered. */
function known(key: string, answered: ReadonlySet<string>): boolean {
  for (const done of answered) {
    if (done === key || key.startsWith(`${done}.`) || key.startsWith(`${done}[`)) return true;
    if (done.startsWith(`${key}.`) || done.startsWith(`${key}[`)) return true;
  }
  return false;
}

/** The rules whose every input is among the answered keys, in report order. */
export function rulesFor(answered: ReadonlySet<string>): AnswersRule[] {
  return CHECK_RULES.filter((rule) => rule.reads.every((key) => known(key, answered)));
}

/**
 * The problems of the rules whose inputs are all answered (the wizard, between questions): a rule that reads an
 * answer not asked yet would judge a default the user may still change. The release rule comes first, as in checkPlan.
 */
export function checkAnswered(plan: Plan, answers: Answers, answered: ReadonlySet<string>): Problem[] {
  if (known('ocpVersion', answered)) {
    const version = VERSION_RULE.run(plan, answers);
    if (version.length > 0) return version;
  }
  return rulesFor(answered).flatMap((rule) => rule.run(plan, answers));
}
