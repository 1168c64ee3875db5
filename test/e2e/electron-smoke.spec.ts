import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

// Finds an installed Electron binary WITHOUT requiring the `electron` package, whose first-run download would
// otherwise start (and, on a machine without internet, fail after a long wait).
function electronBinary(): string | undefined {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const packageDir = join(import.meta.dirname, '../../node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = override && existsSync(override) ? join(override, relative) : join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const reason = 'No Electron binary is installed here (node_modules/electron has no downloaded dist); the packaged shell is covered by unit tests against fakes.';

test('the real app starts sandboxed and shows the active profile', async () => {
  if (!binary) console.log(`electron smoke test skipped: ${reason}`);
  test.skip(!binary, reason);
  const app = await electron.launch({
    executablePath: binary!,
    args: [join(import.meta.dirname, '../..'), '--no-sandbox'],
    env: { ...process.env, XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'aw-electron-')) },
  });
  try {
    const window = await app.firstWindow();
    expect(window.url()).toBe('app://assistant/index.html');
    await expect(window.getByLabel('Profile', { exact: true })).toHaveValue('default');
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (window as unknown as { assistant: unknown }).assistant)).toBe('object');
  } finally {
    await app.close();
  }
});
