import { describe, expect, it } from 'vitest';
import { missingForMethod } from '../../src/plan/required.js';
import { makePlan } from '../install-config/factory.js';
import { twoNodeHosts, twoNodePlan } from './factory.js';

const keys = (problems: { key: string }[]) => problems.map((p) => p.key);

describe('answers two-node clusters cannot do without', () => {
  it('fencing needs both control-plane hosts, with every method', () => {
    for (const [platform, method] of [
      ['none', 'UPI'],
      ['baremetal', 'UPI'],
      ['baremetal', 'IPI'],
    ] as const) {
      const plan = twoNodePlan('two-node-fencing', '4.22', platform, { hosts: [] });
      const missing = missingForMethod(plan, method);
      expect(keys(missing), `${platform} ${method}`).toContain('hosts');
      const hosts = missing.find((p) => p.key === 'hosts');
      expect(hosts?.message).toMatch(/2 control-plane hosts.*Redfish BMC/);
    }
  });

  it('fencing needs each control-plane host’s BMC, even for UPI where nothing else needs one', () => {
    const hosts = twoNodeHosts('two-node-fencing').map(({ bmc: _bmc, ...host }) => host);
    const missing = missingForMethod(twoNodePlan('two-node-fencing', '4.22', 'none', { hosts }), 'UPI');
    expect(keys(missing)).toEqual(['hosts[0].bmc', 'hosts[1].bmc']);
  });

  it('a complete fencing plan misses nothing', () => {
    expect(missingForMethod(twoNodePlan('two-node-fencing', '4.22', 'none'), 'UPI')).toEqual([]);
    expect(missingForMethod(twoNodePlan('two-node-fencing', '4.21'), 'IPI')).toEqual([]);
  });

  it('bare-metal IPI with an arbiter needs the arbiter host', () => {
    const hosts = twoNodeHosts('two-node-arbiter').filter((h) => h.role !== 'arbiter');
    const missing = missingForMethod(twoNodePlan('two-node-arbiter', '4.20', 'baremetal', { hosts }), 'IPI');
    expect(missing).toEqual([
      {
        key: 'hosts',
        message: 'needs 2 control-plane, 1 arbiter and 0 worker hosts for bare-metal IPI (found 2, 0, 0)',
        ko: '베어메탈 IPI에는 컨트롤 플레인 호스트 2대, arbiter 호스트 1대, 워커 호스트 0대가 필요합니다(현재 2, 0, 0)',
      },
    ]);
    expect(missingForMethod(twoNodePlan('two-node-arbiter', '4.20'), 'IPI')).toEqual([]);
  });

  it('an arbiter cluster with UPI needs no host list', () => {
    expect(missingForMethod(twoNodePlan('two-node-arbiter', '4.22', 'none', { hosts: [] }), 'UPI')).toEqual(
      [],
    );
  });
});

describe('answers PowerVC IPI cannot do without', () => {
  const powervc = (platformConfig: Record<string, unknown>, vips = true) =>
    makePlan('powervc', 'ha', {
      ocpVersion: '4.22',
      architecture: 'ppc64le',
      platformConfig: { cloud: 'powervc', ...platformConfig },
      ...(vips ? { vips: { api: ['10.20.0.5'], ingress: ['10.20.0.6'] } } : {}),
    });

  it('the DHCP-served subnet, the flavor, the imported image and the load balancer addresses', () => {
    expect(keys(missingForMethod(powervc({}, false), 'IPI'))).toEqual([
      'powervc.subnetID',
      'powervc.computeFlavor',
      'powervc.clusterOSImage',
      'vips.api',
      'vips.ingress',
    ]);
  });

  it('takes the install-config fields themselves instead of the answers shortcuts', () => {
    const plan = powervc({
      controlPlanePort: { fixedIPs: [{ subnet: { id: 'subnet-1' } }] },
      defaultMachinePlatform: { type: 'ocp-medium' },
      clusterOSImage: 'rhcos',
    });
    expect(missingForMethod(plan, 'IPI')).toEqual([]);
  });

  it('needs none of them when UPI installs PowerVC machines as platform none', () => {
    expect(missingForMethod(powervc({}, false), 'UPI')).toEqual([]);
  });
});
