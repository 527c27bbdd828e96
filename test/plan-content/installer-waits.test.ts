import { describe, expect, it } from 'vitest';
import { itemOf, onpremPlan, renderOnprem } from './onprem-plans.js';

describe('wait-for times follow the installer for the platform', () => {
  it.each([
    { platform: 'baremetal', bootstrap: 60, complete: 60 },
    { platform: 'vsphere', bootstrap: 60, complete: 40 },
    { platform: 'none', bootstrap: 45, complete: 40 },
  ] as const)('$platform UPI: bootstrap $bootstrap min, install-complete $complete min', (c) => {
    const r = renderOnprem(onpremPlan(c.platform, 'UPI'));
    expect(itemOf(r, 'install.bootstrap-complete')?.details).toContain(
      `Waits up to 20 minutes for the API and up to ${c.bootstrap} more for bootstrapping`,
    );
    expect(itemOf(r, 'install.complete')?.details).toContain(`Waits up to ${c.complete} minutes`);
    expect(itemOf(r, 'install.complete')?.details).toContain('up to 30 more for the cluster operators');
  });

  it('the on-prem VIP check never claims the ingress VIP is load-balanced', () => {
    const r = renderOnprem(onpremPlan('vsphere', 'IPI'));
    const details = r.items.map((i) => i.details).join('\n');
    expect(details).not.toContain('HAProxy spreads the traffic');
    expect(details).toContain('not load-balanced across the router replicas');
  });
});
