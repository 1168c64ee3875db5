import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // Guard: a stray require('electron') must never start the Electron binary download.
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' },
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/unit/**/*.test.ts'] },
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
