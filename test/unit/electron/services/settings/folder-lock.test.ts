import { chmodSync, mkdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFolderLock } from '../../../../../electron/services/settings/folder-lock.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

describe('the data folder’s locks', () => {
  it('is re-entrant within the process', () => {
    const lock = createFolderLock(tempDataDir());
    expect(lock.sync('settings', () => lock.sync('settings', () => 42))).toBe(42);
  });

  it('refuses locks/ as a symbolic link (its target’s mode untouched) and as a file, saying what to move', async () => {
    const dataDir = tempDataDir();
    const target = tempDataDir();
    chmodSync(target, 0o755);
    symlinkSync(target, join(dataDir, 'locks'));
    const linked = createFolderLock(dataDir);
    expect(() => linked.sync('settings', () => 'ran')).toThrow(expect.objectContaining({ code: 'store-unwritable', message: expect.stringContaining('a symbolic link') as string }));
    await expect(linked.exclusive('p', () => Promise.resolve('ran'))).rejects.toMatchObject({ code: 'store-unwritable' });
    expect(statSync(target).mode & 0o777).toBe(0o755);

    const other = tempDataDir();
    writeFileSync(join(other, 'locks'), 'not a folder');
    expect(() => createFolderLock(other).sync('settings', () => 'ran')).toThrow(expect.objectContaining({ code: 'store-unwritable', message: expect.stringContaining('a file') as string }));
    expect(readFileSync(join(other, 'locks'), 'utf8')).toBe('not a folder');
  });

  it('takes over a lock left by a process that crashed (stale after 10 s)', () => {
    const dataDir = tempDataDir();
    const leftover = join(dataDir, 'locks', 'file-settings.lock');
    mkdirSync(leftover, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    utimesSync(leftover, old, old);
    expect(createFolderLock(dataDir).sync('settings', () => 'ran')).toBe('ran');
  });

  it('runs exclusive changes of one name one at a time', async () => {
    const lock = createFolderLock(tempDataDir());
    const order: string[] = [];
    const step = (name: string) => lock.exclusive('p', async () => {
      order.push(`${name} in`);
      await new Promise((r) => setTimeout(r, 20));
      order.push(`${name} out`);
    });
    await Promise.all([step('a'), step('b')]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out']);
  });
});
