import type { z } from 'zod';
import { appChannels } from './channels/app.ts';
import { profileChannels } from './channels/profiles.ts';
import { credentialChannels } from './channels/credentials.ts';
import { progressChannels } from './channels/progress.ts';
import { evidenceChannels } from './channels/evidence.ts';
import { ipRangesChannels } from './channels/ip-ranges.ts';
import { verificationChannels } from './channels/verification.ts';
import { tenantsChannels } from './channels/tenants.ts';
import { networkChannels } from './channels/network.ts';
import { recheckChannels } from './channels/recheck.ts';
import { handoffChannels } from './channels/handoff.ts';
import { lifecycleChannels } from './channels/lifecycle.ts';
import { reportChannels } from './channels/report.ts';
import { updatesChannels } from './channels/updates.ts';
import { appEvents } from './events.ts';
import type { Result } from './result.ts';

/**
 * The single IPC contract. The main process's router, the preload's `window.assistant` and the renderer's types
 * are all derived from this map: adding an operation means one entry in a `channels/*.ts` file and one handler.
 */
export const contract = {
  ...appChannels,
  ...handoffChannels,
  ...lifecycleChannels,
  ...reportChannels,
  ...profileChannels,
  ...ipRangesChannels,
  ...progressChannels,
  ...evidenceChannels,
  ...credentialChannels,
  ...verificationChannels,
  ...tenantsChannels,
  ...networkChannels,
  ...recheckChannels,
  ...updatesChannels,
} as const;

export const events = appEvents;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Contract[C]['response']>;

export type EventName = keyof typeof events;
export type EventPayloadOf<E extends EventName> = z.output<(typeof events)[E]['payload']>;

export const channelNames = Object.keys(contract) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

/** IPC channel names on the wire are prefixed so they can never collide with Electron's own. */
export const wireChannel = (name: string): string => `assistant:${name}`;

type Namespace<C> = C extends `${infer NS}.${string}` ? NS : never;
type Operation<C, NS extends string> = C extends `${NS}.${infer Op}` ? Op : never;
type Args<C extends ChannelName> = RequestOf<C> extends void | undefined ? [] : [request: RequestOf<C>];

/** The shape of `window.assistant`: `assistant.profiles.create({ name })` for channel `profiles.create`. */
export type AssistantApi = {
  readonly [NS in Namespace<ChannelName>]: {
    readonly [C in ChannelName as Operation<C, NS>]: (...args: Args<C>) => Promise<Result<ResponseOf<C>>>;
  };
} & {
  /** Subscribe to a push from the main process; returns the unsubscribe function. */
  readonly on: <E extends EventName>(event: E, listener: (payload: EventPayloadOf<E>) => void) => () => void;
};
