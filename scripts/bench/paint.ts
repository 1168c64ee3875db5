// Budget 2: first meaningful paint and time to interactive of the built renderer in headless Chromium, against a
// blank page loaded the same way in the same run.
//
// Both pages come from one loopback HTTP server answering through the app's own protocol handler (same files, same
// CSP and headers as app://), in a fresh browser context per load (cold cache), with the same init scripts. The app
// gets its real bridge: the built preload runs in the page against a stand-in `electron` whose invoke goes through a
// Playwright binding to the real services (conf stores on a temp folder) — so start-up IPC is part of the figure.
//
// Per load, measured from navigation start:
// - FCP: the browser's first-contentful-paint entry;
// - meaningful paint: the frame after the marker element (the checklist's step list; the blank page's paragraph)
//   entered the DOM, taken as the later of that and FCP;
// - interactive: the later of meaningful paint, DOMContentLoaded's end and the end of the last long task, once the
//   main thread has been free of long tasks for QUIET_MS.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../../testing/chromium.ts';
import { preloadInPageScript } from '../../testing/preload-in-page.ts';
import { createAppProtocolHandler, securityHeaders } from '../../electron/main/protocol.ts';
import type { Services } from '../../electron/services/compose.ts';
import { nodeServices } from '../../testing/services.ts';
import { median } from './figures.ts';

const APP_MARKER = 'nav[aria-label="Checklist steps"] li';
const BLANK_MARKER = '#blank';
const QUIET_MS = 500;
const BLANK_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head>' +
  '<body><p id="blank">Blank page</p></body></html>';

export interface Load {
  fcp: number;
  meaningfulPaint: number;
  interactive: number;
}

export interface PaintResult {
  runs: number;
  app: Load;
  blank: Load;
  appLoads: Load[];
  blankLoads: Load[];
}

/** Runs in the page before its own scripts: records paint, long tasks and when the marker was first painted. */
function metricsScript(marker: string): string {
  return `(() => {
    const m = { fcp: null, markerPainted: null, longTaskEnd: 0 };
    Object.defineProperty(window, '__bench', { value: m });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) m.longTaskEnd = Math.max(m.longTaskEnd, e.startTime + e.duration);
    }).observe({ type: 'longtask', buffered: true });
    let seen = false;
    const look = () => {
      if (seen || !document.querySelector(${JSON.stringify(marker)})) return;
      seen = true;
      // The frame that shows the marker is produced after this task; the task after that frame marks it painted.
      requestAnimationFrame(() => setTimeout(() => { m.markerPainted = performance.now(); }, 0));
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true });
  })();`;
}

/** The built preload, run against a stand-in `electron` whose ipcRenderer talks to the __benchInvoke binding. */
async function serve(rendererDir: string): Promise<{ server: Server; origin: string }> {
  const handler = createAppProtocolHandler(rendererDir);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const respond = async (): Promise<void> => {
      if (path === '/__blank.html') {
        res.writeHead(200, securityHeaders('text/html; charset=utf-8')).end(BLANK_HTML);
        return;
      }
      const response = await handler(new Request(new URL(path, 'http://127.0.0.1')));
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
      res.end(Buffer.from(await response.arrayBuffer()));
    };
    respond().catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no loopback port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

async function load(browser: Browser, url: string, marker: string, init: { bridge: string; services: Services }): Promise<Load> {
  const context = await browser.newContext();
  try {
    await context.exposeBinding('__benchInvoke', (_source, wire: string, payload: unknown) =>
      init.services.router.dispatch(wire.replace(/^assistant:/, ''), payload));
    await context.addInitScript({ content: init.bridge });
    await context.addInitScript({ content: metricsScript(marker) });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      (quietMs) => {
        const m = (window as unknown as { __bench: { fcp: number | null; markerPainted: number | null; longTaskEnd: number } }).__bench;
        return m.fcp !== null && m.markerPainted !== null && performance.now() - Math.max(m.markerPainted, m.longTaskEnd) >= quietMs;
      },
      QUIET_MS,
      { polling: 50, timeout: 15_000 },
    ).catch((error: unknown) => {
      // Say why: a renderer that throws on start never shows its step list.
      const why = pageErrors.length > 0 ? `page errors: ${pageErrors.join(' | ')}` : String(error);
      throw new Error(`${url} never showed ${marker} (${why})`);
    });
    return await page.evaluate(() => {
      const m = (window as unknown as { __bench: { fcp: number; markerPainted: number; longTaskEnd: number } }).__bench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const meaningfulPaint = Math.max(m.fcp, m.markerPainted);
      return { fcp: m.fcp, meaningfulPaint, interactive: Math.max(meaningfulPaint, nav.domContentLoadedEventEnd, m.longTaskEnd) };
    });
  } finally {
    await context.close();
  }
}

function medianLoad(loads: readonly Load[]): Load {
  return {
    fcp: median(loads.map((l) => l.fcp)),
    meaningfulPaint: median(loads.map((l) => l.meaningfulPaint)),
    interactive: median(loads.map((l) => l.interactive)),
  };
}

export async function measurePaint(outDir: string, runs: number): Promise<PaintResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aw-bench-paint-'));
  const { server, origin } = await serve(join(outDir, 'renderer'));
  // Chromium writes caches and crash reports under HOME/XDG folders: keep them out of the user's home.
  const home = join(dataDir, 'home');
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
  });
  try {
    const services = nodeServices({ dataDir });
    const init = { bridge: preloadInPageScript(readFileSync(join(outDir, 'preload/index.cjs'), 'utf8'), '__benchInvoke'), services };
    const app = () => load(browser, `${origin}/index.html`, APP_MARKER, init);
    const blank = () => load(browser, `${origin}/__blank.html`, BLANK_MARKER, init);
    // One unmeasured load of each first: Chromium's first page pays for process and cache start-up.
    await blank();
    await app();
    const appLoads: Load[] = [];
    const blankLoads: Load[] = [];
    for (let run = 0; run < runs; run += 1) {
      // Alternate the order so neither page always follows the other.
      if (run % 2 === 0) {
        blankLoads.push(await blank());
        appLoads.push(await app());
      } else {
        appLoads.push(await app());
        blankLoads.push(await blank());
      }
    }
    return { runs, app: medianLoad(appLoads), blank: medianLoad(blankLoads), appLoads, blankLoads };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
