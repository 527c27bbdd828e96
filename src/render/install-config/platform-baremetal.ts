import type { Host, Plan } from '../../types.js';
import { commentText } from './comments.js';
import { credentialsFor } from './credentials.js';
import { passthroughOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';
import { vipFields } from './vips.js';

/** The installer's host role names (docs §7.6: `master` / `worker`). */
const INSTALLER_ROLE: Record<Exclude<Host['role'], 'bootstrap'>, string> = {
  'control-plane': 'master',
  worker: 'worker',
  arbiter: 'arbiter',
};

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

/**
 * Root device hints for a host's installation disk (docs §7.6). A `/dev/disk/by-id/wwn-0x…` link becomes a WWN hint,
 * which Ironic matches reliably (16 hex digits: `wwn`, longer with the vendor extension: `wwnWithExtension`, quoted
 * as in the docs); any other path is a `deviceName` hint.
 */
export function rootDeviceHints(disk: string): Record<string, string> {
  const wwn = /^\/dev\/disk\/by-id\/wwn-(0x[0-9a-f]+)$/i.exec(disk)?.[1];
  if (wwn) return wwn.length <= 18 ? { wwn } : { wwnWithExtension: wwn };
  return { deviceName: disk };
}

/**
 * `platform.baremetal` for IPI: VIPs, the provisioning network mode, the answers' own bare-metal fields, and one
 * host per machine with its BMC (credentials from the host's credentials file), boot MAC and root disk.
 */
export function baremetalStanza({ plan, inputs, notes, values }: StanzaContext): Record<string, unknown> {
  const { provisioningNetwork, ...rest } = passthroughOf(plan);
  const stanza: Record<string, unknown> = { ...vipFields(plan, notes, values) };
  notes.add(['provisioningNetwork'], commentText('baremetalProvisioning'));
  stanza.provisioningNetwork = provisioningNetworkFor(plan, provisioningNetwork);
  Object.assign(stanza, rest);
  notes.add(['hosts'], commentText('baremetalHosts'));
  // Bare-metal IPI runs the bootstrap as a VM on the provisioning host: only cluster machines are listed.
  const machines = plan.hosts.filter(
    (host): host is Host & { role: keyof typeof INSTALLER_ROLE } => host.role !== 'bootstrap',
  );
  stanza.hosts = machines.map((host) => {
    const entry: Record<string, unknown> = { name: host.name, role: INSTALLER_ROLE[host.role] };
    if (host.bmc) {
      const { username, password } = credentialsFor(inputs, host.bmc.credentialsFile);
      entry.bmc = {
        address: host.bmc.address,
        username,
        password,
        ...(host.bmc.disableCertificateVerification !== undefined
          ? { disableCertificateVerification: host.bmc.disableCertificateVerification }
          : {}),
      };
    }
    if (host.bootMACAddress) entry.bootMACAddress = host.bootMACAddress;
    if (host.installationDisk) entry.rootDeviceHints = rootDeviceHints(host.installationDisk);
    return entry;
  });
  return stanza;
}
