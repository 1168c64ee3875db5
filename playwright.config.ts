import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './testing/chromium.ts';

export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  // The longest journey (every checklist step, a restart) takes ~50 s alone and over 60 s while other suites run on
  // the same 2 cores: the timeout only catches hangs.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // `npm test` adds the JSON reporter to count tests (PLAYWRIGHT_JSON_OUTPUT_NAME names its file).
  reporter: process.env.PLAYWRIGHT_REPORTER_EXTRA === 'json' ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: 'http://assistant.test/',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
