import ipaddr from 'ipaddr.js';
import { remembered } from './remember.js';

/*
 * ipaddr.js's family-neutral helpers (parse, isValid, parseCIDR, isValidCIDR) try IPv6 first for every string, and
 * parseCIDR throws and catches an error for each IPv4 one. An IPv6 address always holds a colon and an IPv4 address
 * never does, so the colon picks the one parser that can succeed: the same answers, without the failed attempt that
 * made address parsing a noticeable share of rendering and checking a plan.
 *
 * A plan's rules read the same few addresses many times (the machine network by every host's check, the VIPs by the
 * install-config, the checklist and the infra files), and `check` reads them again for every plan folder, so each
 * answer is kept by the text it was given for. Parsed addresses are frozen: every caller shares the one answer.
 */

export type Address = ipaddr.IPv4 | ipaddr.IPv6;

const v6 = (text: string) => text.includes(':');

/** A parsed address no caller can change: its octets or parts are frozen with it. */
function frozen(address: Address): Address {
  Object.freeze(address.kind() === 'ipv4' ? (address as ipaddr.IPv4).octets : (address as ipaddr.IPv6).parts);
  return Object.freeze(address);
}

/** A parse error, kept so that a text that failed once fails again without parsing. */
class Refused {
  constructor(readonly error: unknown) {}
}

function orThrow<T>(value: T | Refused): T {
  if (value instanceof Refused) throw value.error;
  return value;
}

export const isValidAddress = remembered((text: string): boolean =>
  v6(text) ? ipaddr.IPv6.isValid(text) : ipaddr.IPv4.isValid(text),
);

const parsedAddress = remembered((text: string): Address | Refused => {
  try {
    return frozen(v6(text) ? ipaddr.IPv6.parse(text) : ipaddr.IPv4.parse(text));
  } catch (error) {
    return new Refused(error);
  }
});

/** Throws on a string that is not an address, as ipaddr.parse does. */
export function parseAddress(text: string): Address {
  return orThrow(parsedAddress(text));
}

export const isValidCidrText = remembered((text: string): boolean =>
  v6(text) ? ipaddr.IPv6.isValidCIDR(text) : ipaddr.IPv4.isValidCIDR(text),
);

const parsedCidr = remembered((text: string): readonly [Address, number] | Refused => {
  try {
    const [address, prefix] = v6(text) ? ipaddr.IPv6.parseCIDR(text) : ipaddr.IPv4.parseCIDR(text);
    return Object.freeze([frozen(address), prefix] as const);
  } catch (error) {
    return new Refused(error);
  }
});

/** Throws on a string that is not a CIDR, as ipaddr.parseCIDR does. */
export function parseCidrText(text: string): readonly [Address, number] {
  return orThrow(parsedCidr(text));
}
