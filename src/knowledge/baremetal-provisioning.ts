import type { Plan } from '../types.js';

/** The installer's default provisioning network mode: a provisioning NIC on every host and Ironic's DHCP/PXE on it. */
export const DEFAULT_PROVISIONING_NETWORK = 'Managed';

/** Answers that describe a provisioning network: any of them means the hosts have one. */
const PROVISIONING_NETWORK_FIELDS = [
  'provisioningNetworkCIDR',
  'provisioningNetworkInterface',
  'provisioningBridge',
  'provisioningMACAddress',
  'provisioningDHCPRange',
] as const;

/** BMC drivers that boot the host from an ISO over the BMC itself, so no provisioning network is needed. */
export function isVirtualMediaBmc(address: string): boolean {
  const scheme = /^([a-z0-9+-]+):\/\//i.exec(address)?.[1]?.toLowerCase() ?? '';
  return scheme.includes('virtualmedia');
}

/**
 * provisioningNetwork when the answers do not set it. Managed needs a provisioning network; with every BMC on a
 * virtual-media driver and no provisioning network described, the only working value is Disabled (the installer's
 * rule: "no provisioning network ⇒ virtual-media BMC drivers"), otherwise the bootstrap VM has no provisioning
 * bridge and Ironic serves DHCP/PXE on a network that does not exist.
 */
export function provisioningNetworkFor(plan: Plan, answered: unknown): unknown {
  if (answered !== undefined) return answered;
  const described = PROVISIONING_NETWORK_FIELDS.some((f) => plan.platformConfig[f] !== undefined);
  const bmcs = plan.hosts.filter((h) => h.role !== 'bootstrap').map((h) => h.bmc?.address);
  const allVirtualMedia = bmcs.length > 0 && bmcs.every((a) => a !== undefined && isVirtualMediaBmc(a));
  return allVirtualMedia && !described ? 'Disabled' : DEFAULT_PROVISIONING_NETWORK;
}

/** The plan's provisioning network mode, as install-config.yaml will carry it. */
export function planProvisioningNetwork(plan: Plan): string {
  const mode = provisioningNetworkFor(plan, plan.platformConfig.provisioningNetwork);
  return typeof mode === 'string' ? mode : DEFAULT_PROVISIONING_NETWORK;
}

/** Ports a BMC listens on, by driver: Redfish and vendor virtual media speak HTTPS, IPMI is UDP 623. */
export function bmcPortOf(address: string): { protocol: string; port: string } {
  const match = /^([a-z0-9+-]+):\/\/(?:\[[^\]]+\]|[^/:]+)(?::(\d+))?/i.exec(address);
  const scheme = match?.[1]?.toLowerCase() ?? '';
  const explicit = match?.[2];
  if (scheme.startsWith('ipmi')) return { protocol: 'UDP', port: explicit ?? '623' };
  if (explicit) return { protocol: 'TCP', port: explicit };
  return { protocol: 'TCP', port: scheme.endsWith('+http') ? '80' : '443' };
}
