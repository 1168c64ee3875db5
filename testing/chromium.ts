import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * How every tool here starts Chromium (tests, screenshots, icons, benchmarks): Debian's build where it exists, since
 * Playwright's own download cannot work offline; Playwright's bundled browser elsewhere. Background networking is off
 * because a closed network refuses those connections many at a time; `--no-sandbox` because CI runs as root.
 */
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => Boolean(path && existsSync(path)),
);

export const chromiumLaunchOptions: LaunchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
};
