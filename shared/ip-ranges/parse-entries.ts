import ipaddr from 'ipaddr.js';
import { addressToBigInt, blockContaining, familyBits, hostMask, type AddressRange, type IpAddress, type IpFamily } from './address-range.ts';

/** One entry the admin wrote, where it was (1-based line) and what it means. */
export interface ParsedEntry {
  line: number;
  input: string;
  range: AddressRange;
}

/** An entry that could not be read, with the reason written for the admin. */
export interface EntryError {
  line: number;
  input: string;
  message: string;
}

export interface ParsedList {
  entries: ParsedEntry[];
  errors: EntryError[];
}

export type EntryParse = { ok: true; range: AddressRange } | { ok: false; message: string };

const EXAMPLES = 'Enter one address (203.0.113.7) or one CIDR range (203.0.113.0/24) per entry.';

/** Entries are separated by line breaks, commas or white space; `#` starts a comment that runs to the end of the line. */
const SEPARATORS = /[\s,]+/;

export function parseList(text: string): ParsedList {
  const entries: ParsedEntry[] = [];
  const errors: EntryError[] = [];
  text.split(/\r\n|\n|\r/).forEach((rawLine, index) => {
    const line = index + 1;
    const content = rawLine.split('#', 1)[0] ?? '';
    for (const input of content.split(SEPARATORS)) {
      if (input === '') continue;
      const parsed = parseEntry(input);
      if (parsed.ok) entries.push({ line, input, range: parsed.range });
      else errors.push({ line, input, message: parsed.message });
    }
  });
  return { entries, errors };
}

/** Parses a bare address (a /32 or /128 block) or a CIDR block; a block with host bits set is refused. */
export function parseEntry(input: string): EntryParse {
  if (input.includes('%')) {
    return { ok: false, message: `“${input}” carries a zone index (the part after “%”), which only means something on one computer. Remove it.` };
  }
  const parts = input.split('/');
  if (parts.length > 2) return { ok: false, message: `“${input}” has more than one “/”. ${EXAMPLES}` };
  const [addressPart = '', prefixPart] = parts;

  const address = parseAddress(addressPart);
  if (!address) {
    const hint = /^[\d.]+-[\d.]+$/.test(input) || /^[\da-f:]+-[\da-f:]+$/i.test(input)
      ? 'Ranges written as “first-last” are not accepted: enter the CIDR blocks that make up the range.'
      : EXAMPLES;
    return { ok: false, message: `“${addressPart}” is not an IPv4 or IPv6 address. ${hint}` };
  }

  const family: IpFamily = address.kind();
  const bits = familyBits[family];
  let prefix = bits;
  if (prefixPart !== undefined) {
    if (!/^\d{1,3}$/.test(prefixPart) || Number(prefixPart) > bits) {
      const kind = family === 'ipv4' ? 'IPv4' : 'IPv6';
      return { ok: false, message: `“/${prefixPart}” is not a valid prefix length: for ${kind} it is a whole number from 0 to ${bits}.` };
    }
    prefix = Number(prefixPart);
  }

  const value = addressToBigInt(address);
  const range = blockContaining(family, value, prefix);
  if ((value & hostMask(family, prefix)) !== 0n) {
    return {
      ok: false,
      message: `“${input}” has host bits set: the block starts at a different address. Did you mean ${range.cidr}? Or enter the single address without “/${prefix}”.`,
    };
  }
  return { ok: true, range };
}

/** Strict address syntax: IPv4 only as four decimal parts (ipaddr.js would also read `10` or `0x0a.1` as IPv4). */
export function parseAddress(text: string): IpAddress | undefined {
  if (text.includes('%')) return undefined;
  if (text.includes(':')) return ipaddr.IPv6.isValid(text) ? ipaddr.IPv6.parse(text) : undefined;
  return ipaddr.IPv4.isValidFourPartDecimal(text) ? ipaddr.IPv4.parse(text) : undefined;
}

export type CurrentIpParse = { ok: true; range: AddressRange } | { ok: false; message: string };

/** The admin's own public address, typed in: one address, no prefix. Empty input means "not given". */
export function parseCurrentIp(text: string): CurrentIpParse | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const address = parseAddress(trimmed);
  if (!address) {
    return { ok: false, message: `“${trimmed}” is not a single IPv4 or IPv6 address. Type the public address you sign in from, for example 203.0.113.7.` };
  }
  const family = address.kind();
  return { ok: true, range: blockContaining(family, addressToBigInt(address), familyBits[family]) };
}
