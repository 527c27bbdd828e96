import { publicFloatingIp } from '../../knowledge/openstack-floating-ips.js';
import type { Method, Plan } from '../../types.js';
import { controlPlaneSlots } from './nodes.js';

/**
 * Where `api`, `api-int` and `*.apps` must point, and why. `addresses` is empty when the plan does not know the
 * target — then the zone file carries the records commented out instead of a made-up address.
 */
export interface Endpoint {
  addresses: string[];
  /**
   * vip: installer-served virtual IP; floating-ip: OpenStack floating IP in front of a VIP; node: the single node
   * itself; load-balancer: the customer's LB; unknown.
   */
  kind: 'vip' | 'floating-ip' | 'node' | 'load-balancer' | 'unknown';
}

export interface Endpoints {
  api: Endpoint;
  /** Same as api except where outside clients use another address than the nodes (OpenStack floating IPs). */
  apiInt: Endpoint;
  ingress: Endpoint;
}

function endpoint(addresses: string[] | undefined, kind: Endpoint['kind']): Endpoint {
  return addresses !== undefined && addresses.length > 0
    ? { addresses, kind }
    : { addresses: [], kind: 'unknown' };
}

/**
 * - IPI on the VIP platforms: the API and Ingress VIPs (installation-dns-user-infra (docs), last line); OpenStack floating IPs when given.
 * - Single node: the node's own address for api, api-int and *.apps (installation-dns-user-infra (docs) "SNO").
 * - UPI with a load balancer: the load balancer's address. The answers have no field for it; when `vips` is answered
 *   in a UPI plan we read it as the address the load balancer listens on, otherwise the target stays unknown.
 */
export function endpoints(plan: Plan, method: Method): Endpoints {
  if (method === 'IPI') {
    // OpenStack with an external network: public records go to the floating IPs (knowledge/openstack-floating-ips.ts).
    const apiVip = endpoint(plan.vips?.api, 'vip');
    const outside = (fip: { address?: string } | undefined, vip: Endpoint): Endpoint =>
      fip === undefined
        ? vip
        : fip.address
          ? endpoint([fip.address], 'floating-ip')
          : endpoint(undefined, 'vip');
    const apiFip = publicFloatingIp(plan, method, 'apiFloatingIP');
    const ingressFip = publicFloatingIp(plan, method, 'ingressFloatingIP');
    return {
      api: outside(apiFip, apiVip),
      apiInt: apiVip,
      ingress: outside(ingressFip, endpoint(plan.vips?.ingress, 'vip')),
    };
  }
  if (plan.topology === 'sno') {
    const ip = controlPlaneSlots(plan)[0]?.ip;
    const addresses = ip === undefined ? undefined : [ip];
    const node = endpoint(addresses, 'node');
    return { api: node, apiInt: node, ingress: node };
  }
  const lb = endpoint(plan.vips?.api, 'load-balancer');
  return { api: lb, apiInt: lb, ingress: endpoint(plan.vips?.ingress, 'load-balancer') };
}
