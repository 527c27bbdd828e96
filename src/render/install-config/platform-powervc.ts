import { DEFAULT_PLATFORM_ANSWERS } from '../../knowledge/platform-defaults.js';
import { POWERVC } from '../../knowledge/powervc.js';
import { topologyComment } from './comments-topology.js';
import { passthroughOf, stringOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';

/**
 * `platform.powervc` (IPI, 4.21 and newer): a thin layer over the OpenStack stanza (openshift/installer
 * pkg/types/powervc, converted to platform.openstack by pkg/types/conversion/powervc). What the docs’ sample and the
 * installer's PowerVC validation need: the clouds.yaml entry, the user-managed load balancer's addresses as apiVIPs /
 * ingressVIPs with `loadBalancer.type: UserManaged`, the DHCP-served subnet as controlPlanePort (required with
 * powervc), the imported RHCOS image and the flavor. Never externalNetwork: the installer refuses it on PowerVC.
 * Install-config fields given in the answers block pass through and win.
 */
export function powervcStanza({ plan, notes, values }: StanzaContext): Record<string, unknown> {
  const { defaultMachinePlatform, controlPlanePort, loadBalancer, ...rest } = passthroughOf(plan);
  notes.add(['cloud'], topologyComment('powervcCloud', notes.lang));
  const stanza: Record<string, unknown> = {
    cloud: stringOf(plan, 'cloud') ?? DEFAULT_PLATFORM_ANSWERS.powervc?.cloud,
  };
  // The load balancer's front-end addresses, not cluster-held VIPs: they need not lie inside the machine network.
  if (plan.vips?.api.length) {
    notes.add(['apiVIPs'], topologyComment('powervcApiVip', notes.lang, values));
    stanza.apiVIPs = [...plan.vips.api];
  }
  if (plan.vips?.ingress.length) {
    notes.add(['ingressVIPs'], topologyComment('powervcIngressVip', notes.lang, values));
    stanza.ingressVIPs = [...plan.vips.ingress];
  }
  notes.add(['loadBalancer'], topologyComment('powervcLoadBalancer', notes.lang));
  stanza.loadBalancer = loadBalancer ?? { type: POWERVC.loadBalancerType };
  const subnet = stringOf(plan, 'subnetID');
  if (controlPlanePort !== undefined || subnet) {
    notes.add(['controlPlanePort'], topologyComment('powervcControlPlanePort', notes.lang));
    stanza.controlPlanePort = controlPlanePort ?? { fixedIPs: [{ subnet: { id: subnet } }] };
  }
  const flavor = stringOf(plan, 'computeFlavor');
  const pool =
    defaultMachinePlatform && typeof defaultMachinePlatform === 'object'
      ? { ...(defaultMachinePlatform as Record<string, unknown>) }
      : undefined;
  if (flavor && pool?.type === undefined) {
    notes.add(['defaultMachinePlatform', 'type'], topologyComment('powervcFlavor', notes.lang));
    stanza.defaultMachinePlatform = { ...pool, type: flavor };
  } else if (pool) {
    stanza.defaultMachinePlatform = pool;
  }
  if (typeof rest.clusterOSImage === 'string')
    notes.add(['clusterOSImage'], topologyComment('powervcImage', notes.lang));
  return { ...stanza, ...rest };
}
