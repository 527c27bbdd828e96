import type { MessageKey } from '../catalog.js';

export interface PortRule {
  direction: 'dir.all' | 'dir.to-cp' | 'dir.cp' | 'dir.vrrp';
  protocol: string;
  ports: string;
  purpose: MessageKey;
  source: string;
}

const NEWEST = 'docs §3.4 Port matrix (installation-network-user-infra, newest text)';

/**
 * Flows between cluster machines (docs §3.4, the newest column: OVN-Kubernetes only, so the openshift-sdn rows
 * VXLAN 4789 and TCP 10256 are left out — OpenShiftSDN cannot be installed from 4.15, docs §2.2).
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

/** keepalived between the nodes that hold the VIPs (docs §3.4: vSphere IPI adds VRRP; the same on-prem VIP design). */
export const VRRP_RULE: PortRule = {
  direction: 'dir.vrrp',
  protocol: 'VRRP (IP 112)',
  ports: '—',
  purpose: 'port.vrrp',
  source: 'docs §3.4 (installation-vsphere-installer-network-requirements)',
};
