import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { wireChannel } from '../shared/ipc/contract.ts';
import type { Result } from '../shared/ipc/result.ts';
import { createAppProtocolHandler } from '../electron/main/protocol.ts';
import { createServices, type Adapters, type Services } from '../electron/services/compose.ts';
import { fileSink } from '../electron/services/logging/logger.ts';
import { openConfStore } from '../electron/services/settings/conf-store.ts';
import { preloadInPageScript } from './preload-in-page.ts';

/**
 * Runs the real built renderer in Chromium with the real router and services in this process (an end-to-end test's,
 * or a script's that takes pictures of the app). In place
 * of Electron's IPC, a Playwright binding carries each call; the built preload itself is run in the page against a
 * stand-in `electron` module, so the bridge code under test is the one the app ships.
 */
const APP_ORIGIN = 'http://assistant.test';
const OUT = join(import.meta.dirname, '../out');

export interface RecordedCall {
  channel: string;
  payload: unknown;
  result: Result<unknown>;
}

export interface AppHarness {
  readonly dataDir: string;
  readonly page: Page;
  readonly services: Services;
  /** Every IPC call and its answer since the harness started (across restarts). */
  readonly calls: RecordedCall[];
  /** Links the app asked the OS to open. */
  readonly openedUrls: string[];
  /** Opens the app (the first time) on a fresh page. */
  open(): Promise<Page>;
  /** Quits and starts again on the same data folder: new services, new page. */
  restart(): Promise<Page>;
}

/** Serves out/renderer at APP_ORIGIN through the app's own protocol handler (same files, same CSP header). */
async function serveRenderer(context: BrowserContext): Promise<void> {
  const handler = createAppProtocolHandler(join(OUT, 'renderer'));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${APP_ORIGIN}/`)) return route.abort('blockedbyclient');
    const response = await handler(new Request(url));
    return route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
}

export async function createHarness(context: BrowserContext, overrides: Partial<Adapters> = {}): Promise<AppHarness & { dispose(): void }> {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'aw-e2e-'));
  const calls: RecordedCall[] = [];
  const openedUrls: string[] = [];
  let page: Page | undefined;
  let services: Services | undefined;

  const makeServices = (): Services =>
    createServices({
      dataDir,
      openStore: openConfStore,
      version: '0.0.0-e2e',
      platform: process.platform,
      logSinks: [fileSink(join(dataDir, 'logs', 'main.log'))],
      openExternal: (url) => {
        openedUrls.push(url);
        return Promise.resolve();
      },
      emit: (event, payload) => {
        void page?.evaluate(([channel, data]) => (window as unknown as { __assistantEmit(c: string, d: unknown): void }).__assistantEmit(channel, data), [wireChannel(event), payload] as const).catch(() => {});
      },
      ...overrides,
    });

  await serveRenderer(context);
  await context.exposeBinding('__assistantInvoke', async (_source, wire: string, payload: unknown) => {
    const channel = wire.replace(/^assistant:/, '');
    const result = await services!.router.dispatch(channel, payload);
    calls.push({ channel, payload, result });
    return result;
  });
  await context.addInitScript({ content: preloadInPageScript(readFileSync(join(OUT, 'preload/index.cjs'), 'utf8'), '__assistantInvoke') });

  const start = async (): Promise<Page> => {
    await page?.close();
    services = makeServices();
    page = await context.newPage();
    await page.goto(`${APP_ORIGIN}/index.html`);
    return page;
  };

  return {
    dataDir,
    calls,
    openedUrls,
    get page() {
      if (!page) throw new Error('Call open() first');
      return page;
    },
    get services() {
      if (!services) throw new Error('Call open() first');
      return services;
    },
    open: start,
    restart: start,
    dispose: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
