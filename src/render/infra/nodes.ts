import { say } from '../../i18n/text.js';
import { installChoiceOf, isAgentPath } from '../../plan/install-path.js';
import type { Host, Lang, Method, Plan } from '../../types.js';
import { INFRA_TEXT } from './infra-text.js';

/**
 * One machine the infrastructure must know about. A slot exists for every machine the topology implies, even when the
 * answers do not name it, so the files can say "worker 3 of 3 is missing" instead of silently leaving it out.
 */
export interface NodeSlot {
  role: 'bootstrap' | 'control-plane' | 'arbiter' | 'worker';
  /** Host name from the answers; undefined when the answers list fewer hosts than the topology needs. */
  name?: string;
  ip?: string;
  mac?: string;
  /** 1-based position within its role, for messages such as "worker 3 of 3". */
  position: number;
  count: number;
}

/** `<cluster>.<baseDomain>`: every record of the cluster lives under it (installation-dns-user-infra (docs) installation-dns-user-infra). */
export function clusterDomain(plan: Plan): string {
  return `${plan.clusterName}.${plan.baseDomain}`;
}

/** A human label for a slot in `lang`: its host name, or "worker 3 of 3 (not listed in hosts)". */
export function slotLabel(slot: NodeSlot, lang: Lang = 'en'): string {
  return (
    slot.name ??
    say(INFRA_TEXT.slotUnlisted, lang, { role: slot.role, position: slot.position, count: slot.count })
  );
}

/** Placeholder token for a slot's unknown address, e.g. <MASTER_2_IP> or <BOOTSTRAP_IP>. */
export function ipPlaceholder(slot: NodeSlot): string {
  const base = slot.name ?? `${slot.role}-${slot.position}`;
  return `<${base.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_IP>`;
}

function slotsFor(hosts: Host[], role: 'control-plane' | 'arbiter' | 'worker', wanted: number): NodeSlot[] {
  const listed = hosts.filter((host) => host.role === role);
  const count = Math.max(wanted, listed.length);
  return Array.from({ length: count }, (_, index) => {
    const host = listed[index];
    const slot: NodeSlot = { role, position: index + 1, count };
    if (host === undefined) return slot;
    slot.name = host.name;
    if (host.ip !== undefined) slot.ip = host.ip;
    if (host.bootMACAddress !== undefined) slot.mac = host.bootMACAddress;
    return slot;
  });
}

export function controlPlaneSlots(plan: Plan): NodeSlot[] {
  return slotsFor(plan.hosts, 'control-plane', plan.controlPlaneReplicas);
}

/** The arbiter of a two-node cluster: it needs DNS and DHCP like any node, but serves no load-balancer pool. */
export function arbiterSlots(plan: Plan): NodeSlot[] {
  return slotsFor(plan.hosts, 'arbiter', plan.arbiterReplicas);
}

export function workerSlots(plan: Plan): NodeSlot[] {
  return slotsFor(plan.hosts, 'worker', plan.computeReplicas);
}

/**
 * Nodes that run the default IngressController's router pods: compute nodes, or the control plane when there are no
 * workers (compact three-node cluster, single node, the two-node topologies; never the arbiter, which runs no
 * workloads) — installation-load-balancing-user-infra (docs) ingress table.
 */
export function ingressSlots(plan: Plan): NodeSlot[] {
  const workers = workerSlots(plan);
  return workers.length > 0 ? workers : controlPlaneSlots(plan);
}

/**
 * The temporary bootstrap machine, or undefined when there is none: single-node OpenShift bootstraps in place
 * (install-sno-generating-the-install-iso-manually (docs)). The answers have no bootstrap host; bare-metal IPI may pin its address with
 * platform.baremetal.bootstrapExternalStaticIP (ipi-install-node-requirements (docs)).
 */
export function bootstrapSlot(plan: Plan, method: Method): NodeSlot | undefined {
  // The Agent-based installer has no bootstrap machine: its rendezvous host, a control-plane node, bootstraps.
  if (plan.topology === 'sno' || isAgentPath(installChoiceOf(plan))) return undefined;
  const host = plan.hosts.find((h) => h.role === 'bootstrap');
  const slot: NodeSlot = { role: 'bootstrap', name: host?.name ?? 'bootstrap', position: 1, count: 1 };
  const staticIp = plan.platformConfig.bootstrapExternalStaticIP;
  if (method === 'IPI' && typeof staticIp === 'string') slot.ip = staticIp;
  // UPI: the answers may list the bootstrap machine with its address (hosts[].role: bootstrap).
  if (method === 'UPI' && host?.ip) slot.ip = host.ip;
  if (method === 'UPI' && host?.bootMACAddress) slot.mac = host.bootMACAddress;
  return slot;
}
