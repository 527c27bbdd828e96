import { describe, expect, it } from 'vitest';
import { CREDENTIAL_FILES } from '../install-config/factory.js';
import { itemOf, onpremPlan, renderOnprem, textOf } from './onprem-plans.js';

const redfishHosts = (scheme: string) =>
  onpremPlan('baremetal', 'IPI').hosts.map((h, i) => ({
    ...h,
    bmc: {
      address: `${scheme}://10.1.0.${10 + i}/redfish/v1/Systems/1`,
      credentialsFile: CREDENTIAL_FILES.bmc,
    },
  }));

describe('bare-metal IPI: the provisioning network follows the BMC drivers', () => {
  it.each([
    [
      'every BMC on Redfish virtual media, nothing about a provisioning network',
      'redfish-virtualmedia',
      {},
      'Disabled',
    ],
    ['every BMC on iDRAC virtual media', 'idrac-virtualmedia', {}, 'Disabled'],
    [
      'virtual media, but a provisioning NIC is named',
      'redfish-virtualmedia',
      { provisioningNetworkInterface: 'eno1' },
      'Managed',
    ],
    ['PXE-booting Redfish driver', 'redfish', {}, 'Managed'],
    ['answered Unmanaged wins', 'redfish-virtualmedia', { provisioningNetwork: 'Unmanaged' }, 'Unmanaged'],
  ] as const)('%s ⇒ provisioningNetwork %s', (_case, scheme, platformConfig, expected) => {
    const plan = onpremPlan('baremetal', 'IPI', 'ha', { hosts: redfishHosts(scheme), platformConfig });
    const out = renderOnprem(plan);
    expect(out.installConfig.platform.baremetal.provisioningNetwork).toBe(expected);
    expect(out.valid).toBe(true);
  });

  it('a mix of virtual-media and IPMI BMCs keeps the Managed default (IPMI needs PXE)', () => {
    const out = renderOnprem(onpremPlan('baremetal', 'IPI'));
    expect(out.installConfig.platform.baremetal.provisioningNetwork).toBe('Managed');
  });
});

describe('bare-metal IPI: the DHCP file gives the bootstrap VM an address', () => {
  const dhcpOf = (out: ReturnType<typeof renderOnprem>) =>
    Object.entries(out.infra).find(([p]) => p.startsWith('infra/dhcp/'))?.[1] ?? '';

  it('without bootstrapExternalStaticIP a dynamic pool outside the nodes and VIPs is served', () => {
    const out = renderOnprem(
      onpremPlan('baremetal', 'IPI', 'ha', { hosts: redfishHosts('redfish-virtualmedia') }),
    );
    expect(dhcpOf(out)).toMatch(/^dhcp-range=10\.0\.255\.250,10\.0\.255\.254,255\.255\.0\.0,12h$/m);
  });

  it('with bootstrapExternalStaticIP the file serves reservations only', () => {
    const plan = onpremPlan('baremetal', 'IPI', 'ha', {
      hosts: redfishHosts('redfish-virtualmedia'),
      platformConfig: { bootstrapExternalStaticIP: '10.0.0.9', bootstrapExternalStaticGateway: '10.0.0.1' },
    });
    const conf = dhcpOf(renderOnprem(plan));
    expect(conf).toMatch(/^dhcp-range=10\.0\.0\.0,static,255\.255\.0\.0$/m);
    expect(conf).not.toMatch(/,12h$/m);
  });

  it('UPI has no bootstrap VM on a provisioner: reservations only', () => {
    const conf = dhcpOf(renderOnprem(onpremPlan('baremetal', 'UPI')));
    expect(conf).not.toMatch(/,12h$/m);
  });
});

describe('registry storage on bare metal', () => {
  it.each(['IPI', 'UPI'] as const)(
    '%s: RWX file storage or an RWO claim with Recreate and one replica',
    (method) => {
      const text = textOf(itemOf(renderOnprem(onpremPlan('baremetal', method)), 'install.registry-storage'));
      expect(text).toContain('"rolloutStrategy":"Recreate","replicas":1');
      expect(text).toContain('"accessModes":["ReadWriteOnce"]');
      expect(text).toContain('ReadWriteMany');
    },
  );
});

describe('bare-metal IPI: provisioner and BMC ports', () => {
  const rowsOf = (out: ReturnType<typeof renderOnprem>) => itemOf(out, 'fw.ports')?.table?.rows ?? [];
  const ports = (out: ReturnType<typeof renderOnprem>) => rowsOf(out).map((r) => `${r[1]} ${r[2]}`);

  it('virtual media without a provisioning network: 6180/6183, 8080/8083, Ironic, IPA, BMC 443; no DHCP/TFTP', () => {
    const out = renderOnprem(
      onpremPlan('baremetal', 'IPI', 'ha', { hosts: redfishHosts('redfish-virtualmedia') }),
    );
    expect(ports(out)).toEqual(
      expect.arrayContaining([
        'TCP 6180, 6183',
        'TCP 8080, 8083',
        'TCP 6385, 6388',
        'TCP 5050, 5051',
        'TCP 9999',
        'TCP 443',
      ]),
    );
    expect(ports(out)).not.toContain('UDP 69');
  });

  it('a provisioning network adds DHCP and TFTP; IPMI BMCs add UDP 623', () => {
    const out = renderOnprem(onpremPlan('baremetal', 'IPI'));
    expect(ports(out)).toEqual(expect.arrayContaining(['UDP 67, 68', 'UDP 69', 'UDP 623', 'TCP 443']));
  });

  it('an explicit BMC port is the one opened', () => {
    const hosts = redfishHosts('redfish-virtualmedia').map((h) => ({
      ...h,
      bmc: {
        address: 'redfish-virtualmedia://10.1.0.9:8443/redfish/v1/Systems/1',
        credentialsFile: CREDENTIAL_FILES.bmc,
      },
    }));
    const rows = rowsOf(renderOnprem(onpremPlan('baremetal', 'IPI', 'ha', { hosts })));
    expect(rows.filter((r) => r[3]?.includes('BMC management')).map((r) => r[2])).toEqual(['8443']);
  });

  it('UPI has no provisioner: none of the Ironic ports', () => {
    expect(ports(renderOnprem(onpremPlan('baremetal', 'UPI')))).not.toContain('TCP 6385, 6388');
  });
});
