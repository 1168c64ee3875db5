import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensurePrivateFolder, makeFolders } from '../../../../../electron/services/settings/private-folder.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

const procSkip = process.platform === 'linux' && existsSync('/proc/self') ? undefined : 'no /proc here (Linux only)';
if (procSkip) console.warn(`[skipped] a data folder in /proc — ${procSkip}`);

describe('private folders', () => {
  it('makes every missing folder of a path, each 0700', () => {
    const base = tempDataDir();
    const deep = join(base, 'a', 'b', 'c');
    ensurePrivateFolder(deep);
    for (const folder of [join(base, 'a'), join(base, 'a', 'b'), deep]) expect(statSync(folder).mode & 0o777).toBe(0o700);
    makeFolders(deep); // already there: nothing to do
  });

  it.skipIf(procSkip !== undefined)('a folder that cannot be made although its parent exists (/proc/self) is refused at once, not retried', () => {
    // Node's recursive mkdir retried this for ever at full CPU (`--data-dir /proc/self`); a second process shows it in bin tests.
    expect(() => ensurePrivateFolder('/proc/self/profiles')).toThrow(expect.objectContaining({ code: 'store-unwritable', message: expect.stringContaining('/proc/self/profiles could not be made (ENOENT)') as string }));
  });
});
