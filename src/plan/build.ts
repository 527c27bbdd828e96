import path from 'node:path';
import type { Answers } from '../answers/schema.js';
import { AGENT_DEFAULTS } from '../knowledge/agent-installer.js';
import {
  CUSTOMER_OWNED_PLATFORMS,
  DEFAULT_ARCHITECTURE,
  DEFAULT_NETWORKING,
  DEFAULT_PLATFORM_ANSWERS,
  POWERVS_MACHINE_NETWORK,
} from '../knowledge/platform-defaults.js';
import { OWNERSHIP_DEFAULTS } from '../knowledge/powervc.js';
import { NEWEST_KNOWN_VERSION } from '../knowledge/releases.js';
import { TOPOLOGY_FACTS } from '../knowledge/topologies.js';
import { OWNERSHIP_PARTS, type Ownership, type Plan, type Platform, type Topology } from '../types.js';
import { parseCidr } from './network.js';

export interface BuildOptions {
  /** Folder of the answers file: relative paths in it are relative to this folder (the answers-file format). */
  baseDir: string;
  /** Home folder, for `~/` in paths. */
  home: string;
}

/** The control-plane size each topology implies (the answers-file format: ha and compact have 3, the two-node ones 2, single node 1). */
export const CONTROL_PLANE_REPLICAS: Record<Topology, number> = Object.fromEntries(
  Object.values(TOPOLOGY_FACTS).map((facts) => [facts.id, facts.controlPlane]),
) as Record<Topology, number>;

/** Resolves a file reference from the answers file to an absolute path. */
export function resolvePath(file: string, options: BuildOptions): string {
  if (file === '~') return options.home;
  if (file.startsWith('~/')) return path.join(options.home, file.slice(2));
  return path.resolve(options.baseDir, file);
}

/**
 * Answers (field-valid, possibly sparse) → Plan with every default of the answers-file format applied and every path absolute.
 * Requires clusterName, baseDomain and platform; the caller asks for or reports them first.
 */
export function buildPlan(answers: Answers, options: BuildOptions): Plan {
  const platform = answers.platform as Platform;
  const topology = answers.topology ?? 'ha';
  const ownershipDefault = CUSTOMER_OWNED_PLATFORMS.includes(platform) ? 'customer' : 'installer';
  const ownership = Object.fromEntries(
    OWNERSHIP_PARTS.map((part) => [
      part,
      answers.ownership?.[part] ?? OWNERSHIP_DEFAULTS[platform]?.[part] ?? ownershipDefault,
    ]),
  ) as Ownership;
  const resolve = (file: string | undefined) => (file === undefined ? undefined : resolvePath(file, options));

  const block = { ...(DEFAULT_PLATFORM_ANSWERS[platform] ?? {}), ...platformBlockOf(answers, platform) };
  if (typeof block.credentialsFile === 'string') block.credentialsFile = resolve(block.credentialsFile);

  const plan: Plan = {
    version: 1,
    ocpVersion: normaliseVersion(answers.ocpVersion),
    clusterName: answers.clusterName as string,
    baseDomain: (answers.baseDomain as string).replace(/\.$/, ''),
    platform,
    architecture: answers.architecture ?? DEFAULT_ARCHITECTURE[platform],
    topology,
    installMethod: answers.installMethod ?? 'auto',
    // Only ha takes another control-plane size (4 or 5, Agent-based); check.ts reports an answer that contradicts the topology.
    controlPlaneReplicas:
      topology === 'ha'
        ? (answers.controlPlaneReplicas ?? CONTROL_PLANE_REPLICAS.ha)
        : CONTROL_PLANE_REPLICAS[topology],
    arbiterReplicas: TOPOLOGY_FACTS[topology].arbiter,
    computeReplicas: topology === 'ha' ? (answers.computeReplicas ?? 3) : (answers.computeReplicas ?? 0),
    ownership,
    requirements: {
      autoscaling: answers.requirements?.autoscaling ?? false,
      installerCredentials: answers.requirements?.installerCredentials ?? true,
      hardenedInfrastructure: answers.requirements?.hardenedInfrastructure ?? false,
    },
    connectivity: answers.connectivity ?? 'connected',
    publish: answers.publish ?? 'External',
    fips: answers.fips ?? false,
    networking: {
      networkType: answers.networking?.networkType ?? DEFAULT_NETWORKING.networkType,
      machineNetwork: (
        answers.networking?.machineNetwork ?? [
          platform === 'powervs' ? POWERVS_MACHINE_NETWORK : DEFAULT_NETWORKING.machineNetwork[0],
        ]
      ).map(normaliseCidrText),
      clusterNetwork: (answers.networking?.clusterNetwork ?? DEFAULT_NETWORKING.clusterNetwork).map(
        (entry) => ({
          cidr: normaliseCidrText(entry.cidr),
          hostPrefix: entry.hostPrefix,
        }),
      ),
      serviceNetwork: (answers.networking?.serviceNetwork ?? DEFAULT_NETWORKING.serviceNetwork).map(
        normaliseCidrText,
      ),
    },
    hosts: (answers.hosts ?? []).map(({ bond, ...host }) => ({
      ...host,
      ...(host.bmc
        ? { bmc: { ...host.bmc, credentialsFile: resolve(host.bmc.credentialsFile) as string } }
        : {}),
      ...(bond
        ? {
            bond: {
              name: bond.name ?? AGENT_DEFAULTS.bondName,
              mode: bond.mode ?? AGENT_DEFAULTS.bondMode,
              ports: [...bond.ports],
            },
          }
        : {}),
    })),
    platformConfig: block,
    secrets: {
      ...(answers.secrets?.pullSecretFile ? { pullSecretFile: resolve(answers.secrets.pullSecretFile) } : {}),
      ...(answers.secrets?.sshKeyFile ? { sshKeyFile: resolve(answers.secrets.sshKeyFile) } : {}),
    },
  };
  if (answers.lang) plan.lang = answers.lang;
  if (answers.document && Object.keys(answers.document).length > 0) plan.document = { ...answers.document };
  if (answers.proxy) {
    const { credentialsFile, caBundleFile, ...urls } = answers.proxy;
    plan.proxy = {
      ...urls,
      ...(credentialsFile ? { credentialsFile: resolve(credentialsFile) as string } : {}),
      ...(caBundleFile ? { caBundleFile: resolve(caBundleFile) as string } : {}),
    };
  }
  if (answers.mirror) {
    plan.mirror = {
      registry: answers.mirror.registry,
      ...(answers.mirror.caBundleFile ? { caBundleFile: resolve(answers.mirror.caBundleFile) } : {}),
      ...(answers.mirror.credentialsFile
        ? { credentialsFile: resolve(answers.mirror.credentialsFile) as string }
        : {}),
    };
  }
  if (answers.agent) {
    const { ntpSources, dnsServers, ...rest } = answers.agent;
    plan.agent = { ...rest, ntpSources: [...(ntpSources ?? [])], dnsServers: [...(dnsServers ?? [])] };
  }
  if (answers.vips && (answers.vips.api || answers.vips.ingress)) {
    plan.vips = { api: answers.vips.api ?? [], ingress: answers.vips.ingress ?? [] };
  }
  return plan;
}

/** The answered block for the chosen platform, as a plain record. */
export function platformBlockOf(answers: Answers, platform: Platform): Record<string, unknown> {
  const block = (answers as Record<string, unknown>)[platform];
  return block && typeof block === 'object' ? { ...(block as Record<string, unknown>) } : {};
}

/** "4.18" stays; a YAML number 4.18 becomes "4.18"; absent means the newest release the tool knows. */
export function normaliseVersion(version: string | number | undefined): string {
  if (version === undefined) return NEWEST_KNOWN_VERSION;
  return typeof version === 'number' ? String(version) : version.trim();
}

/**
 * Leaves the text as written when it is not a CIDR (the check step reports it), otherwise keeps it: host bits are
 * reported rather than silently cleared, because the installer rejects them (validateNetworking (installconfig.go)) and the user's
 * intent is unclear. IPv6 spellings are compressed so comparisons and output are stable.
 */
function normaliseCidrText(text: string): string {
  const parsed = parseCidr(text);
  if (!parsed || parsed.family === 'ipv4') return text;
  return `${parsed.address.toString()}/${parsed.prefix}`;
}
