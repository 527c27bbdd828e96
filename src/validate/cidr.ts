import ipaddr from 'ipaddr.js';
import { isValidAddress, parseAddress, parseCidrText } from '../util/ip-address.js';
import { remembered } from '../util/remember.js';

/*
 * CIDR arithmetic for the networking rules (`validate.SubnetCIDR` and the overlap checks):
 * a CIDR is valid when it parses, its address is not unspecified, and it is the network address of its prefix.
 * Overlap = either network contains the other's base address.
 */

export type Family = 'ipv4' | 'ipv6';

export interface Cidr {
  text: string;
  family: Family;
  address: ipaddr.IPv4 | ipaddr.IPv6;
  prefix: number;
}

export type CidrCheck =
  | { ok: true; cidr: Cidr }
  | { ok: false; reason: 'syntax' | 'unspecified' | 'host-bits'; expected?: string };

export function bitsOf(family: Family): number {
  return family === 'ipv4' ? 32 : 128;
}

/**
 * Parses `text`; for a CIDR with host bits set, `expected` is the network address the installer suggests. Each text is
 * checked once (the networking rules ask for the same few CIDRs many times); the answer is shared, so frozen.
 */
export const checkCidr = remembered((text: string): Readonly<CidrCheck> => {
  const checked = checkCidrOnce(text);
  if (checked.ok) Object.freeze(checked.cidr);
  return Object.freeze(checked);
});

function checkCidrOnce(text: string): CidrCheck {
  const trimmed = text.trim();
  // net.ParseCIDR wants four decimal parts for IPv4 (ipaddr.js would also take "10/8") and no IPv6 zone.
  if (!trimmed.includes(':') && !/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(trimmed))
    return { ok: false, reason: 'syntax' };
  if (trimmed.includes('%')) return { ok: false, reason: 'syntax' };
  let parsed: readonly [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    parsed = parseCidrText(trimmed);
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  const [address, prefix] = parsed;
  const family: Family = address.kind() === 'ipv4' ? 'ipv4' : 'ipv6';
  const network = networkAddress(address, prefix);
  if (address.toByteArray().every((b) => b === 0)) return { ok: false, reason: 'unspecified' };
  if (network.toString() !== address.toString()) {
    return { ok: false, reason: 'host-bits', expected: `${network.toString()}/${prefix}` };
  }
  return { ok: true, cidr: { text: trimmed, family, address, prefix } };
}

/** Parses a CIDR without insisting on a network address (for ranges given by users where host bits are harmless). */
export function parseCidrLoose(text: string): Cidr | undefined {
  try {
    const [address, prefix] = parseCidrText(text.trim());
    const family: Family = address.kind() === 'ipv4' ? 'ipv4' : 'ipv6';
    return { text: text.trim(), family, address: networkAddress(address, prefix), prefix };
  } catch {
    return undefined;
  }
}

function networkAddress(address: ipaddr.IPv4 | ipaddr.IPv6, prefix: number): ipaddr.IPv4 | ipaddr.IPv6 {
  const bytes = address.toByteArray();
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, prefix - i * 8));
    bytes[i] = (bytes[i] ?? 0) & ((0xff << (8 - keep)) & 0xff);
  }
  return ipaddr.fromByteArray(bytes) as ipaddr.IPv4 | ipaddr.IPv6;
}

export function contains(outer: Cidr, ip: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  if (outer.family !== (ip.kind() === 'ipv4' ? 'ipv4' : 'ipv6')) return false;
  return (ip as ipaddr.IPv4).match([outer.address as ipaddr.IPv4, outer.prefix]);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && (contains(a, b.address) || contains(b, a.address));
}

/** Parses a single IP address (not a CIDR); undefined when it is not one. */
export function parseIp(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const trimmed = text.trim();
  if (!isValidAddress(trimmed) || trimmed.includes('%')) return undefined;
  // ipaddr also accepts shorthand like "10.1" and octal/hex parts; the installer's net.ParseIP wants four decimals.
  if (!trimmed.includes(':') && !/^\d{1,3}(\.\d{1,3}){3}$/.test(trimmed)) return undefined;
  const ip = parseAddress(trimmed);
  return ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()
    ? (ip as ipaddr.IPv6).toIPv4Address()
    : ip;
}

export function familyOf(ip: ipaddr.IPv4 | ipaddr.IPv6): Family {
  return ip.kind() === 'ipv4' ? 'ipv4' : 'ipv6';
}

/** IPs compared as addresses, so 2001:db8::5 equals 2001:db8:0::5. */
export function sameIp(a: ipaddr.IPv4 | ipaddr.IPv6, b: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  return a.kind() === b.kind() && a.toNormalizedString() === b.toNormalizedString();
}

/** Number of addresses in the network, as a float (IPv6 sizes exceed integers but only comparisons matter). */
export function sizeOf(cidr: Cidr): number {
  return 2 ** (bitsOf(cidr.family) - cidr.prefix);
}
