import { describe, expect, it } from 'vitest';
import type { Plan, Platform, Topology } from '../../src/types.js';
import { itemOf, onpremPlan, renderOnprem, textOf } from './onprem-plans.js';

/**
 * For each platform, statements its plans must make and statements they must not make, by item. A fact is a
 * substring of the item's text (title, details, commands, table); `absent` means the item must not exist.
 */
interface Fact {
  item: string;
  says?: readonly string[];
  never?: readonly string[];
  absent?: true;
}

interface Case {
  name: string;
  plan: () => Plan;
  facts: readonly Fact[];
  /** Never anywhere in the checklist. */
  nowhere?: readonly string[];
}

const upi = (platform: Platform, topology: Topology = 'ha', overrides: Partial<Plan> = {}) =>
  onpremPlan(platform, 'UPI', topology, overrides);
const ipi = (platform: Platform, topology: Topology = 'ha', overrides: Partial<Plan> = {}) =>
  onpremPlan(platform, 'IPI', topology, overrides);

const CASES: readonly Case[] = [
  {
    name: 'vSphere UPI 4.18',
    plan: () => upi('vsphere', 'ha', { ocpVersion: '4.18' }),
    facts: [
      { item: 'upi.vsphere.versions', says: ['vSphere 7.0 Update 2 or later or 8.0 Update 1 or later'] },
      { item: 'upi.vsphere.account', says: ['storage driver and the cloud provider', 'update-ca-trust'] },
      {
        item: 'machines.vsphere-settings',
        says: [
          'guestinfo.ignition.config.data.encoding=base64',
          'stealclock.enable=TRUE',
          'merge-bootstrap.ign',
        ],
      },
      {
        item: 'install.boot',
        says: ['govc vm.power -on'],
        never: ['coreos-installer', 'installs RHCOS to disk'],
      },
    ],
  },
  {
    name: 'vSphere IPI 4.19',
    plan: () => ipi('vsphere', 'ha', { ocpVersion: '4.19' }),
    facts: [
      { item: 'ipi.vsphere.versions', says: ['vSphere 8.0 Update 1 or later'], never: ['7.0'] },
      {
        item: 'network.addresses',
        says: ['DHCP scope with persistent leases'],
        never: ['kernel command line'],
      },
      { item: 'dns.nodes', absent: true },
      { item: 'verify.dns', says: ['DNS answers for api and *.apps'] },
      { item: 'ipi.rhcos-image', absent: true },
    ],
  },
  {
    name: 'vSphere IPI disconnected',
    plan: () =>
      ipi('vsphere', 'ha', {
        connectivity: 'disconnected',
        mirror: { registry: 'mirror.example.com:8443' },
      }),
    facts: [
      {
        item: 'ipi.rhcos-image',
        says: ['artifacts.vmware.formats.ova.disk', 'vsphere.clusterOSImage'],
      },
      { item: 'mirror.cluster-resources', says: ['disableAllDefaultSources', 'cluster-resources'] },
      { item: 'mirror.release', says: ['oc adm release extract --command=openshift-install'] },
    ],
  },
  {
    name: 'Nutanix IPI',
    plan: () => ipi('nutanix'),
    facts: [
      { item: 'ipi.nutanix.account', says: ['Nutanix root CA certificates', 'update-ca-trust extract'] },
      { item: 'network.addresses', says: ['IP address management (IPAM)'] },
    ],
  },
  {
    name: 'OpenStack IPI on its own network',
    plan: () => ipi('openstack'),
    facts: [
      {
        item: 'network.vips',
        says: ['nothing to reserve or open by hand'],
        never: ['outside every DHCP range'],
      },
      { item: 'ipi.openstack.quotas', says: ['3 floating IPs', 'clouds.yaml', 'swiftoperator'] },
    ],
  },
  {
    name: 'bare-metal IPI 4.20',
    plan: () => ipi('baremetal', 'ha', { ocpVersion: '4.20' }),
    facts: [
      {
        item: 'ipi.baremetal.bmc',
        says: ['disableCertificateVerification', 'rootDeviceHints'],
        never: ['bmcVerifyCA'],
      },
      { item: 'network.addresses', says: ['networkConfig (NMState)'] },
      { item: 'dns.ptr', says: ['PTR records for every node'], never: ['api-int.'] },
    ],
  },
  {
    name: 'bare-metal IPI 4.21',
    plan: () => ipi('baremetal', 'ha', { ocpVersion: '4.21' }),
    facts: [{ item: 'ipi.baremetal.bmc', says: ['platform.baremetal.bmcVerifyCA'] }],
  },
  {
    name: 'bare-metal UPI single node',
    plan: () => upi('baremetal', 'sno'),
    facts: [
      { item: 'dns.nodes', says: ['A record for the node'], never: ['bootstrap'] },
      { item: 'dns.ptr', says: ['PTR record for the node'] },
      { item: 'lb.mcs', says: ['a single node installed in place fetches none'], never: ['joining nodes'] },
      { item: 'machines.sizing', never: ['Spread the control plane'] },
    ],
  },
  {
    name: 'IBM Z UPI',
    plan: () => upi('ibmz'),
    facts: [
      { item: 'upi.ibmz.platform', says: ['z/VM, RHEL KVM or LPAR', 'DASD or FCP', 'HiperSockets'] },
      { item: 'install.boot', says: ['vmur pun', 'rd.znet'], never: ['coreos-installer install'] },
      { item: 'network.addresses', says: ['no DHCP server is needed'], never: ['DHCP reservation'] },
      { item: 'network.ntp', never: ['DHCP-provided'] },
      { item: 'machines.sizing', says: ['IFL', 'N/A'], never: ['without SMT'] },
    ],
  },
  {
    name: 'platform none UPI through a proxy',
    plan: () =>
      upi('none', 'compact', {
        connectivity: 'proxy',
        proxy: { httpsProxy: 'http://proxy.example.com:3128', noProxy: '.demo.example.com' },
      }),
    facts: [
      { item: 'proxy.no-proxy', says: ['installation host needs the proxy too'], never: ['10.0.0.0/16'] },
    ],
  },
];

describe('platform facts a plan must state, and must not', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      const rendered = renderOnprem(c.plan());
      for (const fact of c.facts) {
        it(`${fact.item}`, () => {
          const found = itemOf(rendered, fact.item);
          if (fact.absent) {
            expect(found).toBeUndefined();
            return;
          }
          expect(found, `${fact.item} is missing`).toBeDefined();
          const text = textOf(found);
          for (const s of fact.says ?? []) expect(text).toContain(s);
          for (const s of fact.never ?? []) expect(text).not.toContain(s);
        });
      }
      it('renders a valid install-config', () => {
        expect(rendered.valid).toBe(true);
      });
    });
  }
});

describe('zone files hold what the checklist asks for', () => {
  it('vSphere IPI: api and *.apps only, no per-node placeholders', () => {
    const zone =
      Object.entries(renderOnprem(ipi('vsphere')).infra).find(([p]) => p.endsWith('.zone'))?.[1] ?? '';
    expect(zone).toContain('api ');
    expect(zone).not.toContain('not listed in hosts');
    expect(zone).not.toContain('; Machines:');
  });

  it('OpenStack IPI with an external network: floating-IP placeholders for api and *.apps, the VIP for api-int', () => {
    const plan = ipi('openstack', 'ha', {
      platformConfig: { cloud: 'openstack', externalNetwork: 'external' },
      vips: { api: ['10.0.0.5'], ingress: ['10.0.0.7'] },
    });
    const zone = Object.entries(renderOnprem(plan).infra).find(([p]) => p.endsWith('.zone'))?.[1] ?? '';
    expect(zone).toContain('<API_FLOATING_IP>');
    expect(zone).toContain('<INGRESS_FLOATING_IP>');
    expect(zone).toMatch(/^api-int\s+IN A\s+10\.0\.0\.5$/m);
    expect(zone).not.toContain('<API_VIP>');
  });
});
