import { statSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { KeyValueStore, OpenStore, StoreOptions } from './store.ts';

/**
 * One compiled JSON Schema validator per schema, shared by every store opened with it. conf compiles its schema
 * afresh for each store (a new Ajv per instance): with one store per profile that is 50–300 ms per profile the
 * first time it is opened, so an MSP's 200 profiles took many seconds to list. Stores opened through this wrapper
 * hand conf no schema and are checked here instead, with the same rules at the same moments: the file when it is
 * opened (a file that fails is reported, so `openStoreRecovering` moves it aside as before), every read, and the
 * whole store before each write (a write that would break the schema is refused and the file keeps what it had).
 * A read of a file that has not changed since the last one (same inode, size and modification time: conf replaces
 * the file on every write, so any write changes the inode) answers a copy of what was read then, instead of
 * parsing and checking the same bytes again; the tenants view reads each of 200 profiles several times.
 */

export class StoreSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreSchemaError';
  }
}

const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: Record<string, object>): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    // The options conf gives its own validator: every problem reported, schema defaults filled in.
    const ajv = new Ajv2020({ allErrors: true, useDefaults: true });
    (ajvFormats as unknown as (ajv: Ajv2020) => void)(ajv);
    validate = ajv.compile({ type: 'object', properties: schema });
    compiled.set(schema, validate);
  }
  return validate;
}

/** conf's own wording (without the path: a reader of the message gets the file named by whoever reports it). */
function check(validate: ValidateFunction, value: unknown): void {
  if (validate(value)) return;
  const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  throw new StoreSchemaError(`Config schema violation: ${problems.join('; ')}`);
}

/** `open`, with the schema checked by one shared validator instead of one compiled per store. */
export function sharingValidator(open: OpenStore): OpenStore {
  return <T extends Record<string, unknown>>(options: StoreOptions<T>): KeyValueStore<T> => {
    const { schema, ...rest } = options;
    const inner = open<T>(rest);
    if (!schema) return inner;
    const validate = validatorFor(schema);
    let last: { key: string; store: T } | undefined;
    const fileKey = (): string | undefined => {
      try {
        const s = statSync(inner.path, { bigint: true });
        return `${s.ino}:${s.size}:${s.mtimeNs}`;
      } catch {
        return undefined; // no file yet: conf answers the defaults
      }
    };
    /** The store as read and checked, shared: callers get copies of it (or of the one key they ask for). */
    const current = (): T => {
      const key = fileKey();
      if (key !== undefined && last?.key === key) return last.store;
      const store = inner.store;
      check(validate, store);
      last = key === undefined ? undefined : { key, store: structuredClone(store) };
      return store;
    };
    const read = (): T => structuredClone(current());
    current();
    return {
      get path() {
        return inner.path;
      },
      get store() {
        return read();
      },
      get: (key) => structuredClone(current()[key]),
      set(key, value) {
        check(validate, { ...read(), [key]: value });
        last = undefined;
        inner.set(key, value);
      },
      delete(key) {
        last = undefined;
        inner.delete(key);
      },
    };
  };
}
