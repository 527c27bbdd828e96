import { describe, expect, it } from 'vitest';
import { itemOf, onpremPlan, renderOnprem } from './onprem-plans.js';

const vips = { api: ['10.0.0.5'], ingress: ['10.0.0.7'] };

function openstack(platformConfig: Record<string, unknown>) {
  return onpremPlan('openstack', 'IPI', 'ha', {
    vips,
    platformConfig: { cloud: 'openstack', computeFlavor: 'm1.xlarge', ...platformConfig },
  });
}

describe('OpenStack IPI: public records and floating IPs', () => {
  it('answered floating IPs reach install-config and the api / *.apps records', () => {
    const r = renderOnprem(
      openstack({
        externalNetwork: 'external',
        apiFloatingIP: '203.0.113.10',
        ingressFloatingIP: '203.0.113.11',
      }),
    );
    expect(r.installConfig.platform.openstack.apiFloatingIP).toBe('203.0.113.10');
    expect(r.installConfig.platform.openstack.ingressFloatingIP).toBe('203.0.113.11');
    expect(itemOf(r, 'dns.api')?.title).toContain('203.0.113.10');
    expect(itemOf(r, 'dns.apps')?.title).toContain('203.0.113.11');
    expect(r.valid).toBe(true);
  });

  it('with an external network but no floating IPs yet, no public record points at a private VIP', () => {
    const r = renderOnprem(openstack({ externalNetwork: 'external' }));
    for (const id of ['dns.api', 'dns.apps']) {
      const title = itemOf(r, id)?.title ?? '';
      expect(title).toContain('floating IP');
      expect(title).not.toMatch(/10\.0\.0\.[57]/);
    }
  });

  it('without an external network the records point at the VIPs', () => {
    const r = renderOnprem(openstack({}));
    expect(itemOf(r, 'dns.api')?.title).toContain('10.0.0.5');
    expect(itemOf(r, 'dns.apps')?.title).toContain('10.0.0.7');
  });
});
