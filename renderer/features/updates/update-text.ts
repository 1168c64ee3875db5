import type { UpdateStatus } from '../../../shared/updates/update-status.ts';

/** One line for each updater state, as the About panel shows it (the reason, when there is one, follows it). */
export function updateStateText(status: UpdateStatus): string {
  switch (status.state) {
    case 'disabled-by-policy':
      return 'Updates are turned off on this computer.';
    case 'not-configured':
      return 'This copy has no update address.';
    case 'idle':
      return 'Not checked yet.';
    case 'checking':
      return 'Checking for updates…';
    case 'up-to-date':
      return 'This is the latest version.';
    case 'available':
      return `Version ${status.version ?? ''} is available.`;
    case 'downloading':
      return `Downloading version ${status.version ?? ''} in the background…`;
    case 'ready':
      return `Version ${status.version ?? ''} is ready: it installs when you quit the app.`;
    case 'refused':
      return `An update${status.version ? ` (${status.version})` : ''} was refused and nothing was installed.`;
    case 'error':
      return 'The last check did not work.';
  }
}
