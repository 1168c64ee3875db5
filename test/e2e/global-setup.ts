import { execFileSync } from 'node:child_process';

/** Builds main, preload and renderer once, unless `npm test` already did (it sets E2E_SKIP_BUILD). */
export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' });
}
