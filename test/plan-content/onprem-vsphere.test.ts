import { describe, expect, it } from 'vitest';
import { itemOf, onpremPlan, renderOnprem, textOf } from './onprem-plans.js';

const CPMS = 'openshift/99_openshift-machine-api_master-control-plane-machine-set.yaml';

describe('vSphere UPI deletes the control-plane machine set manifest from the release that writes it', () => {
  it.each([
    ['4.14', false],
    ['4.15', true],
    ['4.18', true],
    ['4.22', true],
  ] as const)('%s: CPMS removal %s', (ocpVersion, removes) => {
    const commands =
      itemOf(renderOnprem(onpremPlan('vsphere', 'UPI', 'ha', { ocpVersion })), 'install.manifests')
        ?.commands ?? [];
    expect(commands.some((c) => c.startsWith('rm -f') && c.endsWith(CPMS))).toBe(removes);
    expect(commands.some((c) => c.includes('99_openshift-cluster-api_master-machines-*.yaml'))).toBe(true);
  });

  it('OpenStack UPI removes it in every release', () => {
    const commands =
      itemOf(
        renderOnprem(onpremPlan('openstack', 'UPI', 'compact', { ocpVersion: '4.14' })),
        'install.manifests',
      )?.commands ?? [];
    expect(commands.some((c) => c.endsWith(CPMS))).toBe(true);
  });
});

describe('vSphere: TCP 443 to vCenter and ESXi', () => {
  it.each([
    ['IPI', 'connected'],
    ['UPI', 'connected'],
    ['IPI', 'disconnected'],
  ] as const)('%s %s lists it in the port matrix', (method, connectivity) => {
    const plan = onpremPlan('vsphere', method, 'ha', {
      connectivity,
      ...(connectivity === 'disconnected' ? { mirror: { registry: 'mirror.example.com:8443' } } : {}),
    });
    const rows = itemOf(renderOnprem(plan), 'fw.ports')?.table?.rows ?? [];
    expect(rows.some((r) => r[0]?.includes('vCenter and every ESXi host') && r[2] === '443')).toBe(true);
  });

  it('other platforms do not', () => {
    const rows = itemOf(renderOnprem(onpremPlan('nutanix', 'IPI')), 'fw.ports')?.table?.rows ?? [];
    expect(rows.some((r) => r[0]?.includes('ESXi'))).toBe(false);
  });
});

describe('vSphere registry storage', () => {
  it.each(['IPI', 'UPI'] as const)('%s: the registry item exists', (method) => {
    expect(itemOf(renderOnprem(onpremPlan('vsphere', method)), 'install.registry-storage')).toBeDefined();
  });

  it('installer-owned storage (thin-csi): a ReadWriteOnce claim, Recreate, one replica, not the empty RWX claim', () => {
    const text = textOf(itemOf(renderOnprem(onpremPlan('vsphere', 'IPI')), 'install.registry-storage'));
    expect(text).toContain('"rolloutStrategy":"Recreate","replicas":1');
    expect(text).not.toContain('"claim":""');
  });

  it('customer-owned storage offers both file and block storage', () => {
    const plan = onpremPlan('vsphere', 'IPI');
    plan.ownership.storage = 'customer';
    const text = textOf(itemOf(renderOnprem(plan), 'install.registry-storage'));
    expect(text).toContain('"claim":""');
    expect(text).toContain('"rolloutStrategy":"Recreate"');
  });
});
