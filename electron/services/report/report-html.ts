import { visibleName } from '../../../shared/domain/name-text.ts';
import { portalHealthAdvice } from '../../../shared/handoff/portal-health.ts';
import { REFRESH_WINDOW_MS } from '../../../shared/handoff/refresh-steps.ts';
import type { VerificationReport } from '../../../shared/verification/report.ts';
import { escapeHtml as e, safeImageDataUrl } from './escape.ts';
import type { ReportModel } from './report-model.ts';
import { REPORT_CSS } from './report-styles.ts';

const dash = '—';
const when = (iso: string | null | undefined): string => (iso ? e(iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z').replace(/Z$/, ' UTC')) : dash);
const yesNo = (ok: boolean, yes = 'Passed', no = 'Failed'): string => `<span class="${ok ? 'ok' : 'bad'}">${ok ? yes : no}</span>`;
const row = (cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const table = (head: string[], rows: string[]): string =>
  rows.length ? `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>` : `<p class="meta">Nothing recorded.</p>`;
const list = (pairs: Array<[string, string]>): string => `<dl>${pairs.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;

function steps(model: ReportModel): string {
  return table(
    ['#', 'Step', 'Confirmed at', 'Confirmed by'],
    model.steps.map((s) => row([e(s.number), e(s.title), s.completedAt ? when(s.completedAt) : '<span class="warn">Not completed</span>', e(s.completedBy ?? dash)])),
  );
}

function eventsCell(events: NonNullable<VerificationReport['checks'][number]['events']>): string {
  const count = `${events.count}${events.more ? '+' : ''} since ${when(events.since)}`;
  return e(events.newest ? `${count}; newest ${when(events.newest)}` : count);
}

function verification(model: ReportModel): string {
  const v = model.verification;
  if (!v) return '<p class="meta">The credentials were not verified on their saved gateway yet (in the app, or with the CLI’s verify).</p>';
  const lp = v.leastPrivilege;
  const quiet = v.warnings.filter((w) => w.code === 'no-events');
  return (
    list([
      ['Result', yesNo(v.ok)],
      ['Gateway', e(v.baseUrl)],
      ['Run at', when(v.ranAt)],
      ['Token', `${yesNo(v.token.ok, 'Issued', 'Refused')} ${e(v.token.message)}`],
    ]) +
    table(
      ['Permission', 'Endpoint', 'Result', 'Recent events', 'Details'],
      v.checks.map((c) => row([e(c.permission), e(c.endpoint), yesNo(c.ok), c.events ? eventsCell(c.events) : dash, e(c.ok ? c.message : `${c.message} ${c.hint}`)])),
    ) +
    (quiet.length ? `<p class="warn">${quiet.map((w) => e(w.message)).join('<br>')}</p>` : '') +
    '<h3>Least privilege: what the role must not read</h3>' +
    (lp
      ? table(
          ['Must not have', 'Endpoint', 'Answer', 'Details'],
          lp.probes.map((p) => row([e(p.permission), e(p.endpoint), p.refused ? '<span class="ok">Refused</span>' : p.outcome === 'allowed' ? '<span class="bad">Readable</span>' : '<span class="warn">Not proved</span>', e(p.message)])),
        )
      : '<p class="meta">Not checked (no token, or a verification from before these probes existed).</p>')
  );
}

function rechecks(model: ReportModel): string {
  const streak = model.failingSince
    ? `<p class="bad">Failing since ${when(model.failingSince)}: Arctic Wolf can recover data until ${when(new Date(Date.parse(model.failingSince) + REFRESH_WINDOW_MS).toISOString())}.</p>`
    : '';
  const source = { app: 'App', schedule: 'Background re-check', cli: 'CLI' } as const;
  // A one-off run against another gateway says so: it is not the profile's standing (that is the section above).
  const from = (h: ReportModel['history'][number]): string => (h.oneOffBaseUrl ? `${source[h.source]}, one-off against ${h.oneOffBaseUrl}` : source[h.source]);
  return streak + table(['When', 'From', 'Result', 'Details'], [...model.history].reverse().map((h) => row([when(h.ranAt), e(from(h)), h.outcome === 'passed' ? yesNo(true) : `<span class="${h.outcome === 'failed' ? 'bad' : 'warn'}">${e(h.outcome)}</span>`, e(h.summary)])));
}

function ipRanges(model: ReportModel): string {
  const ip = model.ipRanges;
  if (!ip) return '<p class="meta">The Admin IP Ranges check was not run for this profile (in the app, or with the CLI’s check-ip-ranges --profile).</p>';
  const verdict = ip.lastVerdict === 'ok' ? '<span class="ok">OK</span>' : ip.lastVerdict === 'caution' ? '<span class="warn">Caution</span>' : '<span class="bad">Invalid entries</span>';
  const ack = ip.acknowledgement;
  return list([
    ['Verdict', verdict],
    ['Checked at', when(ip.checkedAt)],
    ['Acknowledgement', ack ? `“${e(ack.text)}” at ${when(ack.at)} for ${e(ack.adminRanges.length)} range(s)` : dash],
  ]);
}

function handoff(model: ReportModel): string {
  const h = model.handoff;
  const s = h.submission;
  const pre = h.preflight;
  const channel = h.channel === 'intake' ? 'HTTPS intake' : h.channel === 'portal' ? 'Arctic Wolf Unified Portal' : 'Not chosen';
  const intakeUrl = h.intake ? (() => { const u = new URL(h.intake.url); return `${u.origin}${u.pathname}`; })() : undefined;
  return list([
    ['Channel', e(channel)],
    ['Account Name', e(h.accountName === undefined ? dash : visibleName(h.accountName))],
    ...(intakeUrl ? ([['Intake', e(intakeUrl)]] as Array<[string, string]>) : []),
    ['Pre-flight', pre ? `${yesNo(pre.ok)} (verification of ${when(pre.verificationRanAt)})${pre.failing.length ? ` failing: ${e(pre.failing.join(', '))}` : ''}` : dash],
    ...(pre?.proceeded ? ([['Proceeded despite failure', `${when(pre.proceeded.at)} by ${e(pre.proceeded.by)}`]] as Array<[string, string]>) : []),
    ['Submitted', s ? `${when(s.at)} by ${e(s.by)} — ${yesNo(s.ok, 'Accepted', 'Not accepted')}` : dash],
    ['Receipt', e(s?.receiptId ?? dash)],
    ...(s?.channel === 'intake' ? ([['Intake answer', `HTTP ${e(s.status ?? dash)} after ${e(s.attempts)} attempt(s): ${e(s.message)}`]] as Array<[string, string]>) : []),
    ['Portal health', h.portalOutcome ? `${e(h.portalOutcome.state)} at ${when(h.portalOutcome.at)} (recorded by ${e(h.portalOutcome.by)}) — ${e(portalHealthAdvice[h.portalOutcome.state])}` : dash],
    ['Hand-off confirmed', h.confirmed ? when(h.confirmed.at) : '<span class="warn">Not yet</span>'],
  ]);
}

function lifecycle(model: ReportModel): string {
  const l = model.handoff.lifecycle;
  const c = model.credentials;
  return list([
    ['Client ID', e(c.maskedClientId ?? dash)],
    ['Client Secret', c.stored ? `Stored in ${e(c.backend ?? 'the secret store')} (never in this report)` : c.forgottenAt ? `Removed from this computer at ${when(c.forgottenAt)}` : 'Not stored'],
    ['Credentials captured', when(c.storedAt)],
    ['Credential Expiry', e(l?.credentialExpiry ?? 'None set')],
    ['Failure reported by Arctic Wolf', when(l?.failureReportedAt)],
    ['Credentials refreshed', when(l?.refreshedAt)],
    ['Secret forgotten', l?.secretForgotten ? `${when(l.secretForgotten.at)} by ${e(l.secretForgotten.by)}` : dash],
  ]);
}

function timeline(model: ReportModel): string {
  return table(['When', 'What', 'Who'], (model.handoff.timeline ?? []).map((t) => row([when(t.at), e(t.text), e(t.by ?? dash)])));
}

function screenshots(model: ReportModel): string {
  const figures = model.screenshots.flatMap((shot) => {
    const src = safeImageDataUrl(shot.dataUrl);
    return src ? [`<figure><img src="${src}" alt="${e(shot.label)}"><figcaption>${e(shot.label)} — step ${e(shot.step)}, attached ${when(shot.addedAt)}</figcaption></figure>`] : [];
  });
  return figures.length ? figures.join('') : '<p class="meta">No screenshots attached.</p>';
}

/** The completion report as one self-contained HTML document: inline CSS, embedded images, no script, no secret. */
export function renderReportHtml(model: ReportModel): string {
  const title = `Mimecast → Arctic Wolf onboarding — ${visibleName(model.profile.name)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${REPORT_CSS}</style></head>
<body>
<header><h1>${e(title)}</h1>
<p class="meta">Tenant profile “${e(visibleName(model.profile.name))}” (${e(model.profile.id)}) · ${e(model.deployment)} · generated ${when(model.generatedAt)} by ${e(model.generatedBy)}</p></header>
<section><h2>Checklist</h2>${steps(model)}</section>
<section><h2>Verification of the API 2.0 credentials</h2>${verification(model)}</section>
<section><h2>Verification history</h2>${rechecks(model)}</section>
<section><h2>Admin IP Ranges check</h2>${ipRanges(model)}</section>
<section><h2>Hand-off to Arctic Wolf</h2>${handoff(model)}</section>
<section><h2>Credential lifecycle</h2>${lifecycle(model)}</section>
<section><h2>Timeline</h2>${timeline(model)}</section>
<section><h2>Screenshots</h2>${screenshots(model)}</section>
<footer>Mimecast Arctic Wolf Assistant ${e(model.appVersion)}. The Client Secret is never included in this report.</footer>
</body></html>
`;
}
