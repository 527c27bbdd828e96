import type { MessageKey } from '../catalog.js';

export interface PortRule {
  direction:
    | 'dir.all'
    | 'dir.to-cp'
    | 'dir.cp'
    | 'dir.vrrp'
    | 'dir.to-vsphere'
    | 'dir.bmc-to-provisioner'
    | 'dir.to-provisioner'
    | 'dir.to-agent'
    | 'dir.provisioning'
    | 'dir.to-bmc';
  protocol: string;
  ports: string;
  purpose: MessageKey;
  source: string;
}

const NEWEST =
  'the port tables of installation-network-user-infra (docs) Port matrix (installation-network-user-infra, newest text)';

/**
 * Flows between cluster machines (the port tables of installation-network-user-infra (docs), the newest column: OVN-Kubernetes only, so the openshift-sdn rows
 * VXLAN 4789 and TCP 10256 are left out — OpenShiftSDN cannot be installed from 4.15, the release notes).
 */
export const PORT_MATRIX: readonly PortRule[] = [
  { direction: 'dir.all', protocol: 'ICMP', ports: '—', purpose: 'port.icmp', source: NEWEST },
  { direction: 'dir.all', protocol: 'TCP', ports: '1936', purpose: 'port.metrics', source: NEWEST },
  {
    direction: 'dir.all',
    protocol: 'TCP',
    ports: '9000-9999',
    purpose: 'port.host-services',
    source: NEWEST,
  },
  { direction: 'dir.all', protocol: 'TCP', ports: '10250-10259', purpose: 'port.kubelet', source: NEWEST },
  { direction: 'dir.all', protocol: 'TCP', ports: '22623', purpose: 'port.mcs', source: NEWEST },
  { direction: 'dir.all', protocol: 'UDP', ports: '6081', purpose: 'port.geneve', source: NEWEST },
  {
    direction: 'dir.all',
    protocol: 'UDP',
    ports: '9000-9999',
    purpose: 'port.host-services',
    source: NEWEST,
  },
  { direction: 'dir.all', protocol: 'UDP', ports: '500', purpose: 'port.ike', source: NEWEST },
  { direction: 'dir.all', protocol: 'UDP', ports: '4500', purpose: 'port.nat-t', source: NEWEST },
  { direction: 'dir.all', protocol: 'UDP', ports: '123', purpose: 'port.ntp', source: NEWEST },
  {
    direction: 'dir.all',
    protocol: 'TCP/UDP',
    ports: '30000-32767',
    purpose: 'port.nodeport',
    source: NEWEST,
  },
  { direction: 'dir.all', protocol: 'ESP', ports: '—', purpose: 'port.esp', source: NEWEST },
  { direction: 'dir.to-cp', protocol: 'TCP', ports: '6443', purpose: 'port.api', source: NEWEST },
  { direction: 'dir.cp', protocol: 'TCP', ports: '2379-2380', purpose: 'port.etcd', source: NEWEST },
];

/** keepalived between the nodes that hold the VIPs (the port tables of installation-network-user-infra (docs): vSphere IPI adds VRRP; the same on-prem VIP design). */
export const VRRP_RULE: PortRule = {
  direction: 'dir.vrrp',
  protocol: 'VRRP (IP 112)',
  ports: '—',
  purpose: 'port.vrrp',
  source:
    'the port tables of installation-network-user-infra (docs) (installation-vsphere-installer-network-requirements)',
};

const VSPHERE_PREREQS =
  'Installing on vSphere: requirements (access to port 443 on the vCenter and ESXi hosts)';

/**
 * vSphere, IPI and UPI: "The OpenShift Container Platform installer requires access to port 443 on the vCenter and
 * ESXi hosts… Control plane nodes must be able to reach vCenter and ESXi hosts on port 443"; with UPI the machine
 * that uploads the OVA needs the same access.
 */
export const VSPHERE_RULES: readonly PortRule[] = [
  {
    direction: 'dir.to-vsphere',
    protocol: 'TCP',
    ports: '443',
    purpose: 'port.vsphere-api',
    source: VSPHERE_PREREQS,
  },
];

const METAL_PORTS = 'Deploying installer-provisioned clusters on bare metal: network port requirements';

/**
 * Bare-metal IPI between the provisioner (bootstrap VM), the control plane, the hosts being provisioned and their
 * BMCs: the virtual-media and image-cache ports must be reachable from the out-of-band network, Ironic's API and
 * inspector from the hosts, and the Ironic Python Agent on each host from Ironic.
 */
export const BAREMETAL_IPI_RULES: readonly PortRule[] = [
  {
    direction: 'dir.bmc-to-provisioner',
    protocol: 'TCP',
    ports: '6180, 6183',
    purpose: 'port.virtual-media',
    source: METAL_PORTS,
  },
  {
    direction: 'dir.bmc-to-provisioner',
    protocol: 'TCP',
    ports: '8080, 8083',
    purpose: 'port.image-cache',
    source: METAL_PORTS,
  },
  {
    direction: 'dir.to-provisioner',
    protocol: 'TCP',
    ports: '6385, 6388',
    purpose: 'port.ironic-api',
    source: METAL_PORTS,
  },
  {
    direction: 'dir.to-provisioner',
    protocol: 'TCP',
    ports: '5050, 5051',
    purpose: 'port.ironic-inspector',
    source: METAL_PORTS,
  },
  {
    direction: 'dir.to-agent',
    protocol: 'TCP',
    ports: '9999',
    purpose: 'port.ironic-agent',
    source: METAL_PORTS,
  },
];

/** Only when a provisioning network exists (Managed or Unmanaged): DHCP and TFTP for PXE on that network. */
export const PROVISIONING_NETWORK_RULES: readonly PortRule[] = [
  {
    direction: 'dir.provisioning',
    protocol: 'UDP',
    ports: '67, 68',
    purpose: 'port.dhcp',
    source: METAL_PORTS,
  },
  { direction: 'dir.provisioning', protocol: 'UDP', ports: '69', purpose: 'port.tftp', source: METAL_PORTS },
];

/** The provisioner and control plane reach every BMC on the port of its driver. */
export function bmcRule(protocol: string, ports: string): PortRule {
  return { direction: 'dir.to-bmc', protocol, ports, purpose: 'port.bmc', source: METAL_PORTS };
}
