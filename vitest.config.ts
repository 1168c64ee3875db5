import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // Guard: a stray require('electron') must never start the Electron binary download.
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' },
    restoreMocks: true,
    // Many tests start Node processes (the CLI, the scanner, npm): on a busy shared 2-core machine those take well
    // over the 5 s default. A timeout only catches hangs; speed is measured by `npm run bench`, never asserted here.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/unit/**/*.test.ts'], exclude: ['test/unit/**/*.processes.test.ts', 'test/unit/**/*.packaging.test.ts'] },
      },
      // Packs the built app with electron-builder (a stand-in Electron binary): a step of its own after the build.
      {
        extends: true,
        test: { name: 'packaging', environment: 'node', include: ['test/unit/**/*.packaging.test.ts'] },
      },
      // Tests that start many real CLI processes at once: a step of their own in `npm test`, one file at a time.
      {
        extends: true,
        test: { name: 'processes', environment: 'node', include: ['test/unit/**/*.processes.test.ts'], fileParallelism: false },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.tsx'],
          setupFiles: ['test/helpers/dom-setup.ts'],
        },
      },
    ],
  },
});
