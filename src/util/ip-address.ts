import ipaddr from 'ipaddr.js';

/*
 * ipaddr.js's family-neutral helpers (parse, isValid, parseCIDR, isValidCIDR) try IPv6 first for every string, and
 * parseCIDR throws and catches an error for each IPv4 one. An IPv6 address always holds a colon and an IPv4 address
 * never does, so the colon picks the one parser that can succeed: the same answers, without the failed attempt that
 * made address parsing a noticeable share of rendering and checking a plan.
 */

export type Address = ipaddr.IPv4 | ipaddr.IPv6;

const v6 = (text: string) => text.includes(':');

export function isValidAddress(text: string): boolean {
  return v6(text) ? ipaddr.IPv6.isValid(text) : ipaddr.IPv4.isValid(text);
}

/** Throws on a string that is not an address, as ipaddr.parse does. */
export function parseAddress(text: string): Address {
  return v6(text) ? ipaddr.IPv6.parse(text) : ipaddr.IPv4.parse(text);
}

export function isValidCidrText(text: string): boolean {
  return v6(text) ? ipaddr.IPv6.isValidCIDR(text) : ipaddr.IPv4.isValidCIDR(text);
}

/** Throws on a string that is not a CIDR, as ipaddr.parseCIDR does. */
export function parseCidrText(text: string): [Address, number] {
  return v6(text) ? ipaddr.IPv6.parseCIDR(text) : ipaddr.IPv4.parseCIDR(text);
}
