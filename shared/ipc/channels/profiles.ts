import { z } from 'zod';
import { defineChannel } from '../define.ts';
import { profileIdSchema, profileNameSchema, profilesStateSchema } from '../../domain/profile.ts';

const state = profilesStateSchema;

export const profileChannels = {
  'profiles.list': defineChannel({ request: z.void(), response: state, errors: [] }),
  'profiles.create': defineChannel({
    request: z.object({ name: profileNameSchema }),
    response: state,
    errors: ['profile-name-taken', 'profile-name-invalid'],
  }),
  'profiles.rename': defineChannel({
    request: z.object({ profileId: profileIdSchema, name: profileNameSchema }),
    response: state,
    errors: ['profile-not-found', 'profile-name-taken', 'profile-name-invalid'],
  }),
  'profiles.switch': defineChannel({
    request: z.object({ profileId: profileIdSchema }),
    response: state,
    errors: ['profile-not-found'],
  }),
  'profiles.delete': defineChannel({
    request: z.object({ profileId: profileIdSchema }),
    response: state,
    errors: ['profile-not-found', 'last-profile'],
  }),
} as const;
