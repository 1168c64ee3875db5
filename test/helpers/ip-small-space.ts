import fc from 'fast-check';

/**
 * An independent, slow reference for the range maths: blocks inside one /24 of IPv4 (192.0.2.0/24) or the matching
 * 256-address space of IPv6 (2001:db8::/120), written as text and expanded address by address into plain sets.
 */
export interface SmallBlock {
  family: 'ipv4' | 'ipv6';
  /** First address, as an offset 0..255 inside the small space. */
  offset: number;
  /** Addresses in the block: 1, 2, 4, … 256. */
  size: number;
  text: string;
}

export const smallBlock = (families: Array<'ipv4' | 'ipv6'> = ['ipv4', 'ipv6']): fc.Arbitrary<SmallBlock> =>
  fc
    .record({ family: fc.constantFrom(...families), hostBits: fc.integer({ min: 0, max: 8 }), slot: fc.nat(255), bare: fc.boolean() })
    .map(({ family, hostBits, slot, bare }) => {
      const size = 2 ** hostBits;
      const offset = (slot % (256 / size)) * size;
      const address = family === 'ipv4' ? `192.0.2.${offset}` : `2001:db8::${offset.toString(16)}`;
      const prefix = (family === 'ipv4' ? 32 : 128) - hostBits;
      const text = hostBits === 0 && bare ? address : `${address}/${prefix}`;
      return { family, offset, size, text };
    });

/** Every address a block covers, keyed `family:offset`. */
export function addressesOf(block: SmallBlock): string[] {
  return Array.from({ length: block.size }, (_, i) => `${block.family}:${block.offset + i}`);
}

export function coverage(blocks: readonly SmallBlock[]): Set<string> {
  return new Set(blocks.flatMap(addressesOf));
}
