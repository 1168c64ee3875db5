import type { StepId } from '../checklist/step-ids.ts';
import type { CheckId } from './report.ts';

/**
 * What each probe proves, named the way the Mimecast console names the role permission. This is the one list of
 * permission names: the role step's ticks, the verification rows, the completion report and the CLI all read it, so
 * they agree word for word with each other and with the console ("Account Menu > Logs > Read").
 */
export interface CheckInfo {
  id: CheckId;
  /** Console wording of the role's Application Permission. */
  permission: string;
  /** The log the permission opens, for row labels. */
  label: string;
  endpoint: string;
  /** Part of the Targeted Threat Protection licence (a missing licence refuses all three). */
  ttp: boolean;
}

export const checkCatalog: Record<CheckId, CheckInfo> = {
  'audit-events': {
    id: 'audit-events',
    permission: 'Account Menu > Logs > Read',
    label: 'Audit events',
    endpoint: '/api/audit/get-audit-events',
    ttp: false,
  },
  'attachment-protection': {
    id: 'attachment-protection',
    permission: 'Monitoring Menu > Attachment Protection > Read',
    label: 'Attachment Protection logs',
    endpoint: '/api/ttp/attachment/get-logs',
    ttp: true,
  },
  'impersonation-protection': {
    id: 'impersonation-protection',
    permission: 'Monitoring Menu > Impersonation Protection Logs > Read',
    label: 'Impersonation Protection logs',
    endpoint: '/api/ttp/impersonation/get-logs',
    ttp: true,
  },
  'url-protection': {
    id: 'url-protection',
    permission: 'Monitoring Menu > URL Protection > Read',
    label: 'URL Protection logs',
    endpoint: '/api/ttp/url/get-logs',
    ttp: true,
  },
};

/** The four permissions in the order the role step lists them (the report's order too). */
export const rolePermissions: readonly CheckInfo[] = [
  checkCatalog['audit-events'],
  checkCatalog['attachment-protection'],
  checkCatalog['impersonation-protection'],
  checkCatalog['url-protection'],
];

/** Where a failed token request is fixed: the keys were copied wrong or must be generated again. */
export const tokenFixStep: StepId = 'capture-keys';
