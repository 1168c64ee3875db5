import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.ts';
import { openStoreRecovering, writeOrExplain, type OpenStore } from '../../../../../electron/services/settings/store.ts';

const failWith = (code: string) => () => {
  throw Object.assign(new Error(`${code}: failed, open '/data/profiles/default.json'`), { code });
};

function caught(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a failure');
}

describe('writeOrExplain', () => {
  it('passes the value of a successful write through', () => {
    expect(writeOrExplain('/x.json', () => 42)).toBe(42);
  });

  it('names a full disk and says nothing was lost', () => {
    const error = caught(() => writeOrExplain('/data/profiles/default.json', failWith('ENOSPC')));
    expect(error.code).toBe('store-unwritable');
    expect(error.message).toMatch(/could not save to \/data\/profiles\/default\.json \(the disk is full\)\. Nothing was lost/);
  });

  it('names a permission problem (read-only folder included)', () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      expect(caught(() => writeOrExplain('/p.json', failWith(code))).message).toMatch(/may not write there/);
    }
  });

  it('leaves an AppError from inside the write as it is', () => {
    const inner = new AppError('secret-store-locked', 'locked');
    expect(caught(() => writeOrExplain('/p.json', () => {
      throw inner;
    }))).toBe(inner);
  });
});

describe('openStoreRecovering', () => {
  it('explains a failed write of every store it opens, whoever writes', () => {
    const disk = { get: () => undefined, set: failWith('ENOSPC'), delete: failWith('EROFS'), store: {}, path: '/data/settings.json' };
    const open: OpenStore = () => disk as never;
    const store = openStoreRecovering<{ proxy?: string }>(open, { cwd: '/data', name: 'settings', defaults: {} }, () => {});
    expect(caught(() => store.set('proxy', 'http://proxy:3128')).message).toMatch(/could not save to \/data\/settings\.json \(the disk is full\)\. Nothing was lost/);
    expect(caught(() => store.delete('proxy')).code).toBe('store-unwritable');
  });
});
