import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openConfStore } from '../../../../../electron/services/settings/conf-store.ts';
import { sharingValidator, StoreSchemaError } from '../../../../../electron/services/settings/shared-validator.ts';
import { jsonSchemaProperties, openStoreRecovering, type OpenStore, type StoreOptions } from '../../../../../electron/services/settings/store.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

const schema = jsonSchemaProperties(z.object({ count: z.number().int().optional(), at: z.iso.datetime().optional() }));
type Data = { count?: number; at?: string };

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const options = (name = 'store'): StoreOptions<Data> => ({ cwd: dir, name, schema, defaults: {} });

describe('sharingValidator', () => {
  it('hands conf no schema: the check is made here, with one validator for every store of that schema', () => {
    dir = tempDataDir();
    const seen: Array<StoreOptions<Record<string, unknown>>> = [];
    const recording: OpenStore = (o) => {
      seen.push(o);
      return openConfStore(o);
    };
    const open = sharingValidator(recording);
    for (let i = 0; i < 3; i += 1) open(options(`s${i}`));
    expect(seen).toHaveLength(3);
    for (const o of seen) expect(o.schema).toBeUndefined();
  });

  it('writes that keep to the schema are saved; a write that breaks it is refused and the file keeps what it had', () => {
    dir = tempDataDir();
    const store = sharingValidator(openConfStore)(options());
    store.set('count', 3);
    store.set('at', '2026-11-30T12:00:00.000Z');
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ count: 3, at: '2026-11-30T12:00:00.000Z' });
    expect(() => store.set('count', 'three' as never)).toThrow(StoreSchemaError);
    expect(() => store.set('at', 'yesterday')).toThrow(/^Config schema violation: \/at must match/);
    expect(store.store).toEqual({ count: 3, at: '2026-11-30T12:00:00.000Z' });
  });

  it('a file that fails the schema is refused at open, so it is moved aside and reported as before', () => {
    dir = tempDataDir();
    writeFileSync(join(dir, 'store.json'), JSON.stringify({ count: 'many' }));
    const recoveries: string[] = [];
    const store = openStoreRecovering(sharingValidator(openConfStore), options(), (r) => recoveries.push(r.reason));
    expect(recoveries).toEqual([expect.stringMatching(/does not match the expected settings format: Config schema violation/)]);
    expect(store.store).toEqual({});
    expect(readdirSync(dir).some((f) => f.startsWith('store.corrupt-'))).toBe(true);
  });

  it('a file changed on disk afterwards is checked again when read', () => {
    dir = tempDataDir();
    const store = sharingValidator(openConfStore)(options());
    store.set('count', 1);
    writeFileSync(store.path, JSON.stringify({ count: -0.5 }));
    expect(() => store.store).toThrow(StoreSchemaError);
    expect(existsSync(store.path)).toBe(true);
  });
});

describe('sharingValidator reads', () => {
  it('a read answers a copy: changing it changes neither the file nor the next read', () => {
    dir = tempDataDir();
    const store = sharingValidator(openConfStore)(options());
    store.set('count', 1);
    const first = store.store;
    first.count = 99;
    expect(store.store).toEqual({ count: 1 });
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ count: 1 });
  });

  it('another process replacing the file (as conf does, by rename) is seen at the next read', () => {
    dir = tempDataDir();
    const open = sharingValidator(openConfStore);
    const mine = open(options());
    const theirs = open(options());
    mine.set('count', 1);
    expect(theirs.store).toEqual({ count: 1 });
    mine.set('count', 2);
    expect(theirs.store).toEqual({ count: 2 });
    theirs.set('count', 3);
    expect(mine.store).toEqual({ count: 3 });
  });
});
