import { type Problem, problemIn, problemOf } from '../answers/problems.js';
import type { Answers } from '../answers/schema.js';
import { PLATFORM_BLOCKS } from '../answers/schema.js';
import {
  FIPS_ARCHITECTURES,
  INTERNAL_PUBLISH_PLATFORMS,
  SUPPORTED_ARCHITECTURES,
} from '../knowledge/platform-defaults.js';
import { releaseProblem } from '../knowledge/releases.js';
import { TOPOLOGY_FACTS } from '../knowledge/topologies.js';
import type { Plan } from '../types.js';
import { CHECK_MESSAGES as M } from './check-messages.js';

/** The release answer every other rule rests on: without a usable release the release tables cannot be read. */
export function checkVersion(plan: Plan): Problem[] {
  const problem = releaseProblem(plan.ocpVersion);
  return problem ? [{ key: 'ocpVersion', message: problem.en, ko: problem.ko }] : [];
}

/** Only the block matching `platform` may appear (the answers-file format). */
export function checkPlatformBlocks(plan: Plan, answers: Answers): Problem[] {
  return Object.keys(PLATFORM_BLOCKS)
    .filter((name) => name !== plan.platform && (answers as Record<string, unknown>)[name] !== undefined)
    .map((name) => problemOf(name, M.otherPlatformBlock, { name, platform: plan.platform }));
}

export function checkGcpProject(plan: Plan): Problem[] {
  if (plan.platform !== 'gcp' || plan.platformConfig.projectID) return [];
  return [problemOf('gcp.projectID', M.gcpProject)];
}

/** Azure needs the DNS zone's resource group for a public cluster (validatePlatform (installconfig.go)). */
export function checkAzureDnsGroup(plan: Plan): Problem[] {
  if (
    plan.platform !== 'azure' ||
    plan.publish !== 'External' ||
    plan.platformConfig.baseDomainResourceGroupName
  )
    return [];
  return [problemOf('azure.baseDomainResourceGroupName', M.azureDnsGroup)];
}

export function checkTopology(plan: Plan, answers: Answers): Problem[] {
  if (plan.topology === 'ha' && plan.computeReplicas < 2) {
    return [problemOf('computeReplicas', M.haWorkers, { replicas: plan.computeReplicas })];
  }
  if (
    !TOPOLOGY_FACTS[plan.topology].computeAllowed &&
    answers.computeReplicas !== undefined &&
    answers.computeReplicas !== 0
  ) {
    return [problemOf('computeReplicas', M.noWorkers, { topology: plan.topology })];
  }
  return [];
}

export function checkArchitecture(plan: Plan, answers: Answers): Problem[] {
  const supported = SUPPORTED_ARCHITECTURES[plan.platform];
  if (supported.includes(plan.architecture)) return [];
  const values = { architecture: plan.architecture, platform: plan.platform };
  return [
    problemIn(
      answers.architecture ? 'architecture' : 'platform',
      M.architecturePlatform,
      { ...values, supported: supported.join(M.or.en) },
      { ...values, supported: supported.join(M.or.ko) },
    ),
  ];
}

export function checkFips(plan: Plan): Problem[] {
  if (!plan.fips || FIPS_ARCHITECTURES.includes(plan.architecture)) return [];
  return [problemOf('fips', M.fipsArchitecture, { architectures: FIPS_ARCHITECTURES.join(', ') })];
}

export function checkPublish(plan: Plan): Problem[] {
  if (plan.publish !== 'Internal' || INTERNAL_PUBLISH_PLATFORMS.includes(plan.platform)) return [];
  return [
    problemOf('publish', M.publishInternal, {
      platforms: INTERNAL_PUBLISH_PLATFORMS.join(', '),
      platform: plan.platform,
    }),
  ];
}
