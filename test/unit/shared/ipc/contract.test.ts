import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type ChannelName } from '../../../../shared/ipc/contract.ts';

/**
 * The channels that act on no one profile: the app itself, the network settings, the profile list and the tenants
 * view (all profiles at once), and where this machine keeps secrets. Every other channel names its profile.
 */
const appWide = new Set<ChannelName>([
  'app.info',
  'app.openExternal',
  'network.status',
  'updates.status',
  'updates.check',
  'updates.restart',
  'network.save',
  'profiles.list',
  'profiles.create',
  'tenants.overview',
  'tenants.verifyAll',
  'tenants.cancel',
  'credentials.storeInfo',
]);

const channels = Object.keys(contract) as ChannelName[];
const requestFields = (channel: ChannelName): Record<string, z.ZodType> =>
  contract[channel].request instanceof z.ZodObject ? (contract[channel].request as z.ZodObject).shape : {};

describe('the IPC contract', () => {
  it('has every channel that acts on a profile require its profileId, and refuse an unknown one by code', () => {
    const named = channels.filter((channel) => !appWide.has(channel));
    expect(named.length).toBeGreaterThan(30);
    for (const channel of named) {
      expect(Object.keys(requestFields(channel)), channel).toContain('profileId');
      // Required: a request that does not say which profile it is for is refused, never applied to the active one.
      expect(requestFields(channel).profileId!.safeParse(undefined).success, channel).toBe(false);
      expect(contract[channel].errors, channel).toContain('profile-not-found');
    }
  });

  it('keeps profileId out of the app-wide channels', () => {
    for (const channel of appWide) expect(Object.keys(requestFields(channel)), channel).not.toContain('profileId');
  });
});
