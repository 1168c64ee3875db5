import { permissionCount } from '../verification/checks.ts';

/**
 * The guided credential refresh, in order: new credentials in Mimecast, captured and verified in the app, then
 * replaced in the Unified Portal. Plain text so the widget, the notification and the report can all show it.
 */
export interface RefreshStep {
  id: string;
  where: 'mimecast' | 'app' | 'arctic-wolf';
  text: string;
}

export const refreshSteps: readonly RefreshStep[] = [
  { id: 'generate', where: 'mimecast', text: 'Mimecast Administration Console: open the Arctic Wolf application > Manage API 2.0 credentials > Generate.' },
  { id: 'capture', where: 'app', text: 'Capture the new Client ID and Client Secret here (step “Capture the keys”) the moment Mimecast shows them.' },
  { id: 'verify', where: 'app', text: `Verify the new credentials here: the token and all ${permissionCount} permissions must pass.` },
  { id: 'portal-open', where: 'arctic-wolf', text: 'Unified Portal: Data Collection > Cloud Sensors > the Mimecast account > View Account > Edit Information.' },
  { id: 'portal-secret', where: 'arctic-wolf', text: 'Clear “Use existing value” on the Client Secret field and paste the new value (and the new Client ID if it changed).' },
  { id: 'portal-expiry', where: 'arctic-wolf', text: 'Update Credential Expiry, then click Save Changes.' },
];

/** Arctic Wolf can fetch only the previous 12 hours once refreshed credentials arrive. */
export const REFRESH_WINDOW_MS = 12 * 60 * 60 * 1000;
