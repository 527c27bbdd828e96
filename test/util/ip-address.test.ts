import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { isValidAddress, isValidCidrText, parseAddress, parseCidrText } from '../../src/util/ip-address.js';

/** What a parse gives, as text, or "throws". */
const outcome = (parse: () => { toString(): string } | readonly [{ toString(): string }, number]) => {
  try {
    const value = parse();
    return Array.isArray(value) ? `${value[0].toString()}/${value[1]}` : value.toString();
  } catch {
    return 'throws';
  }
};

const SAMPLES = [
  '10.0.0.1',
  '0.0.0.0',
  '255.255.255.255',
  '256.1.1.1',
  '10',
  '0x0a.0.0.1',
  '010.0.0.1',
  '10.0.0',
  'fd00::1',
  '::',
  '::ffff:10.0.0.1',
  '2001:db8::1%eth0',
  ':::',
  '1:2:3:4:5:6:7:8:9',
  'fe80::1/64',
  '10.0.0.0/16',
  '10.0.0.0/33',
  'fd00::/129',
  '10.0.0.0/',
  '',
  'api.example.com',
  ' 10.0.0.1',
];

describe('address parsing picked by the colon', () => {
  it('agrees with ipaddr.js on addresses and CIDRs of both families and on non-addresses', () => {
    for (const text of SAMPLES) {
      expect(isValidAddress(text), text).toBe(ipaddr.isValid(text));
      expect(isValidCidrText(text), text).toBe(ipaddr.isValidCIDR(text));
      expect(
        outcome(() => parseAddress(text)),
        text,
      ).toBe(outcome(() => ipaddr.parse(text)));
      expect(
        outcome(() => parseCidrText(text)),
        text,
      ).toBe(outcome(() => ipaddr.parseCIDR(text)));
    }
  });

  it('agrees on any string built from address characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.stringMatching(/^[0-9a-fA-Fx.:/%]{0,24}$/),
          fc.ipV4(),
          fc.ipV6(),
          fc.tuple(fc.oneof(fc.ipV4(), fc.ipV6()), fc.nat(140)).map(([ip, n]) => `${ip}/${n}`),
        ),
        (text) =>
          isValidAddress(text) === ipaddr.isValid(text) &&
          isValidCidrText(text) === ipaddr.isValidCIDR(text) &&
          outcome(() => parseAddress(text)) === outcome(() => ipaddr.parse(text)) &&
          outcome(() => parseCidrText(text)) === outcome(() => ipaddr.parseCIDR(text)),
      ),
      { numRuns: 2000, seed: 20261203 },
    );
  });

  it('gives a text the same answer the second time, from what it kept, and shares it frozen', () => {
    for (const text of SAMPLES) {
      const first = [outcome(() => parseAddress(text)), outcome(() => parseCidrText(text))];
      expect([outcome(() => parseAddress(text)), outcome(() => parseCidrText(text))], text).toEqual(first);
      expect(isValidAddress(text), text).toBe(ipaddr.isValid(text));
    }
    const address = parseAddress('10.0.0.1');
    expect(parseAddress('10.0.0.1')).toBe(address);
    expect(Object.isFrozen(address)).toBe(true);
    expect(() => {
      (address as ipaddr.IPv4).octets[0] = 192;
    }).toThrow(TypeError);
    expect(address.toString()).toBe('10.0.0.1');
    const [network, prefix] = parseCidrText('fd00::/48');
    expect(Object.isFrozen((network as ipaddr.IPv6).parts)).toBe(true);
    expect(prefix).toBe(48);
    // A refused text stays refused.
    expect(() => parseAddress('256.1.1.1')).toThrow();
    expect(() => parseAddress('256.1.1.1')).toThrow();
  });
});
