import { cutAtGrapheme } from '../../../shared/domain/name-text.ts';
import { cleanServerText } from '../../../shared/text/server-text.ts';
import { choiceFor, gateways, DEFAULT_BASE_URL } from '../../../shared/verification/gateways.ts';

/** The Unified Portal path today, and the one older portal generations used (shown as a note). */
export const PORTAL_PATH = ['Data Collection', 'Cloud Sensors', 'Add Account +', 'Mimecast'] as const;
const OLDER_PORTAL_PATH = ['Telemetry Management', 'Connected Accounts', 'Add Account'] as const;
export const OLDER_PORTAL_NOTE = `Older portal generations: ${OLDER_PORTAL_PATH.join(' > ')}, Account Type “Cloud Detection and Response”.`;

/** Where the Mimecast tenant's API lives, in the portal's terms. */
export interface RegionInfo {
  label: string;
  baseUrl: string;
}

export function regionFor(baseUrl: string | undefined): RegionInfo {
  const url = baseUrl ?? DEFAULT_BASE_URL;
  const choice = choiceFor(url);
  return { label: choice.kind === 'custom' ? 'Custom gateway' : gateways[choice.kind].label, baseUrl: url };
}

const ACCOUNT_NAME_MAX = 64;

/**
 * A unique, descriptive Account Name for the portal: vendor, API version, tenant and date, so a second tenant or a
 * later re-onboarding never collides with the first. Example: "Mimecast API 2.0 - Contoso - 2026-11-25".
 * It is pasted into the portal, so a control character saved in an old profile name is left out, not carried along,
 * and a long name is cut between graphemes (an emoji is kept whole or dropped, never halved into "�").
 */
export function suggestAccountName(profileName: string, region: RegionInfo, today: Date): string {
  const date = today.toISOString().slice(0, 10);
  const regionPart = region.label.startsWith('Global') || region.label === 'Custom gateway' ? '' : ` ${region.label.replace('United States', 'US').replace('United Kingdom', 'UK')}`;
  const suffix = `${regionPart} - ${date}`;
  const head = 'Mimecast API 2.0 - ';
  const room = ACCOUNT_NAME_MAX - head.length - suffix.length;
  const tenant = cutAtGrapheme(cleanServerText(profileName), Math.max(1, room)).trimEnd();
  return `${head}${tenant}${suffix}`;
}

/** The steps of the portal walkthrough, in order: each one is a thing the admin does in the portal. */
export function portalSteps(accountName: string, region: RegionInfo, credentialExpiry: string | null): string[] {
  return [
    'Sign in to the Arctic Wolf Unified Portal as an Administrator (a primary or secondary contact).',
    `Go to ${PORTAL_PATH.join(' > ')}.`,
    `Account Name: ${accountName}`,
    'Client ID: press “Copy Client ID” and paste it.',
    'Client Secret: press “Copy Client Secret” and paste it (the clipboard is cleared after 30 seconds).',
    `Region / host, where the form asks: ${region.label} (${region.baseUrl}).`,
    credentialExpiry ? `Credential Expiry: ${credentialExpiry}.` : 'Credential Expiry: leave empty unless your organisation sets one (optional).',
    'Click “Test and submit credentials”, then record below the state the portal shows.',
  ];
}
