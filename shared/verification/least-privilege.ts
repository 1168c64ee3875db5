import { z } from 'zod';

/**
 * The least-privilege probes: read-only Mimecast API 2.0 endpoints outside the four permissions Arctic Wolf needs.
 * Each is called once per verification, in the same parallel round as the four log probes, and must be refused; one
 * that answers with data proves the role holds a permission it should not, and names it. Only read endpoints are
 * listed: nothing here can change the account. Adding an entry here adds the probe everywhere (client, fake API,
 * CLI, panel, report).
 */
export const leastPrivilegeProbeIds = ['dlp-logs', 'account-details'] as const;
export const leastPrivilegeProbeIdSchema = z.enum(leastPrivilegeProbeIds);
export type LeastPrivilegeProbeId = z.infer<typeof leastPrivilegeProbeIdSchema>;

export interface LeastPrivilegeProbeInfo {
  id: LeastPrivilegeProbeId;
  /** The permission that opens the endpoint, in console wording: the one to clear when the probe is not refused. */
  permission: string;
  /** What the endpoint reads, for row labels. */
  label: string;
  endpoint: string;
  /** Why this endpoint: what a role broader than needed typically includes. */
  why: string;
}

export const leastPrivilegeCatalog: Record<LeastPrivilegeProbeId, LeastPrivilegeProbeInfo> = {
  'dlp-logs': {
    id: 'dlp-logs',
    permission: 'Monitoring Menu > Data Leak Prevention > Read',
    label: 'Data Leak Prevention logs',
    endpoint: '/api/dlp/get-logs',
    why: 'another Monitoring log, the neighbour of the three Arctic Wolf needs: ticked when a whole menu is selected',
  },
  'account-details': {
    id: 'account-details',
    permission: 'Account Menu > Dashboard > Read',
    label: 'Account details',
    endpoint: '/api/account/get-account',
    why: 'an Account read, included in broad roles such as Basic Administrator',
  },
};
