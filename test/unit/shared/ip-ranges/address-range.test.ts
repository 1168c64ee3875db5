import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { addressText, addressToBigInt, bigIntToAddress, blockContaining, compareRanges } from '../../../../shared/ip-ranges/address-range.ts';

describe('address integers', () => {
  it('round-trips every IPv4 and IPv6 address through its integer', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.nat(255), { minLength: 4, maxLength: 4 }), fc.array(fc.nat(255), { minLength: 16, maxLength: 16 })), (bytes) => {
        const address = ipaddr.fromByteArray(bytes);
        const value = addressToBigInt(address);
        expect(bigIntToAddress(address.kind(), value).toByteArray()).toEqual(bytes);
        expect(value).toBe(BigInt(`0x${bytes.map((b) => b.toString(16).padStart(2, '0')).join('')}`));
      }),
    );
  });

  it('writes IPv6 in RFC 5952 form and IPv4 in dotted decimal', () => {
    expect(addressText(ipaddr.parse('2001:0DB8:0:0:0:0:0:0001'))).toBe('2001:db8::1');
    expect(addressText(ipaddr.parse('192.0.2.1'))).toBe('192.0.2.1');
    expect(addressText(ipaddr.parse('::FFFF:c000:0201'))).toBe('::ffff:192.0.2.1');
  });
});

describe('blockContaining', () => {
  it('clears the host bits and spans the whole block', () => {
    const block = blockContaining('ipv4', addressToBigInt(ipaddr.parse('10.1.2.3')), 16);
    expect(block).toEqual({ family: 'ipv4', prefix: 16, start: 0x0a010000n, end: 0x0a01ffffn, cidr: '10.1.0.0/16' });
    expect(blockContaining('ipv6', 5n, 0)).toMatchObject({ start: 0n, end: (1n << 128n) - 1n, cidr: '::/0' });
  });
});

describe('compareRanges', () => {
  it('orders IPv4 before IPv6, then by start, then the wider block first', () => {
    const a = blockContaining('ipv6', 0n, 64);
    const b = blockContaining('ipv4', 256n, 24);
    const c = blockContaining('ipv4', 0n, 24);
    const d = blockContaining('ipv4', 0n, 16);
    expect([a, b, c, d].sort(compareRanges).map((r) => r.cidr)).toEqual(['0.0.0.0/16', '0.0.0.0/24', '0.0.1.0/24', '::/64']);
  });
});
