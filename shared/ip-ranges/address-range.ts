import ipaddr from 'ipaddr.js';

export type IpFamily = 'ipv4' | 'ipv6';

/** Bits per address of each family. */
export const familyBits: Record<IpFamily, number> = { ipv4: 32, ipv6: 128 };

/**
 * One CIDR block as an inclusive interval of integers, so containment and overlap are plain comparisons and
 * several blocks can be merged. `start` is the network address; `end` the last address of the block.
 */
export interface AddressRange {
  family: IpFamily;
  prefix: number;
  start: bigint;
  end: bigint;
  /** Canonical CIDR text: `10.0.0.0/24`, `2001:db8::/32` (RFC 5952). */
  cidr: string;
}

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;

export function addressToBigInt(address: IpAddress): bigint {
  let value = 0n;
  for (const byte of address.toByteArray()) value = (value << 8n) | BigInt(byte);
  return value;
}

export function bigIntToAddress(family: IpFamily, value: bigint): IpAddress {
  const bytes: number[] = [];
  for (let i = familyBits[family] / 8 - 1; i >= 0; i -= 1) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes);
}

/** Canonical text: RFC 5952 for IPv6, with the dotted tail RFC 5952 recommends for IPv4-mapped addresses. */
export function addressText(address: IpAddress): string {
  if (address.kind() === 'ipv4') return address.toString();
  const v6 = address as ipaddr.IPv6;
  return v6.isIPv4MappedAddress() ? `::ffff:${v6.toIPv4Address().toString()}` : v6.toRFC5952String();
}

/** The number of addresses below the prefix, minus one: the host-bit mask. */
export function hostMask(family: IpFamily, prefix: number): bigint {
  return (1n << BigInt(familyBits[family] - prefix)) - 1n;
}

/** The block of `prefix` bits that contains `value`: host bits cleared. */
export function blockContaining(family: IpFamily, value: bigint, prefix: number): AddressRange {
  const mask = hostMask(family, prefix);
  const start = value & ~mask;
  return { family, prefix, start, end: start | mask, cidr: `${addressText(bigIntToAddress(family, start))}/${prefix}` };
}

/** Orders ranges by family (IPv4 first), then start, then the wider block first. */
export function compareRanges(a: AddressRange, b: AddressRange): number {
  if (a.family !== b.family) return a.family === 'ipv4' ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.prefix - b.prefix;
}
