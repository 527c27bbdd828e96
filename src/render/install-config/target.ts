import { supportFor } from '../../knowledge/platform-matrix.js';
import { NEWEST_KNOWN_VERSION } from '../../knowledge/releases.js';
import type { Method, Platform, Topology } from '../../types.js';

/** The platform keys an install-config may carry (validatePlatform (installconfig.go)), minus those the planner never writes. */
export type Stanza = Exclude<Platform, 'ibmz'>;

interface StanzaRule {
  ipi: Stanza;
  upi: Stanza;
  source: string;
}

/**
 * Which `platform.<key>` the install-config carries for each answered platform and method. Cloud UPI keeps the
 * cloud stanza (compute replicas 0); bare metal, IBM Z and the agnostic path use `none`; platforms whose only
 * documented method is IPI fall back to `none` when UPI is asked for.
 */
export const STANZAS: Record<Platform, StanzaRule> = {
  aws: { ipi: 'aws', upi: 'aws', source: 'the installer’s platform list (cloud UPI keeps the cloud stanza)' },
  azure: { ipi: 'azure', upi: 'azure', source: 'the installer’s platform list' },
  gcp: { ipi: 'gcp', upi: 'gcp', source: 'the installer’s platform list' },
  vsphere: {
    ipi: 'vsphere',
    upi: 'vsphere',
    source: 'the installer’s platform list; doc-samples/vsphere-upi.yaml',
  },
  openstack: {
    ipi: 'openstack',
    upi: 'openstack',
    source: 'the installer’s platform list and docs/user (openstack/install_upi.md)',
  },
  baremetal: {
    ipi: 'baremetal',
    upi: 'none',
    source: 'the installer’s platform list (metal/install_upi.md: platform none)',
  },
  nutanix: { ipi: 'nutanix', upi: 'none', source: 'the installer’s docs/user (Nutanix: no UPI doc)' },
  ibmcloud: { ipi: 'ibmcloud', upi: 'none', source: 'the installer’s docs/user (IBM Cloud: no UPI doc)' },
  powervs: { ipi: 'powervs', upi: 'none', source: 'the installer’s docs/user (Power VS: no UPI doc)' },
  powervc: { ipi: 'powervc', upi: 'none', source: 'openshift/installer pkg/types/powervc (IPI only)' },
  external: {
    ipi: 'external',
    upi: 'external',
    source:
      'openshift/installer pkg/types/external (platform external: installed with the Agent-based installer)',
  },
  ibmz: {
    ipi: 'none',
    upi: 'none',
    source: 'the installer’s platform list (zvm/install_upi.md: platform none)',
  },
  none: {
    ipi: 'none',
    upi: 'none',
    source: 'the installer’s platform list (none has no automated provisioning)',
  },
};

/**
 * Platforms whose install-config may carry a single control-plane replica: the installer refuses one replica
 * elsewhere ("this install method does not support Single Node installation on platform X", pkg/types/validation/machinepools.go,
 * master.go) — the platforms whose IPI topologies include sno in the support matrix. A single-node plan on any other
 * platform is installed as platform none with bootstrap-in-place.
 */
function acceptsSingleNode(stanza: Stanza): boolean {
  return (
    stanza === 'none' ||
    stanza === 'external' ||
    supportFor(stanza, NEWEST_KNOWN_VERSION).ipiTopologies.includes('sno')
  );
}

export function stanzaFor(platform: Platform, method: Method, topology: Topology = 'ha'): Stanza {
  const rule = STANZAS[platform];
  const stanza = method === 'IPI' ? rule.ipi : rule.upi;
  return topology === 'sno' && !acceptsSingleNode(stanza) ? 'none' : stanza;
}

/** Names the reader knows the platforms by, for comments. */
export const PLATFORM_LABELS: Record<Platform, string> = {
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'Google Cloud',
  vsphere: 'vSphere',
  baremetal: 'bare metal',
  nutanix: 'Nutanix',
  openstack: 'OpenStack',
  ibmcloud: 'IBM Cloud',
  powervs: 'Power VS',
  powervc: 'PowerVC',
  ibmz: 'IBM Z',
  external: 'external',
  none: 'none (platform-agnostic)',
};

/** How the header names the method (notes: Full Stack Automation (IPI); 사용자 지정 인프라 (UPI)). */
export const METHOD_LABELS: Record<Method, string> = {
  IPI: 'installer-provisioned infrastructure (IPI)',
  UPI: 'user-provisioned infrastructure (UPI)',
};
