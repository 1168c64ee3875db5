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

/** The prefix of ::ffff:0:0/96, the IPv4-mapped block. */
const MAPPED_PREFIX = 96;

const EXAMPLES = 'Enter one address (203.0.113.7) or one CIDR range (203.0.113.0/24) per entry.';

/** Entries are separated by line breaks, commas or white space; `#` starts a comment that runs to the end of the line. */
const SEPARATORS = /[\s,]+/;

/**
 * Bounds on one list. Far above any real Admin IP Ranges or Arctic Wolf list (the benchmark checks 10,000 Arctic
 * Wolf ranges), low enough that a wrong file (a log, a 1,000,000-line dump) ends in a clear error instead of
 * unbounded memory and time: parsing stops there.
 */
export const MAX_LIST_ENTRIES = 20_000;
/** Unreadable entries listed one by one; one more ends the check with a line that says so (a wrong file would list every line). */
export const MAX_LIST_ERRORS = 100;

const count = (n: number): string => n.toLocaleString('en-US');

/** The lines of `text` one at a time (CR LF, LF or CR), without splitting the whole text into an array first. */
function* linesOf(text: string): Generator<string> {
  const match = /\r\n|\n|\r/g;
  let start = 0;
  while (start <= text.length) {
    match.lastIndex = start;
    const found = match.exec(text);
    if (!found) {
      yield text.slice(start);
      return;
    }
    yield text.slice(start, found.index);
    start = found.index + found[0].length;
  }
}

export function parseList(text: string): ParsedList {
  const entries: ParsedEntry[] = [];
  const errors: EntryError[] = [];
  let line = 0;
  for (const rawLine of linesOf(text)) {
    line += 1;
    const content = rawLine.split('#', 1)[0] ?? '';
    for (const input of content.split(SEPARATORS)) {
      if (input === '') continue;
      if (entries.length >= MAX_LIST_ENTRIES) {
        errors.push({
          line,
          input,
          message: `The list has more than ${count(MAX_LIST_ENTRIES)} entries, so it was not checked past line ${count(line - 1)}. Admin IP Ranges and Arctic Wolf lists are far shorter: check that this is the right file.`,
        });
        return { entries, errors };
      }
      const parsed = parseEntry(input);
      if (parsed.ok) {
        entries.push({ line, input, range: parsed.range });
      } else if (errors.length < MAX_LIST_ERRORS) {
        errors.push({ line, input, message: parsed.message });
      } else {
        errors.push({
          line,
          input,
          message: `More than ${MAX_LIST_ERRORS} entries could not be read, so the list was not checked past line ${count(line - 1)}. Check that this is the right file.`,
        });
        return { entries, errors };
      }
    }
  }
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

  let address = parseAddress(addressPart);
  if (!address) {
    const hint = /^[\d.]+-[\d.]+$/.test(input) || /^[\da-f:]+-[\da-f:]+$/i.test(input)
      ? 'Ranges written as “first-last” are not accepted: enter the CIDR blocks that make up the range.'
      : EXAMPLES;
    return { ok: false, message: `“${addressPart}” is not an IPv4 or IPv6 address. ${hint}` };
  }

  let family: IpFamily = address.kind();
  let prefix = familyBits[family];
  if (prefixPart !== undefined) {
    if (!/^\d{1,3}$/.test(prefixPart) || Number(prefixPart) > familyBits[family]) {
      const kind = family === 'ipv4' ? 'IPv4' : 'IPv6';
      return { ok: false, message: `“/${prefixPart}” is not a valid prefix length: for ${kind} it is a whole number from 0 to ${familyBits[family]}.` };
    }
    prefix = Number(prefixPart);
  }
  // An IPv4-mapped IPv6 address (::ffff:198.51.100.10) is that IPv4 address; a block inside ::ffff:0:0/96 is the
  // IPv4 block it maps. Read any other way, ::ffff:198.51.100.10 would slip past the Arctic Wolf ranges.
  if (address instanceof ipaddr.IPv6 && address.isIPv4MappedAddress() && prefix >= MAPPED_PREFIX) {
    address = address.toIPv4Address();
    family = 'ipv4';
    prefix -= MAPPED_PREFIX;
  }

  const value = addressToBigInt(address);
  const range = blockContaining(family, value, prefix);
  if ((value & hostMask(family, prefix)) !== 0n) {
    return {
      ok: false,
      message: `“${input}” has host bits set: the block starts at a different address. Did you mean ${range.cidr}? Or enter the single address without “/${prefixPart}”.`,
    };
  }
  return { ok: true, range };
}

/** Strict address syntax: IPv4 only as four decimal parts (ipaddr.js would also read `10` or `0x0a.1` as IPv4). */
function parseAddress(text: string): IpAddress | undefined {
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
  const single = address instanceof ipaddr.IPv6 && address.isIPv4MappedAddress() ? address.toIPv4Address() : address;
  const family = single.kind();
  return { ok: true, range: blockContaining(family, addressToBigInt(single), familyBits[family]) };
}
