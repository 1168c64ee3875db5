/**
 * Renders every illustration scene (scripts/screenshots/scenes.ts reads them from build/screens/, each console
 * variant of a scene as its own picture) to renderer/public/screens/<name>.png and, in the dark theme, to
 * <name>.dark.png with Chromium (scene.css has the dark rules under prefers-color-scheme: dark; the app shows the
 * rendering that matches the window's theme). The checklist steps name these files; a unit test fails when one is
 * missing. Run with `npm run screenshots` after changing a scene (`npm run screenshots -- name …` for some: a scene
 * file's name renders all its variants, a picture's name that one).
 *
 * The console around a scene (top bar and menu) is the shared build/screens/chrome/<chrome>.html, with the menu entry
 * named by `active` marked and `toggle` shown in the top bar; scenes.ts puts page, chrome and scene together (with
 * build/screens/scene.css) before rendering.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../testing/chromium.ts';
import { assemblePage, readScenes, scenesDir } from './screenshots/scenes.ts';

const root = join(import.meta.dirname, '..');
const chromeDir = join(scenesDir, 'chrome');
const outDir = join(root, 'renderer', 'public', 'screens');

/** Each scene in both themes; the renderer picks `<name>.dark.png` with a `prefers-color-scheme: dark` source. */
const themes = [
  { scheme: 'light', suffix: '' },
  { scheme: 'dark', suffix: '.dark' },
] as const;

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const scenes = readScenes().filter((scene) => only.length === 0 || only.includes(scene.name) || only.includes(scene.file));
  mkdirSync(outDir, { recursive: true });
  const pagesDir = mkdtempSync(join(tmpdir(), 'aw-screens-'));
  const stylesheetHref = pathToFileURL(join(scenesDir, 'scene.css')).href;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    // Scale 1 keeps each PNG small; the app shows them at most about 860 px wide.
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 1 });
    for (const scene of scenes) {
      const { name } = scene;
      const pagePath = join(pagesDir, `${name}.html`);
      writeFileSync(pagePath, assemblePage(scene, chromeDir, stylesheetHref));
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
