// `npm start`: make sure Electron's binary is there (Electron 45 downloads it lazily), then build and run the app
// with electron-vite exactly as before (`electron-vite preview`; extra arguments such as --skipBuild pass through).
// When the binary cannot be downloaded it prints one paragraph saying why and what to do, and exits 1.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ensureElectronBinary } from './start/electron-binary.ts';

const root = join(import.meta.dirname, '..');
const resolveFromRoot = createRequire(join(root, 'package.json')).resolve;

// electron-vite takes the executable from ELECTRON_EXEC_PATH: one set by the user wins, else the binary checked here.
let executable = process.env.ELECTRON_EXEC_PATH;
if (!executable) {
  const binary = ensureElectronBinary({
    electronDir: dirname(resolveFromRoot('electron/package.json')),
    env: process.env,
    onDownload: (text) => console.log(text),
  });
  if (!binary.ok) {
    console.error(`\n${binary.message}\n`);
    process.exit(1);
  }
  executable = binary.executable;
}

const electronVite = join(dirname(resolveFromRoot('electron-vite/package.json')), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [electronVite, 'preview', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: executable },
});
// Ctrl-C reaches electron-vite and Electron through the terminal: wait for them to end rather than dying first.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
