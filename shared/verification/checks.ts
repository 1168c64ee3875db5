import type { StepId } from '../checklist/step-ids.ts';

/**
 * The catalogue of probes: every Mimecast endpoint a verification calls, named the way the Mimecast console names
 * the role permission that opens it. This is the one list: the role step's ticks, the verification rows and their
 * diagnosis, the pre-flight, the lifecycle, the completion report, the CLI and the panel all read it, so they agree
 * word for word with each other and with the console ("Account Menu > Logs > Read"), and every count they state is
 * counted here. Adding a probe is an entry here, its route in the fake Mimecast API and its test.
 *
 * Two kinds of probe, each called once per verification in one parallel round:
 * - `required`: a log Arctic Wolf reads; the role must hold its permission. The same call counts the log's recent
 *   records.
 * - `least-privilege`: a read-only endpoint outside what Arctic Wolf needs, which must be refused; one that answers
 *   with data proves the role holds a permission it should not, and names it. Only reads are listed: nothing here
 *   can change the account.
 */

/** What a probe sends in `data[0]`: the window's two date fields, then fixed filters. Null: an empty `data` list. */
export interface ProbeRequest {
  /** Names of the window's start and end fields, in Mimecast's date format. */
  dates: readonly [from: string, to: string];
  /** Sent as they are, after the dates (filters that only narrow the result are left out: a probe wants every record). */
  filters: Readonly<Record<string, string | boolean>>;
}

interface ProbeCommon {
  id: string;
  /** Console wording of the role's Application Permission that opens the endpoint. */
  permission: string;
  /** What the endpoint reads, for row labels ("Audit events"). */
  label: string;
  endpoint: string;
  request: ProbeRequest | null;
}

export interface RequiredProbe extends ProbeCommon {
  kind: 'required';
  /** The role step's action id for the tick (kept from earlier versions, so saved ticks stay). */
  roleTick: string;
  /** Where the log keeps its records: null for `data[]` itself, else the list's field inside each `data` item. */
  records: string | null;
  /** Mimecast's product name for the Targeted Threat Protection module that writes the log; null outside TTP. */
  ttpModule: string | null;
}

export interface LeastPrivilegeProbeInfo extends ProbeCommon {
  kind: 'least-privilege';
  /** Why this endpoint: what a role broader than needed typically includes. */
  why: string;
}

export type ProbeInfo = RequiredProbe | LeastPrivilegeProbeInfo;

export const probeCatalogue = [
  {
    kind: 'required',
    id: 'audit-events',
    permission: 'Account Menu > Logs > Read',
    label: 'Audit events',
    endpoint: '/api/audit/get-audit-events',
    request: { dates: ['startDateTime', 'endDateTime'], filters: {} },
    records: null,
    ttpModule: null,
    roleTick: 'perm-logs',
  },
  {
    kind: 'required',
    id: 'attachment-protection',
    permission: 'Monitoring Menu > Attachment Protection > Read',
    label: 'Attachment Protection logs',
    endpoint: '/api/ttp/attachment/get-logs',
    request: { dates: ['from', 'to'], filters: { route: 'all', result: 'all', oldestFirst: false } },
    records: 'attachmentLogs',
    ttpModule: 'Attachment Protect',
    roleTick: 'perm-attachment',
  },
  {
    kind: 'required',
    id: 'impersonation-protection',
    permission: 'Monitoring Menu > Impersonation Protection Logs > Read',
    label: 'Impersonation Protection logs',
    endpoint: '/api/ttp/impersonation/get-logs',
    // taggedMalicious / identifiers / actions only narrow the result; the probe wants every record.
    request: { dates: ['from', 'to'], filters: { oldestFirst: false } },
    records: 'impersonationLogs',
    ttpModule: 'Impersonation Protect',
    roleTick: 'perm-impersonation',
  },
  {
    kind: 'required',
    id: 'url-protection',
    permission: 'Monitoring Menu > URL Protection > Read',
    label: 'URL Protection logs',
    endpoint: '/api/ttp/url/get-logs',
    request: { dates: ['from', 'to'], filters: { route: 'all', scanResult: 'all', oldestFirst: false } },
    records: 'clickLogs',
    ttpModule: 'URL Protect',
    roleTick: 'perm-url',
  },
  {
    kind: 'least-privilege',
    id: 'dlp-logs',
    permission: 'Monitoring Menu > Data Leak Prevention > Read',
    label: 'Data Leak Prevention logs',
    endpoint: '/api/dlp/get-logs',
    request: { dates: ['from', 'to'], filters: { oldestFirst: false } },
    why: 'another Monitoring log, the neighbour of the ones Arctic Wolf needs: ticked when a whole menu is selected',
  },
  {
    kind: 'least-privilege',
    id: 'account-details',
    permission: 'Account Menu > Dashboard > Read',
    label: 'Account details',
    endpoint: '/api/account/get-account',
    request: null,
    why: 'an Account read, included in broad roles such as Basic Administrator',
  },
] as const satisfies readonly ProbeInfo[];

type Entry = (typeof probeCatalogue)[number];
/** A required probe's id: one log, one permission, one verification row. */
export type CheckId = Extract<Entry, { kind: 'required' }>['id'];
export type LeastPrivilegeProbeId = Extract<Entry, { kind: 'least-privilege' }>['id'];

/** The permissions the role must hold, in the catalogue's order: the role step's, the report's and the CLI's. */
export const rolePermissions: readonly RequiredProbe[] = probeCatalogue.filter((p) => p.kind === 'required');
export const checkIds = rolePermissions.map((p) => p.id) as readonly CheckId[];
export const checkCatalog = Object.fromEntries(rolePermissions.map((p) => [p.id, p])) as Record<CheckId, RequiredProbe>;

const leastPrivilegeProbes: readonly LeastPrivilegeProbeInfo[] = probeCatalogue.filter((p) => p.kind === 'least-privilege');
export const leastPrivilegeProbeIds = leastPrivilegeProbes.map((p) => p.id) as readonly LeastPrivilegeProbeId[];
export const leastPrivilegeCatalog = Object.fromEntries(leastPrivilegeProbes.map((p) => [p.id, p])) as Record<LeastPrivilegeProbeId, LeastPrivilegeProbeInfo>;

/** The required logs written by a Targeted Threat Protection module (a missing TTP licence refuses them all). */
const ttpCheckIds = rolePermissions.filter((p) => p.ttpModule !== null).map((p) => p.id) as readonly CheckId[];

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A count as prose words, so texts about the checks follow the catalogue instead of restating it. */
export const inWords = (count: number): string => numberWords[count] ?? String(count);

/** How many permissions the role needs, in words, for every text that says so. */
export const permissionCount = inWords(checkIds.length);
/** How many of them, in words, come from the Targeted Threat Protection licence. */
export const ttpLogCount = inWords(ttpCheckIds.length);

/** The one id that stands for every least-privilege probe among a run's failed checks (CLI `failedChecks`, pre-flight). */
export const LEAST_PRIVILEGE_CHECK = 'least-privilege';

/** Where a failed token request is fixed: the keys were copied wrong or must be generated again. */
export const tokenFixStep: StepId = 'capture-keys';
