import { provisioningNetworkFor } from '../../knowledge/baremetal-provisioning.js';
import type { Host } from '../../types.js';
import { commentText } from './comments.js';
import { credentialsFor } from './credentials.js';
import { passthroughOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';
import { vipFields } from './vips.js';

/** The installer's host role names (installation-config-parameters (docs): `master` / `worker`). */
const INSTALLER_ROLE: Record<Exclude<Host['role'], 'bootstrap'>, string> = {
  'control-plane': 'master',
  worker: 'worker',
  arbiter: 'arbiter',
};

/**
 * Root device hints for a host's installation disk (installation-config-parameters (docs)). A `/dev/disk/by-id/wwn-0x…` link becomes a WWN hint,
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
  notes.add(['provisioningNetwork'], commentText('baremetalProvisioning', notes.lang));
  stanza.provisioningNetwork = provisioningNetworkFor(plan, provisioningNetwork);
  Object.assign(stanza, rest);
  notes.add(['hosts'], commentText('baremetalHosts', notes.lang));
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
