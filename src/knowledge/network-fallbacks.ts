/**
 * The pod and service ranges the wizard suggests, in order, when the installer's default (10.128.0.0/14 pods,
 * 172.30.0.0/16 services) collides with the machine network. All are private (RFC 1918). None is near the ranges
 * OVN-Kubernetes keeps for itself, 100.64.0.0/16 and 100.88.0.0/16 (installation-config-parameters, "Network
 * configuration parameters", docs.redhat.com). The pod ranges keep the default /14, so hostPrefix 23 still gives
 * 512 nodes a /23 each; the service ranges are the default /16 or smaller.
 */
export const POD_NETWORK_FALLBACKS: readonly string[] = [
  '10.128.0.0/14',
  '10.132.0.0/14',
  '10.136.0.0/14',
  '10.192.0.0/14',
  '172.20.0.0/14',
];

export const SERVICE_NETWORK_FALLBACKS: readonly string[] = [
  '172.30.0.0/16',
  '172.31.0.0/16',
  '10.96.0.0/16',
  '192.168.224.0/20',
];
