import semver from 'semver';
import type { UpdateChannel } from '../../../shared/updates/update-status.ts';
import type { UpdateInfo } from './signed-metadata.ts';

/** What a verified feed's release means for the running app. */
export type ReleaseDecision =
  | { kind: 'offer'; version: string }
  | { kind: 'up-to-date'; version: string }
  | { kind: 'refuse'; version: string; reason: string };

/**
 * Newer is offered; the same version is up to date; an older one is a downgrade and refused (an attacker who can
 * replay an old signed feed must not roll the app back to a version with a known flaw). A pre-release is offered on
 * the beta channel only.
 */
export function decideRelease(installed: string, info: UpdateInfo, channel: UpdateChannel): ReleaseDecision {
  const offered = semver.valid(info.version);
  if (!offered) return { kind: 'refuse', version: info.version, reason: `The feed's version "${info.version}" is not a version number: nothing was downloaded.` };
  if (semver.prerelease(offered) && channel === 'stable') {
    return { kind: 'refuse', version: offered, reason: `The stable feed offers a pre-release (${offered}): it is offered on the beta channel only.` };
  }
  const cmp = semver.compare(offered, installed);
  if (cmp === 0) return { kind: 'up-to-date', version: offered };
  if (cmp < 0) {
    return { kind: 'refuse', version: offered, reason: `The feed offers ${offered}, older than the installed ${installed}: a downgrade is never installed.` };
  }
  return { kind: 'offer', version: offered };
}
