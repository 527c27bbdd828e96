// VIP_PLATFORMS: the platforms whose API and ingress endpoints are virtual IPs the installer's keepalived/HAProxy serves
// in IPI (installation-dns-user-infra in the docs); only these IPI plans need customer DNS records written by us.
import { VIP_PLATFORMS } from '../../knowledge/platform-defaults.js';
import { isCloudPlatform } from '../../knowledge/platform-matrix.js';
import { USER_MANAGED_LB_PLATFORMS } from '../../knowledge/powervc.js';
import type { Method, Plan } from '../../types.js';

/** Which infrastructure files this plan gets. */
export interface InfraScope {
  loadBalancer: boolean;
  dns: boolean;
  dhcp: boolean;
  /** Parameter files of the cloud's documented templates (AWS CloudFormation, Azure ARM, GCP DM / IM). */
  cloudTemplates: boolean;
}

/** True when the platform block asks for a user-managed load balancer (installer field platform.<p>.loadBalancer.type). */
export function userManagedLoadBalancer(plan: Plan): boolean {
  if (USER_MANAGED_LB_PLATFORMS.includes(plan.platform)) return true;
  const lb = plan.platformConfig.loadBalancer;
  return typeof lb === 'object' && lb !== null && (lb as { type?: unknown }).type === 'UserManaged';
}

/** True when at least one host has both a boot MAC and an IP: enough for one DHCP reservation. */
export function hasReservableHost(plan: Plan): boolean {
  return plan.hosts.some((host) => host.ip !== undefined && host.bootMACAddress !== undefined);
}

/**
 * Files only for the parts the customer owns. UPI: every customer-owned part on a non-cloud platform.
 * IPI: only on the VIP platforms — DNS (records to the VIPs), DHCP (ipi-install-node-requirements (docs) asks for reservations on the baremetal
 * network) and HAProxy only with `loadBalancer.type: UserManaged`, because otherwise the installer's own
 * keepalived/HAProxy serves the VIPs.
 */
export function infraScope(plan: Plan, method: Method): InfraScope {
  const { ownership } = plan;
  // Public clouds: in UPI their load balancers and DNS zones are cloud resources made from the provider's templates
  // (CloudFormation, ARM, Deployment Manager up to 4.21 and Infrastructure Manager from 4.22), so the plan carries
  // those templates' parameter files instead of HAProxy files and BIND zones.
  if (isCloudPlatform(plan.platform)) {
    return { loadBalancer: false, dns: false, dhcp: false, cloudTemplates: method === 'UPI' };
  }
  const onPremIpi = method === 'IPI' && VIP_PLATFORMS.includes(plan.platform);
  if (method === 'IPI' && !onPremIpi)
    return { loadBalancer: false, dns: false, dhcp: false, cloudTemplates: false };
  return {
    cloudTemplates: false,
    loadBalancer:
      ownership.loadBalancer === 'customer' && (method === 'UPI' || userManagedLoadBalancer(plan)),
    dns: ownership.dns === 'customer',
    dhcp: ownership.network === 'customer' && hasReservableHost(plan),
  };
}
