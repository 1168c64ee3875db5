import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name Electron derives `app.getPath('userData')` from; the CLI must land in the same folder. */
export const PRODUCT_NAME = 'Mimecast Arctic Wolf Assistant';

/** The app's user-data folder as Electron computes it, so the CLI and the app share profiles by default. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}
