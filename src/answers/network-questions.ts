import { DEFAULT_NETWORKING } from '../knowledge/platform-defaults.js';
import { type Cidr, overlaps, parseCidr } from '../plan/network.js';
import { getIn } from './dotted.js';
import type { Question, Sofar } from './question-types.js';

/**
 * The pod (cluster) and service networks are advanced answers: the installer's defaults fit most sites, so the wizard
 * asks for them only when a default collides with the machine network (or an answer already holds one); the review
 * screen always offers them.
 */

/** Private ranges the wizard suggests when a default collides; OVN-Kubernetes keeps 100.64.0.0/16 and 100.88.0.0/16 for itself, so none is near them. */
const POD_CANDIDATES = ['10.128.0.0/14', '10.132.0.0/14', '10.136.0.0/14', '10.192.0.0/14', '172.20.0.0/14'];
const SERVICE_CANDIDATES = ['172.30.0.0/16', '172.31.0.0/16', '10.96.0.0/16', '192.168.224.0/20'];

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
  ko: {
    message: '파드 네트워크(CIDR, 여러 개는 쉼표로 구분)',
    help: '파드가 쓰는 주소 대역입니다. 머신 네트워크, 서비스 네트워크, 노드가 접속해야 하는 다른 네트워크와 겹치면 안 됩니다.',
  },
  default: (s) =>
    firstFree(POD_CANDIDATES, [...machineNetworks(s), ...serviceNetworks(s)]) ??
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
  ko: {
    message: '서비스 네트워크(CIDR, IP 체계마다 하나씩 쉼표로 구분)',
    help: '쿠버네티스 서비스가 쓰는 주소 대역입니다. 보통 /16이고 IPv4는 /12보다 클 수 없으며, 머신 네트워크나 파드 네트워크와 겹치면 안 됩니다.',
  },
  default: (s) =>
    firstFree(SERVICE_CANDIDATES, [...machineNetworks(s), ...podNetworks(s)]) ??
    DEFAULT_NETWORKING.serviceNetwork[0],
  advanced: (s) =>
    getIn(s, 'networking.serviceNetwork') !== undefined ||
    collides(serviceNetworks(s), [...machineNetworks(s), ...podNetworks(s)]),
};
