import { releaseFieldsFor } from './release-fields.js';
import { atLeast } from './releases.js';
import { docsPage } from './topologies.js';

/**
 * How a two-node cluster with fencing reaches the BMCs of its two control-plane hosts. Pacemaker fences through
 * Redfish only: the installer refuses any `controlPlane.fencing.credentials[].address` without "redfish" in it
 * ("fencing only supports redfish-compatible BMC addresses, IPMI is not supported", openshift/installer
 * pkg/types/validation/installconfig.go), and the cluster-etcd-operator reads the address as `redfish+https://host[:port]/path`
 * or `https://host[:port]/path` (pkg/tnf/pkg/pcs/fencing.go: the `redfish+` prefix is stripped, the rest must be an
 * http(s) URL whose path is the Redfish system, e.g. /redfish/v1/Systems/1).
 */

/**
 * BMC address schemes of `hosts[].bmc.address` (the bare-metal operator's notation, "BMC addressing" in the bare-metal
 * IPI docs) that speak Redfish, and the scheme the fencing credential then uses. `+http`/`+https` suffixes carry over.
 */
export const REDFISH_BMC_SCHEMES: Readonly<Record<string, 'https' | 'http'>> = {
  redfish: 'https',
  'redfish+https': 'https',
  'redfish+http': 'http',
  'redfish-virtualmedia': 'https',
  'redfish-virtualmedia+https': 'https',
  'redfish-virtualmedia+http': 'http',
  'redfish-uefihttp': 'https',
  'redfish-uefihttp+https': 'https',
  'redfish-uefihttp+http': 'http',
  'idrac-virtualmedia': 'https',
  'idrac-virtualmedia+https': 'https',
  'idrac-virtualmedia+http': 'http',
  https: 'https',
  http: 'http',
};

/** BMC schemes that are not Redfish: the installer accepts them for bare-metal IPI, Pacemaker cannot fence with them. */
export const NON_REDFISH_BMC_SCHEMES = [
  'ipmi',
  'idrac',
  'ilo4',
  'ilo5',
  'ilo5-virtualmedia',
  'irmc',
] as const;

export const FENCING_SOURCE = `${docsPage('4.22', 'installing_a_two_node_openshift_cluster', 'Installing a two-node OpenShift cluster: Sample install-config.yaml for a two-node installer-provisioned infrastructure cluster with fencing')}; openshift/installer pkg/types/validation/installconfig.go (fencing credentials), https://github.com/openshift/installer/blob/master/pkg/types/validation/installconfig.go`;

export type RedfishAddress =
  | { ok: true; address: string }
  | { ok: false; reason: 'not-redfish' | 'no-system-path' | 'not-a-url'; scheme?: string };

/**
 * The fencing credential's address for a host's BMC address: `redfish+https://host[:port]/redfish/v1/Systems/…` for
 * the bare-metal operator's Redfish schemes, the address itself when it is already an http(s) or redfish+http(s) URL.
 */
export function fencingAddress(bmcAddress: string): RedfishAddress {
  const match = /^([a-z0-9+.-]+):\/\/([^/?#\s]+)(\/[^\s]*)?$/i.exec(bmcAddress.trim());
  if (!match) return { ok: false, reason: 'not-a-url' };
  const scheme = (match[1] ?? '').toLowerCase();
  const authority = match[2] ?? '';
  const path = match[3] ?? '';
  const transport = REDFISH_BMC_SCHEMES[scheme];
  if (transport === undefined) return { ok: false, reason: 'not-redfish', scheme };
  // fence_redfish needs the Redfish system resource; the bare-metal operator would discover it, Pacemaker does not.
  if (path === '' || path === '/') return { ok: false, reason: 'no-system-path', scheme };
  const address = `redfish+${transport}://${authority}${path}`;
  // A plain https:// address keeps its form when it already names Redfish, as in the docs’ samples.
  if ((scheme === 'https' || scheme === 'http') && path.toLowerCase().includes('redfish'))
    return { ok: true, address: bmcAddress.trim() };
  return { ok: true, address };
}

/** `macAddress` identifies a fencing credential's host from 4.22 (openshift/installer PR #10513); hostName before. */
export function fencingTakesMacAddress(version: string): boolean {
  const added = releaseFieldsFor('controlPlane.fencing.credentials[].macAddress')[0]?.added;
  return added !== undefined && atLeast(version, added);
}
