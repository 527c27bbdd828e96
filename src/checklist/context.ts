import { chooseInstall, infrastructureMethod } from '../plan/install-path.js';
import type {
  ChecklistItem,
  ChecklistOwner,
  ChecklistPhase,
  InstallPath,
  Lang,
  Method,
  OwnershipPart,
  Plan,
  Recommendation,
} from '../types.js';
import { type MessageKey, message } from './catalog.js';
import { installerBuilds } from './data/platforms.js';

export type NodeRole = 'bootstrap' | 'control-plane' | 'arbiter' | 'worker';

/** One machine of this cluster, from plan.hosts when the answers name it, otherwise a conventional name. */
export interface ClusterNode {
  role: NodeRole;
  name: string;
  fqdn: string;
  ip?: string;
  bootMACAddress?: string;
  bmcAddress?: string;
}

export interface ChecklistContext {
  plan: Plan;
  rec: Recommendation;
  lang: Lang;
  /** The IPI/UPI infrastructure model of the path (plan/install-path.ts infrastructureMethod). */
  method: Method;
  /** The path the plan renders: IPI, UPI, or Agent-based (whose infrastructure follows `method`). */
  path: InstallPath;
  opts: { hasPullSecret: boolean };
  /** `<cluster>.<baseDomain>`: every record of installation-dns-user-infra (docs) lives under it. */
  domain: string;
  /** Fresh folder the installer works in (the plan folder stays pristine, pkg/asset/installconfig (the installer consumes install-config.yaml)). */
  installDir: string;
  /** The plan folder by its default name (the command-line contract: `./<clusterName>-plan`). */
  planDir: string;
  bootstrap?: ClusterNode;
  controlPlane: ClusterNode[];
  /** The arbiter node of a two-node cluster with an arbiter; empty otherwise. */
  arbiters: ClusterNode[];
  workers: ClusterNode[];
  t(key: MessageKey, values?: Record<string, string | number>): string;
}

/** The team that acts for each ownership part (the plan-folder format: teams map to the ownership answers). */
export const OWNER_OF: Record<OwnershipPart, ChecklistOwner> = {
  machines: 'machines',
  network: 'network',
  dns: 'dns',
  loadBalancer: 'loadBalancer',
  storage: 'storage',
};

export function createContext(
  plan: Plan,
  rec: Recommendation,
  lang: Lang,
  opts: { hasPullSecret: boolean },
): ChecklistContext {
  const domain = `${plan.clusterName}.${plan.baseDomain}`;
  const nodesOf = (role: Exclude<NodeRole, 'bootstrap'>, count: number, prefix: string): ClusterNode[] => {
    const known = plan.hosts.filter((h) => h.role === role);
    const nodes: ClusterNode[] = known.map((h) => ({
      role,
      name: h.name,
      fqdn: `${h.name}.${domain}`,
      ...(h.ip ? { ip: h.ip } : {}),
      ...(h.bootMACAddress ? { bootMACAddress: h.bootMACAddress } : {}),
      ...(h.bmc ? { bmcAddress: h.bmc.address } : {}),
    }));
    // Fill up to the replica count with conventional names so counts in every table match the topology.
    for (let i = nodes.length; i < count; i++) {
      let name = `${prefix}-${i}`;
      while (nodes.some((n) => n.name === name)) name = `${name}x`;
      nodes.push({ role, name, fqdn: `${name}.${domain}` });
    }
    return nodes;
  };
  const install = chooseInstall(plan, rec.method);
  const method = infrastructureMethod(plan, install);
  return {
    plan,
    rec,
    lang,
    method,
    path: install.method,
    opts,
    domain,
    installDir: `${plan.clusterName}-install`,
    planDir: `${plan.clusterName}-plan`,
    // Single node bootstraps in place (install-sno-generating-the-install-iso-manually (docs)), the Agent-based rendezvous host bootstraps the cluster; every other
    // topology has a temporary bootstrap machine (installation-machine-requirements (docs)).
    ...(plan.topology === 'sno' || install.method === 'Agent-based'
      ? {}
      : { bootstrap: bootstrapNode(plan, domain) }),
    controlPlane: nodesOf('control-plane', plan.controlPlaneReplicas, 'master'),
    arbiters: nodesOf('arbiter', plan.arbiterReplicas, 'arbiter'),
    workers: nodesOf('worker', plan.computeReplicas, 'worker'),
    t: (key, values) => message(lang, key, values),
  };
}

/**
 * Who builds a part: with UPI the customer builds machines, DNS, load balancers and network; with IPI the installer
 * builds what it can on that platform unless the answers keep the part for the customer.
 */
export function customerBuilds(ctx: ChecklistContext, part: OwnershipPart): boolean {
  if (ctx.plan.ownership[part] === 'customer') return true;
  // The Agent-based installer creates no machines: every host is booted from its image by the customer.
  if (ctx.path === 'Agent-based' && part === 'machines') return true;
  if (ctx.method === 'UPI') return part !== 'storage';
  return !installerBuilds(ctx.plan.platform, part);
}

/** task when the customer builds the part, verify when the installer does (the plan-folder format checklist owners). */
export function kindFor(ctx: ChecklistContext, part: OwnershipPart): ChecklistItem['kind'] {
  return customerBuilds(ctx, part) ? 'task' : 'verify';
}

export interface ItemSpec {
  id: string;
  phase: ChecklistPhase;
  owner: ChecklistOwner;
  kind: ChecklistItem['kind'];
  title: string;
  details: string;
  commands?: string[];
  table?: ChecklistItem['table'];
  source: string;
}

/** A checklist item with its optional fields left out when empty (plan.json stays small and stable). */
export function item(spec: ItemSpec): ChecklistItem {
  const out: ChecklistItem = {
    id: spec.id,
    phase: spec.phase,
    owner: spec.owner,
    kind: spec.kind,
    title: spec.title,
    details: spec.details,
    source: spec.source,
  };
  if (spec.commands && spec.commands.length > 0) out.commands = spec.commands;
  if (spec.table && spec.table.rows.length > 0) out.table = spec.table;
  return out;
}

/** `name (ip)` or just the name when the address is not known yet. */
export function nodeLabel(node: ClusterNode): string {
  return node.ip ? `${node.name} (${node.ip})` : node.name;
}

/** Every node that runs after the install, in role order. */
export function clusterNodes(ctx: ChecklistContext): ClusterNode[] {
  return [...ctx.controlPlane, ...ctx.arbiters, ...ctx.workers];
}

/** The catalog key naming a node's role. */
export function roleKey(role: NodeRole): MessageKey {
  return role === 'bootstrap'
    ? 'role.bootstrap'
    : role === 'control-plane'
      ? 'role.control-plane'
      : role === 'arbiter'
        ? 'role.arbiter'
        : 'role.worker';
}

/** The temporary bootstrap machine: the answers' bootstrap host when one is listed, else a conventional name. */
function bootstrapNode(plan: Plan, domain: string): ClusterNode {
  const host = plan.hosts.find((h) => h.role === 'bootstrap');
  const name = host?.name ?? 'bootstrap';
  return {
    role: 'bootstrap',
    name,
    fqdn: `${name}.${domain}`,
    ...(host?.ip ? { ip: host.ip } : {}),
    ...(host?.bootMACAddress ? { bootMACAddress: host.bootMACAddress } : {}),
  };
}
