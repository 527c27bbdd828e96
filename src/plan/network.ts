import ipaddr from 'ipaddr.js';
import { isValidAddress, isValidCidrText, parseAddress, parseCidrText } from '../util/ip-address.js';
import { remembered } from '../util/remember.js';

export type Family = 'ipv4' | 'ipv6';

export interface Cidr {
  family: Family;
  address: ipaddr.IPv4 | ipaddr.IPv6;
  prefix: number;
  /** The CIDR with host bits cleared, e.g. 10.0.0.0/16 for 10.0.3.1/16. */
  network: string;
}

/** Parses `a.b.c.d/n` or `v6::/n`; undefined when it is not a CIDR at all. The answer is shared, so frozen. */
export const parseCidr = remembered((text: string): Readonly<Cidr> | undefined => {
  const cidr = parseCidrOnce(text);
  return cidr && Object.freeze(cidr);
});

function parseCidrOnce(text: string): Cidr | undefined {
  if (text.includes('%') || !isValidCidrText(text)) return undefined;
  const [address, prefix] = parseCidrText(text);
  const family: Family = address.kind() === 'ipv4' ? 'ipv4' : 'ipv6';
  const base =
    family === 'ipv4'
      ? ipaddr.IPv4.networkAddressFromCIDR(text).toString()
      : ipaddr.IPv6.networkAddressFromCIDR(text).toString();
  return { family, address, prefix, network: `${base}/${prefix}` };
}

/** True when the CIDR's address is its network address: the installer rejects host bits (validateNetworking (installconfig.go)). */
export function isNetworkAddress(cidr: Cidr): boolean {
  const base = cidr.network.split('/')[0] ?? '';
  return parseAddress(base).toNormalizedString() === cidr.address.toNormalizedString();
}

/** Two CIDRs overlap when either contains the other's base address — the installer's own definition (validateNetworking). */
export function overlaps(a: Cidr, b: Cidr): boolean {
  if (a.family !== b.family) return false;
  const aBase = parseAddress(a.network.split('/')[0] ?? '');
  const bBase = parseAddress(b.network.split('/')[0] ?? '');
  return inRange(aBase, b) || inRange(bBase, a);
}

/** True when `ip` lies inside `cidr`. */
export function containsIp(cidr: Cidr, ip: string): boolean {
  if (!isValidAddress(ip)) return false;
  return inRange(parseAddress(ip), cidr);
}

function inRange(ip: ipaddr.IPv4 | ipaddr.IPv6, cidr: Cidr): boolean {
  if (ip.kind() !== cidr.address.kind()) return false;
  const base = parseAddress(cidr.network.split('/')[0] ?? '');
  return (ip as ipaddr.IPv4).match(base as ipaddr.IPv4, cidr.prefix);
}

/**
 * Whether a string is an IPv4 or IPv6 address; two spellings of one IPv6 address compare equal with sameIp. A zone
 * index (`fd00::9%eth0`) is refused: BIND, HAProxy and dnsmasq reject it in the infra files, and the installer's
 * net.ParseIP does too.
 */
export function isIp(text: string): boolean {
  if (text.includes('%')) return false;
  return isValidAddress(text) && (ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text));
}

export function sameIp(a: string, b: string): boolean {
  if (!isIp(a) || !isIp(b)) return a === b;
  return parseAddress(a).toNormalizedString() === parseAddress(b).toNormalizedString();
}

export function ipFamily(text: string): Family | undefined {
  if (!isIp(text)) return undefined;
  return parseAddress(text).kind() === 'ipv4' ? 'ipv4' : 'ipv6';
}
