import { AppError } from '../../../shared/errors.ts';
import type { UpdateChannel, UpdateStatus } from '../../../shared/updates/update-status.ts';
import type { Logger } from '../logging/logger.ts';
import { classifyDownloadFailure } from './download-failure.ts';
import { fetchFeedFiles, type FeedClientOptions } from './feed-client.ts';
import { metadataFileName, signatureFileName } from './feed-files.ts';
import type { UpdatePolicy } from './policy/update-policy.ts';
import { decideRelease } from './release-decision.ts';
import { releaseKey, verifySignedMetadata, type UpdateInfo } from './signed-metadata.ts';

/** A release whose metadata passed the signature check: the only thing the download engine is ever given. */
export interface VerifiedRelease {
  info: UpdateInfo;
  /** The feed the metadata came from: the files it names are resolved against it. */
  feedUrl: string;
  metadataFile: string;
}

/**
 * The download and install half (electron-updater in the app): downloads the files the verified metadata names,
 * checks their SHA-512 (and the OS's code signature), and installs on quit. Absent in the CLI and most tests.
 */
export interface UpdateEngine {
  download(release: VerifiedRelease): Promise<void>;
  /** Quits and installs the downloaded update now (only ever at the admin's request). */
  restartAndInstall(): void;
}

export interface UpdatesServiceDeps {
  installedVersion: string;
  platform: string;
  arch: string;
  /** The machine policy, read once at start. */
  policy: Promise<UpdatePolicy>;
  /** The feed this build was made with (the release pipeline sets it), or null. */
  builtInFeedUrl: string | null;
  /** The release key's public half (PEM). */
  publicKey: string;
  feed?: FeedClientOptions;
  engine?: UpdateEngine;
  /** What is running that a restart would break (a verification, a hand-off), or null. */
  busy?: () => string | null;
  logger: Logger;
  now?: () => Date;
  onChange?: (status: UpdateStatus) => void;
}

export interface UpdatesService {
  status(): Promise<UpdateStatus>;
  /** Checks the feed now; answers once decided (an offered update then downloads in the background). */
  check(): Promise<UpdateStatus>;
  /** Installs a downloaded update now; throws AppError unless one is ready and nothing is running. */
  restart(): Promise<void>;
  /** Checks shortly after start and then every `intervalMs` (the app); `stop` ends it. */
  start(options?: { firstDelayMs?: number; intervalMs?: number }): void;
  stop(): void;
}

const FIRST_CHECK_DELAY_MS = 30_000;
const CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;

export function createUpdatesService(deps: UpdatesServiceDeps): UpdatesService {
  const now = deps.now ?? (() => new Date());
  const key = releaseKey(deps.publicKey);
  // A policy store that was ignored (a file others can write) or keys the app does not know: said once, in the log.
  void deps.policy.then((policy) => {
    for (const notice of policy.notices) deps.logger.warn(notice);
  });
  let status: UpdateStatus | undefined;
  let checking: Promise<UpdateStatus> | undefined;
  let downloaded: string | null = null;
  let timers: ReturnType<typeof setTimeout>[] = [];

  const set = (next: UpdateStatus): UpdateStatus => {
    status = next;
    deps.onChange?.(next);
    return next;
  };

  const base = async (): Promise<{ policy: UpdatePolicy; channel: UpdateChannel; feedUrl: string | null }> => {
    const policy = await deps.policy;
    return { policy, channel: policy.channel ?? 'stable', feedUrl: policy.updateUrl ?? deps.builtInFeedUrl };
  };

  /** The state before any check: what the policy and the build allow. */
  const initial = async (): Promise<UpdateStatus> => {
    const { policy, channel, feedUrl } = await base();
    const common = { managed: policy.managed, channel, checkedAt: null, version: null };
    if (policy.disabledReason) return { ...common, state: 'disabled-by-policy', reason: policy.disabledReason };
    if (!feedUrl) return { ...common, state: 'not-configured', reason: 'This build has no update address. Your organisation can set one (UpdateUrl), or install new versions from the release page.' };
    return { ...common, state: 'idle', reason: null };
  };

  const download = (engine: UpdateEngine, release: VerifiedRelease, shown: UpdateStatus): void => {
    set({ ...shown, state: 'downloading' });
    engine.download(release).then(
      () => {
        downloaded = release.info.version;
        deps.logger.info('update downloaded; it installs when the app quits', { version: release.info.version });
        set({ ...shown, state: 'ready' });
      },
      (error: unknown) => {
        const failure = classifyDownloadFailure(error);
        deps.logger.warn(failure.kind === 'refused' ? 'update refused' : 'update download failed', { version: release.info.version, reason: failure.reason });
        set({ ...shown, state: failure.kind, reason: failure.reason });
      },
    );
  };

  const runCheck = async (): Promise<UpdateStatus> => {
    const start = await initial();
    if (start.state === 'disabled-by-policy' || start.state === 'not-configured') return set(start);
    if (status?.state === 'downloading' || status?.state === 'ready') return status;
    const { channel, feedUrl } = await base();
    set({ ...start, state: 'checking', checkedAt: status?.checkedAt ?? null });
    const metadataFile = metadataFileName(channel, deps.platform, deps.arch);
    const fetched = await fetchFeedFiles(feedUrl as string, metadataFile, signatureFileName(metadataFile), deps.feed);
    const checkedAt = now().toISOString();
    const done = { ...start, checkedAt };
    if (!fetched.ok) {
      deps.logger.warn('update check failed', { code: fetched.code, reason: fetched.reason });
      return set({ ...done, state: 'error', reason: `The update check did not reach the feed: ${fetched.reason}` });
    }
    const verdict = verifySignedMetadata(fetched.files.metadata, fetched.files.signature, key, metadataFile);
    if (!verdict.ok) {
      deps.logger.warn('update refused', { reason: verdict.reason, feed: feedUrl });
      return set({ ...done, state: 'refused', reason: verdict.reason });
    }
    const decision = decideRelease(deps.installedVersion, verdict.info, channel);
    if (decision.kind === 'up-to-date') return set({ ...done, state: 'up-to-date', version: null });
    if (decision.kind === 'refuse') {
      deps.logger.warn('update refused', { version: decision.version, reason: decision.reason });
      return set({ ...done, state: 'refused', version: decision.version, reason: decision.reason });
    }
    const offered: UpdateStatus = { ...done, state: 'available', version: decision.version };
    deps.logger.info('update offered', { version: decision.version, feed: feedUrl });
    if (!deps.engine) return set(offered);
    download(deps.engine, { info: verdict.info, feedUrl: feedUrl as string, metadataFile }, offered);
    return status as UpdateStatus;
  };

  const service: UpdatesService = {
    async status() {
      return status ?? set(await initial());
    },
    check() {
      checking ??= runCheck().finally(() => {
        checking = undefined;
      });
      return checking;
    },
    restart() {
      if (status?.state !== 'ready' || !downloaded || !deps.engine) return Promise.reject(new AppError('update-not-ready', 'No update has been downloaded yet: there is nothing to install.'));
      const running = deps.busy?.();
      if (running) return Promise.reject(new AppError('update-busy', `Restart after ${running} has finished: restarting now would interrupt it. The update also installs when you quit the app.`));
      deps.logger.info('restarting to install the update', { version: downloaded });
      deps.engine.restartAndInstall();
      return Promise.resolve();
    },
    start({ firstDelayMs = FIRST_CHECK_DELAY_MS, intervalMs = CHECK_INTERVAL_MS } = {}) {
      const tick = (delay: number): void => {
        const timer = setTimeout(() => {
          void service.check().finally(() => tick(intervalMs));
        }, delay);
        timer.unref?.();
        timers = [timer];
      };
      tick(firstDelayMs);
    },
    stop() {
      for (const timer of timers) clearTimeout(timer);
      timers = [];
    },
  };
  return service;
}
