/**
 * Renders every HTML scene in build/screens/ to renderer/public/screens/<name>.png with Chromium. The checklist steps
 * name these files; a unit test fails when one is missing. Run with `npm run screenshots` after changing a scene.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const scenesDir = join(root, 'build', 'screens');
const outDir = join(root, 'renderer', 'public', 'screens');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const scenes = readdirSync(scenesDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/\.html$/, ''))
    .filter((name) => only.length === 0 || only.includes(name));
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    // Scale 1 keeps each PNG small; the app shows them at most about 860 px wide.
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 1 });
    for (const name of scenes) {
      await page.goto(pathToFileURL(join(scenesDir, `${name}.html`)).href);
      const target = join(outDir, `${name}.png`);
      await page.screenshot({ path: target, fullPage: true });
      console.log(`${name}.png  ${Math.round(statSync(target).size / 1024)} KB`);
    }
  } finally {
    await browser.close();
  }
}

await main();
