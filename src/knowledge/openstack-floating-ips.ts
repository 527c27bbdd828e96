import type { Method, Plan } from '../types.js';

/**
 * OpenStack IPI with an external network: clients outside the tenant network reach the API and ingress VIPs through
 * floating IPs (`platform.openstack.apiFloatingIP` / `ingressFloatingIP`, which the installer attaches), so the
 * public api and *.apps records point there, never at the private VIPs; the nodes keep using the VIPs
 * (installation-config-parameters-openstack in the docs, "Installing on OpenStack").
 * Returns undefined where floating IPs do not apply, `{}` while the address is not answered yet, else the address.
 */
export function publicFloatingIp(
  plan: Plan,
  method: Method,
  field: 'apiFloatingIP' | 'ingressFloatingIP',
): { address?: string } | undefined {
  if (plan.platform !== 'openstack' || method !== 'IPI') return undefined;
  const external = plan.platformConfig.externalNetwork;
  const value = plan.platformConfig[field];
  const answered = typeof value === 'string' && value !== '';
  if (!answered && (typeof external !== 'string' || external === '')) return undefined;
  return answered ? { address: value } : {};
}
