import type { HandoffSection } from '../../../shared/handoff/handoff-data.ts';

const HOUR_MS = 60 * 60 * 1000;

/**
 * "What happens next", from Arctic Wolf's documentation: polling starts with activity from about one hour before the
 * configuration succeeded, time-based events arrive with a delay, and a failure opens a 12-hour window.
 */
export function nextSteps(section: HandoffSection): string[] {
  const confirmed = section.confirmed;
  if (!confirmed) {
    return [
      'Hand the credentials over through the Unified Portal (or your intake), then record the outcome here.',
      'Nothing is monitored until Arctic Wolf has working credentials.',
    ];
  }
  const from = new Date(Date.parse(confirmed.at) - HOUR_MS).toISOString();
  const steps = [
    `Arctic Wolf begins polling with activity from about one hour before the configuration succeeded (from about ${from}).`,
    'Time-based events are polled with a delay so the data is complete: expect them to appear later than the rest.',
    'If Arctic Wolf reports that the credentials failed, press “Arctic Wolf reported the credentials failed”: refreshed credentials must arrive within 12 hours, or data is lost.',
  ];
  if (confirmed.channel === 'intake') {
    steps.unshift('Your intake has the credentials; whoever runs it enters them in the Unified Portal. Ask them for the health state the portal shows and record it here.');
  }
  if (section.portalOutcome?.state === 'Pending Arctic Wolf Config') {
    steps.push('The Concierge Security Team follows up to finish the configuration.');
  }
  return steps;
}
