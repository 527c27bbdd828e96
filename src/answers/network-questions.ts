import { POD_NETWORK_FALLBACKS, SERVICE_NETWORK_FALLBACKS } from '../knowledge/network-fallbacks.js';
import { DEFAULT_NETWORKING } from '../knowledge/platform-defaults.js';
import { type Cidr, overlaps, parseCidr } from '../plan/network.js';
import { getIn } from './dotted.js';
import type { Question, Sofar } from './question-types.js';

/**
 * The pod (cluster) and service networks are advanced answers: the installer's defaults fit most sites, so the wizard
 * asks for them only when a default collides with the machine network (or an answer already holds one); the review
 * screen always offers them.
 */

function cidrs(texts: unknown): Cidr[] {
  if (!Array.isArray(texts)) return [];
  return texts
    .map((t) => parseCidr(typeof t === 'string' ? t : String((t as { cidr?: unknown })?.cidr ?? '')))
    .filter((c): c is Cidr => c !== undefined);
}

function machineNetworks(s: Sofar): Cidr[] {
  return cidrs(getIn(s, 'networking.machineNetwork') ?? DEFAULT_NETWORKING.machineNetwork);
}

function podNetworks(s: Sofar): Cidr[] {
  return cidrs(getIn(s, 'networking.clusterNetwork') ?? DEFAULT_NETWORKING.clusterNetwork);
}

function serviceNetworks(s: Sofar): Cidr[] {
  return cidrs(getIn(s, 'networking.serviceNetwork') ?? DEFAULT_NETWORKING.serviceNetwork);
}

const collides = (a: Cidr[], b: Cidr[]) => a.some((x) => b.some((y) => overlaps(x, y)));

function firstFree(candidates: readonly string[], taken: Cidr[]): string | undefined {
  return candidates.find((text) => {
    const cidr = parseCidr(text);
    return cidr !== undefined && !taken.some((t) => overlaps(t, cidr));
  });
}

/** A pod network entry's node prefix: the installer's 23 for IPv4, the required 64 for IPv6. */
function hostPrefixFor(cidr: string): number {
  return parseCidr(cidr)?.family === 'ipv6' ? 64 : DEFAULT_NETWORKING.clusterNetwork[0].hostPrefix;
}

export const POD_NETWORK_QUESTION: Question = {
  id: 'networking.clusterNetwork',
  section: 'network',
  kind: 'list',
  message: 'Pod network(s) (CIDR, comma-separated)',
  help: 'Addresses of the pods; must not overlap the machine or service networks or any network the nodes must reach.',
  default: (s) =>
    firstFree(POD_NETWORK_FALLBACKS, [...machineNetworks(s), ...serviceNetworks(s)]) ??
    DEFAULT_NETWORKING.clusterNetwork[0].cidr,
  advanced: (s) =>
    getIn(s, 'networking.clusterNetwork') !== undefined ||
    collides(podNetworks(s), [...machineNetworks(s), ...serviceNetworks(s)]),
  toValue: (text, s) => {
    const earlier = (getIn(s, 'networking.clusterNetwork') as { cidr: string; hostPrefix: number }[]) ?? [];
    return text
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '')
      .map((cidr) => ({
        cidr,
        hostPrefix: earlier.find((e) => e.cidr === cidr)?.hostPrefix ?? hostPrefixFor(cidr),
      }));
  },
  toText: (value) =>
    Array.isArray(value) ? value.map((e) => String((e as { cidr?: unknown }).cidr)).join(', ') : '',
};

export const SERVICE_NETWORK_QUESTION: Question = {
  id: 'networking.serviceNetwork',
  section: 'network',
  kind: 'list',
  message: 'Service network (CIDR; one per IP family, comma-separated)',
  help: 'Addresses of Kubernetes services; /16 is usual, /12 at most; must not overlap the machine or pod networks.',
  default: (s) =>
    firstFree(SERVICE_NETWORK_FALLBACKS, [...machineNetworks(s), ...podNetworks(s)]) ??
    DEFAULT_NETWORKING.serviceNetwork[0],
  advanced: (s) =>
    getIn(s, 'networking.serviceNetwork') !== undefined ||
    collides(serviceNetworks(s), [...machineNetworks(s), ...podNetworks(s)]),
};
