import type ipaddr from 'ipaddr.js';
import { containsIp, parseCidr } from '../../plan/network.js';
import { parseAddress } from '../../util/ip-address.js';

/** Where one address's PTR record lives: the reverse zone and the owner name relative to it. */
export interface ReverseName {
  family: 'ipv4' | 'ipv6';
  /** Zone name without the trailing dot, e.g. `10.16.172.in-addr.arpa`. */
  zone: string;
  /** Owner name relative to the zone, e.g. `10` (or `10.10` in a /16 zone). */
  owner: string;
}

/**
 * Reverse zones are cut on label boundaries: octets for IPv4 (RFC 1035 in-addr.arpa), nibbles for IPv6 (RFC 3596
 * ip6.arpa). The zone follows the machine network that holds the address, its prefix rounded UP to the next boundary
 * (a /20 network gets /24 zones, never a /16 zone that would claim addresses the cluster does not own). Addresses
 * outside every machine network get the customary /24 (IPv4) or /64 (IPv6) zone.
 */
export function reverseName(ip: string, machineNetworks: string[]): ReverseName {
  const address = parseAddress(ip);
  const family = address.kind() === 'ipv4' ? 'ipv4' : 'ipv6';
  const network = machineNetworks
    .map(parseCidr)
    .find((cidr) => cidr !== undefined && cidr.family === family && containsIp(cidr, ip));
  if (family === 'ipv4') {
    const octets = (address as ipaddr.IPv4).octets.map(String);
    const prefix = network?.prefix ?? 24;
    const zoneOctets = Math.min(3, Math.max(1, Math.ceil(prefix / 8)));
    return {
      family,
      zone: `${octets.slice(0, zoneOctets).reverse().join('.')}.in-addr.arpa`,
      owner: octets.slice(zoneOctets).reverse().join('.'),
    };
  }
  const nibbles = (address as ipaddr.IPv6).parts.flatMap((part) =>
    part.toString(16).padStart(4, '0').split(''),
  );
  const prefix = network?.prefix ?? 64;
  const zoneNibbles = Math.min(31, Math.max(1, Math.ceil(prefix / 4)));
  return {
    family,
    zone: `${nibbles.slice(0, zoneNibbles).reverse().join('.')}.ip6.arpa`,
    owner: nibbles.slice(zoneNibbles).reverse().join('.'),
  };
}
