/**
 * Answers to a log probe (HTTP 200, the audit log's envelope: records straight in `data`) that a hostile or broken
 * server could send, each of which once derailed `verify`: too many records to spread into one call, nesting deeper
 * than any recursion survives, a total no log can hold, and record dates JavaScript can hold but no ISO timestamp
 * of the report can. Each stays under the client's 2 MB response cap, so it is read.
 */
const page = (data: string, pagination = ''): string => `{"meta":{"status":200${pagination}},"data":${data},"fail":[]}`;

export const hostileEventBodies = {
  /** 150,000 records (the probe asked for 100), each with a time: `Math.max(...times)` overflowed the stack. */
  'records': page(`[${Array.from({ length: 150_000 }, () => '{"date":"1"}').join(',')}]`),
  /** 100,000 arrays in one another: every recursive walk over the body overflowed the stack. */
  'nesting': page(`[${'['.repeat(100_000)}${']'.repeat(100_000)}]`),
  /** A total of 1e300 records in 24 hours: not an integer any report field can keep. */
  'total': page('[{"eventTime":"2026-11-25T09:58:12+0000"}]', ',"pagination":{"pageSize":100,"totalCount":1e300}'),
  /** The last instant JavaScript can hold (year +275760), and a time before year 0. */
  'dates': page('[{"eventTime":"+275760-09-13T00:00:00Z"},{"eventTime":"-000100-01-01T00:00:00Z"}]'),
} as const;

export type HostileEventBody = keyof typeof hostileEventBodies;
