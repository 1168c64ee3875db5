/**
 * Renders every HTML scene in build/screens/ to renderer/public/screens/<name>.png and, in the dark theme, to
 * <name>.dark.png with Chromium (scene.css has the dark rules under prefers-color-scheme: dark; the app shows the
 * rendering that matches the window's theme). The checklist steps name these files; a unit test fails when one is
 * missing. Run with `npm run screenshots` after changing a scene (`npm run screenshots -- name …` for some).
 *
 * A scene holds only its own content: a first line `<!-- scene title="…" chrome="…" [active="…"] [toggle="…"] -->`,
 * its `<div class="main">` block, and its caption. The console around it (top bar and menu) is the shared
 * build/screens/chrome/<chrome>.html, with the menu entry named by `active` marked and `toggle` shown in the top bar;
 * this script puts page, chrome and scene together (with build/screens/scene.css) before rendering.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../testing/chromium.ts';

const root = join(import.meta.dirname, '..');
const scenesDir = join(root, 'build', 'screens');
const chromeDir = join(scenesDir, 'chrome');
const outDir = join(root, 'renderer', 'public', 'screens');

/** Each scene in both themes; the renderer picks `<name>.dark.png` with a `prefers-color-scheme: dark` source. */
const themes = [
  { scheme: 'light', suffix: '' },
  { scheme: 'dark', suffix: '.dark' },
] as const;

const SCENE_HEADER = /^<!-- scene((?:\s+[a-z]+="[^"]*")+)\s*-->\n/;

/** The whole page for one scene: the shared head and chrome around the scene's own main block and caption. */
function assembleScene(name: string, text: string, stylesheetHref: string): string {
  const header = SCENE_HEADER.exec(text);
  if (!header) throw new Error(`${name}.html: the first line must be <!-- scene title="…" chrome="…" -->`);
  const attrs = new Map([...(header[1] ?? '').matchAll(/([a-z]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? ''] as const));
  const title = attrs.get('title');
  const chromeName = attrs.get('chrome');
  if (!title || !chromeName) throw new Error(`${name}.html: the scene line needs title="…" and chrome="…"`);
  let chrome = readFileSync(join(chromeDir, `${chromeName}.html`), 'utf8').trimEnd();
  const active = attrs.get('active');
  if (active !== undefined) {
    const entry = `<div class="sub">${active}</div>`;
    if (!chrome.includes(entry)) throw new Error(`${name}.html: the ${chromeName} menu has no entry “${active}”`);
    chrome = chrome.replace(entry, `<div class="sub active">${active}</div>`);
  }
  const toggle = attrs.get('toggle');
  if (toggle !== undefined) chrome = chrome.replace('<span class="user">', `<span class="toggle">${toggle}</span><span class="user">`);

  const body = text.slice(header[0].length);
  const captionAt = body.search(/^<div class="caption">/m);
  if (captionAt < 0) throw new Error(`${name}.html: no <div class="caption"> line`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><link rel="stylesheet" href="${stylesheetHref}"><title>${title}</title></head>`,
    '<body>',
    '<div class="frame">',
    chrome,
    body.slice(0, captionAt).trimEnd(),
    '</div>',
    body.slice(captionAt).trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const scenes = readdirSync(scenesDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/\.html$/, ''))
    .filter((name) => only.length === 0 || only.includes(name));
  mkdirSync(outDir, { recursive: true });
  const pagesDir = mkdtempSync(join(tmpdir(), 'aw-screens-'));
  const stylesheetHref = pathToFileURL(join(scenesDir, 'scene.css')).href;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    // Scale 1 keeps each PNG small; the app shows them at most about 860 px wide.
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 1 });
    for (const name of scenes) {
      const pagePath = join(pagesDir, `${name}.html`);
      writeFileSync(pagePath, assembleScene(name, readFileSync(join(scenesDir, `${name}.html`), 'utf8'), stylesheetHref));
      await page.goto(pathToFileURL(pagePath).href);
      for (const theme of themes) {
        await page.emulateMedia({ colorScheme: theme.scheme });
        const target = join(outDir, `${name}${theme.suffix}.png`);
        await page.screenshot({ path: target, fullPage: true });
        console.log(`${name}${theme.suffix}.png  ${Math.round(statSync(target).size / 1024)} KB`);
      }
    }
  } finally {
    await browser.close();
    rmSync(pagesDir, { recursive: true, force: true });
  }
}

await main();
