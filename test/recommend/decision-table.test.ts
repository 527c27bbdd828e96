import { describe, expect, it } from 'vitest';
import { say } from '../../src/i18n/text.js';
import { DECISION_WARNINGS } from '../../src/knowledge/decision-warnings.js';
import { recommend } from '../../src/recommend/recommend.js';
import { textValues } from '../../src/recommend/text-values.js';
import type { Method, Plan, Recommendation } from '../../src/types.js';
import { makePlan, type PlanSpec } from './plan-factory.js';

interface Row {
  name: string;
  spec: PlanSpec;
  method: Method;
  confidence?: Recommendation['confidence'];
  reasons: string[];
  absent?: string[];
  warnings?: string[];
}

const customerExceptMachines = {
  network: 'customer',
  dns: 'customer',
  loadBalancer: 'customer',
  storage: 'customer',
} as const;

/**
 * Expected verdicts, reasoned from the factor weights (IPI: platform 2, no UPI doc 8, machines 4, credentials 1,
 * network/DNS/LB/storage by the installer 1 each, autoscaling 6; UPI: hardened 12, manual scaling 1, cloud network 1,
 * cloud DNS 2, cloud LB 3, on-prem LB 1, cloud storage 1) and the forcing facts of the docs’ supported installation methods per platform and the installer’s platform list.
 * strong = winner at least twice the loser and 4 ahead.
 */
const ROWS: Row[] = [
  // Every platform with its defaults.
  {
    name: 'aws defaults',
    spec: { platform: 'aws' },
    method: 'IPI',
    confidence: 'strong',
    reasons: [
      'platform-supports-ipi',
      'installer-provisions-machines',
      'installer-creates-network',
      'installer-manages-dns-cloud',
      'installer-load-balancers',
      'installer-storage',
      'manual-scaling-acceptable',
    ],
    absent: ['platform-has-no-upi'],
  },
  {
    name: 'azure defaults',
    spec: { platform: 'azure' },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['platform-supports-ipi', 'installer-manages-dns-cloud'],
  },
  {
    name: 'gcp defaults',
    spec: { platform: 'gcp' },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['platform-supports-ipi', 'installer-creates-network'],
  },
  {
    name: 'ibmcloud defaults',
    spec: { platform: 'ibmcloud' },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['platform-has-no-upi', 'platform-supports-ipi'],
  },
  {
    name: 'powervs defaults (ppc64le)',
    spec: { platform: 'powervs' },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['platform-has-no-upi'],
    absent: ['architecture-without-ipi'],
  },
  {
    name: 'vsphere defaults',
    spec: { platform: 'vsphere' },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['installer-provisions-machines', 'installer-storage'],
    absent: ['installer-creates-network', 'installer-manages-dns-cloud'],
    warnings: ['network-by-installer-on-premises', 'dns-by-installer-on-premises'],
  },
  {
    name: 'baremetal defaults',
    spec: { platform: 'baremetal' },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['installer-provisions-machines', 'installer-load-balancers-onprem'],
    absent: ['installer-storage', 'installer-load-balancers'],
  },
  {
    name: 'nutanix defaults',
    spec: { platform: 'nutanix' },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['platform-has-no-upi', 'installer-provisions-machines'],
  },
  {
    name: 'openstack defaults',
    spec: { platform: 'openstack' },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['installer-creates-network', 'installer-storage'],
    warnings: ['dns-by-installer-on-premises'],
  },
  {
    name: 'platform none',
    spec: { platform: 'none' },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['platform-has-no-ipi', 'customer-provisions-machines'],
    absent: ['platform-supports-ipi'],
  },
  {
    name: 'ibmz',
    spec: { platform: 'ibmz' },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['platform-has-no-ipi', 'customer-provisions-machines'],
  },
  {
    name: 'none with installer machines',
    spec: { platform: 'none', ownership: { machines: 'installer' } },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['platform-has-no-ipi'],
    absent: ['customer-provisions-machines', 'installer-provisions-machines'],
    warnings: ['machines-by-installer-without-ipi'],
  },
  {
    name: 'ibmz all installer',
    spec: {
      platform: 'ibmz',
      ownership: {
        machines: 'installer',
        network: 'installer',
        dns: 'installer',
        loadBalancer: 'installer',
        storage: 'installer',
      },
    },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['platform-has-no-ipi'],
    warnings: ['machines-by-installer-without-ipi'],
  },

  // Forced by ownership and credentials.
  {
    name: 'aws customer machines',
    spec: { platform: 'aws', ownership: { machines: 'customer' } },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['customer-provisions-machines'],
    absent: ['installer-provisions-machines'],
  },
  {
    name: 'vsphere customer machines',
    spec: { platform: 'vsphere', ownership: { machines: 'customer' } },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['customer-provisions-machines'],
  },
  {
    name: 'gcp without installer credentials',
    spec: { platform: 'gcp', requirements: { installerCredentials: false } },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['installer-credentials-forbidden'],
    absent: ['installer-credentials-allowed'],
  },
  {
    name: 'baremetal without BMC credentials',
    spec: { platform: 'baremetal', requirements: { installerCredentials: false } },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['installer-credentials-forbidden'],
  },
  {
    name: 'ibmcloud customer machines (no UPI doc)',
    spec: { platform: 'ibmcloud', ownership: { machines: 'customer' } },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['customer-provisions-machines', 'platform-has-no-upi'],
    warnings: ['upi-without-docs'],
  },
  {
    name: 'powervs without credentials (no UPI doc)',
    spec: { platform: 'powervs', requirements: { installerCredentials: false } },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['installer-credentials-forbidden'],
    warnings: ['upi-without-docs'],
  },

  // Single node: IPI only on aws, azure, gcp, ibmcloud, powervs.
  {
    name: 'aws sno',
    spec: { platform: 'aws', topology: 'sno' },
    method: 'IPI',
    reasons: ['sno-ipi-supported'],
    absent: ['sno-needs-bootstrap-in-place'],
  },
  {
    name: 'azure sno',
    spec: { platform: 'azure', topology: 'sno' },
    method: 'IPI',
    reasons: ['sno-ipi-supported'],
  },
  {
    name: 'gcp sno',
    spec: { platform: 'gcp', topology: 'sno' },
    method: 'IPI',
    reasons: ['sno-ipi-supported'],
  },
  {
    name: 'ibmcloud sno',
    spec: { platform: 'ibmcloud', topology: 'sno' },
    method: 'IPI',
    reasons: ['sno-ipi-supported'],
  },
  {
    name: 'powervs sno',
    spec: { platform: 'powervs', topology: 'sno' },
    method: 'IPI',
    reasons: ['sno-ipi-supported'],
  },
  {
    name: 'baremetal sno',
    spec: { platform: 'baremetal', topology: 'sno' },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['sno-needs-bootstrap-in-place'],
    absent: ['sno-ipi-supported'],
  },
  {
    name: 'vsphere sno',
    spec: { platform: 'vsphere', topology: 'sno' },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['sno-needs-bootstrap-in-place'],
  },
  {
    name: 'openstack sno',
    spec: { platform: 'openstack', topology: 'sno' },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['sno-needs-bootstrap-in-place'],
  },
  {
    name: 'nutanix sno (no UPI doc)',
    spec: { platform: 'nutanix', topology: 'sno' },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['sno-needs-bootstrap-in-place'],
    warnings: ['upi-without-docs'],
  },
  {
    name: 'none sno',
    spec: { platform: 'none', topology: 'sno' },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['platform-has-no-ipi'],
    absent: ['sno-needs-bootstrap-in-place'],
  },

  // Architecture.
  {
    name: 'baremetal ppc64le',
    spec: { platform: 'baremetal', architecture: 'ppc64le' },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['architecture-without-ipi'],
  },
  {
    name: 'baremetal arm64',
    spec: { platform: 'baremetal', architecture: 'arm64' },
    method: 'IPI',
    reasons: ['platform-supports-ipi'],
    absent: ['architecture-without-ipi'],
  },
  {
    name: 'aws arm64',
    spec: { platform: 'aws', architecture: 'arm64' },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['platform-supports-ipi'],
  },
  {
    name: 'vsphere s390x',
    spec: { platform: 'vsphere', architecture: 's390x' },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['architecture-without-ipi'],
    warnings: ['architecture-not-on-platform'],
  },

  // Hardened infrastructure and autoscaling: 13 vs 11 on AWS, 13 vs 9 on vSphere; autoscaling brings AWS IPI to 17 vs 12.
  {
    name: 'aws hardened',
    spec: { platform: 'aws', requirements: { hardenedInfrastructure: true } },
    method: 'UPI',
    confidence: 'moderate',
    reasons: ['hardened-infrastructure'],
  },
  {
    name: 'vsphere hardened',
    spec: { platform: 'vsphere', requirements: { hardenedInfrastructure: true } },
    method: 'UPI',
    confidence: 'moderate',
    reasons: ['hardened-infrastructure'],
  },
  {
    name: 'aws hardened with autoscaling',
    spec: { platform: 'aws', requirements: { hardenedInfrastructure: true, autoscaling: true } },
    method: 'IPI',
    confidence: 'moderate',
    reasons: ['autoscaling-needs-machine-api', 'hardened-infrastructure'],
    warnings: ['hardened-infrastructure-with-ipi'],
  },
  {
    name: 'nutanix hardened stays IPI (no UPI doc)',
    spec: { platform: 'nutanix', requirements: { hardenedInfrastructure: true } },
    method: 'IPI',
    confidence: 'moderate',
    reasons: ['platform-has-no-upi', 'hardened-infrastructure'],
    warnings: ['hardened-infrastructure-with-ipi'],
  },
  {
    name: 'vsphere autoscaling',
    spec: { platform: 'vsphere', requirements: { autoscaling: true } },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['autoscaling-needs-machine-api'],
    absent: ['manual-scaling-acceptable'],
  },
  {
    name: 'none autoscaling',
    spec: { platform: 'none', requirements: { autoscaling: true } },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['platform-has-no-ipi', 'autoscaling-needs-machine-api'],
    warnings: ['autoscaling-without-machine-api'],
  },

  // Ownership weights differ between clouds and on-premises.
  {
    // Storage weighs nothing (the storage operator serves both methods): 6 for UPI against 8 for IPI.
    name: 'aws everything but machines by the customer (6 vs 8)',
    spec: { platform: 'aws', ownership: customerExceptMachines },
    method: 'IPI',
    confidence: 'moderate',
    reasons: [
      'customer-load-balancer-cloud',
      'customer-dns-cloud',
      'customer-network-cloud',
      'customer-storage-cloud',
    ],
  },
  {
    name: 'aws everything but machines by the customer, with autoscaling',
    spec: { platform: 'aws', ownership: customerExceptMachines, requirements: { autoscaling: true } },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['autoscaling-needs-machine-api', 'customer-load-balancer-cloud'],
  },
  {
    name: 'aws own load balancers only',
    spec: { platform: 'aws', ownership: { loadBalancer: 'customer' } },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['customer-load-balancer-cloud'],
    absent: ['installer-load-balancers'],
  },
  {
    name: 'aws existing VPC',
    spec: { platform: 'aws', ownership: { network: 'customer' } },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['customer-network-cloud'],
    absent: ['installer-creates-network'],
  },
  {
    name: 'vsphere everything but machines by the customer',
    spec: { platform: 'vsphere', ownership: customerExceptMachines },
    method: 'IPI',
    confidence: 'strong',
    reasons: [
      'customer-dns-onprem',
      'customer-network-onprem',
      'customer-load-balancer-onprem',
      'customer-storage-onprem',
    ],
    absent: ['customer-dns-cloud', 'customer-load-balancer-cloud'],
  },
  {
    name: 'baremetal customer network and DNS',
    spec: { platform: 'baremetal', ownership: { network: 'customer', dns: 'customer' } },
    method: 'IPI',
    confidence: 'strong',
    reasons: ['customer-network-onprem', 'customer-dns-onprem'],
  },
  {
    name: 'openstack customer network (IPI could create it)',
    spec: { platform: 'openstack', ownership: { network: 'customer' } },
    method: 'IPI',
    reasons: ['customer-network-cloud'],
    absent: ['customer-network-onprem'],
  },
  {
    name: 'openstack customer DNS',
    spec: { platform: 'openstack', ownership: { dns: 'customer' } },
    method: 'IPI',
    reasons: ['customer-dns-onprem'],
    absent: ['customer-dns-cloud'],
  },

  // Connectivity, publish, topology, FIPS, version.
  {
    name: 'aws private',
    spec: { platform: 'aws', publish: 'Internal' },
    method: 'IPI',
    reasons: ['private-cluster-ipi'],
  },
  {
    name: 'vsphere publish Internal',
    spec: { platform: 'vsphere', publish: 'Internal' },
    method: 'IPI',
    reasons: ['platform-supports-ipi'],
    absent: ['private-cluster-ipi'],
    warnings: ['publish-internal-unsupported'],
  },
  {
    name: 'aws disconnected',
    spec: { platform: 'aws', connectivity: 'disconnected' },
    method: 'IPI',
    reasons: ['disconnected-ipi-documented'],
  },
  {
    name: 'baremetal disconnected',
    spec: { platform: 'baremetal', connectivity: 'disconnected' },
    method: 'IPI',
    reasons: ['disconnected-ipi-documented'],
  },
  {
    name: 'none disconnected',
    spec: { platform: 'none', connectivity: 'disconnected' },
    method: 'UPI',
    confidence: 'forced',
    reasons: ['platform-has-no-ipi'],
    absent: ['disconnected-ipi-documented'],
  },
  {
    name: 'baremetal compact',
    spec: { platform: 'baremetal', topology: 'compact' },
    method: 'IPI',
    reasons: ['platform-supports-ipi'],
  },
  {
    name: 'ibmcloud compact',
    spec: { platform: 'ibmcloud', topology: 'compact' },
    method: 'IPI',
    reasons: ['platform-has-no-upi'],
    warnings: ['compact-ipi-not-documented'],
  },
  {
    name: 'azure fips',
    spec: { platform: 'azure', fips: true },
    method: 'IPI',
    reasons: ['fips-either-method'],
  },
  {
    name: 'aws arm64 fips',
    spec: { platform: 'aws', architecture: 'arm64', fips: true },
    method: 'IPI',
    reasons: ['platform-supports-ipi'],
    absent: ['fips-either-method'],
    warnings: ['fips-architecture'],
  },
  {
    name: 'aws on an unknown newer release',
    spec: { platform: 'aws', ocpVersion: '4.23' },
    method: 'IPI',
    reasons: ['platform-supports-ipi'],
    warnings: ['version-outside-matrix'],
  },
];

function warningText(id: string, plan: Plan, method: Method): string {
  const warning = DECISION_WARNINGS.find((w) => w.id === id);
  if (!warning) throw new Error(`no warning ${id}`);
  return say(warning.text, 'en', textValues(plan, 'en', method));
}

describe('decision table', () => {
  it('has at least 40 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ROWS)('$name → $method', (row) => {
    const plan = makePlan(row.spec);
    const rec = recommend(plan, 'en');
    expect(rec.method).toBe(row.method);
    if (row.confidence) expect(rec.confidence).toBe(row.confidence);
    const ids = rec.reasons.map((r) => r.id);
    for (const id of row.reasons) expect(ids).toContain(id);
    for (const id of row.absent ?? []) expect(ids).not.toContain(id);
    for (const id of row.warnings ?? []) expect(rec.warnings).toContain(warningText(id, plan, rec.method));
    // forced exactly when a forcing reason is present, and forcing reasons come first.
    const forcing = rec.reasons.filter((r) => r.effect === 'forces');
    expect(rec.confidence === 'forced').toBe(forcing.length > 0);
    expect(rec.reasons.slice(0, forcing.length).every((r) => r.effect === 'forces')).toBe(true);
  });
});
