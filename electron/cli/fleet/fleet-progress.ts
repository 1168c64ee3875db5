import type { FleetTenantUpdate } from '../../services/fleet/fleet-service.ts';
import { plain, type Style } from '../style.ts';

/**
 * `fleet verify` at a terminal: a line on stderr as each tenant finishes (and when one backs off), so a long run is
 * never silent. Not used under --json or when stderr is not a terminal: a script reads the result alone.
 */
export function fleetProgress(write: (text: string) => void, nameOf: (profileId: string) => string, concurrency: number, style: Style = plain) {
  let announced = false;
  return (update: FleetTenantUpdate): void => {
    if (!announced) {
      announced = true;
      write(`Verifying ${update.total} ${update.total === 1 ? 'tenant' : 'tenants'}, ${Math.min(concurrency, update.total)} at a time…\n`);
    }
    const name = nameOf(update.profileId);
    if (update.state === 'waiting') {
      write(`        ${name}: Mimecast asked it to slow down; trying again in ${Math.ceil((update.waitMs ?? 0) / 1000)} s.\n`);
      return;
    }
    const result = update.result;
    if (!result || (update.state !== 'passed' && update.state !== 'failed' && update.state !== 'cancelled')) return;
    const count = `[${update.done}/${update.total}]`;
    const seconds = `(${(result.durationMs / 1000).toFixed(1)} s)`;
    if (result.ok) return write(`${count} ${name}: ${style.ok('passed')} ${seconds}\n`);
    const why = result.failedChecks.length > 0
      ? result.failedChecks.map((check) => (check === 'token' && result.error ? `token (${result.error.code})` : check)).join(', ')
      : (result.error?.code ?? 'failed');
    write(`${count} ${name}: ${style.bad(update.state === 'cancelled' ? 'cancelled' : 'FAILED')} ${why} ${seconds}\n`);
  };
}
