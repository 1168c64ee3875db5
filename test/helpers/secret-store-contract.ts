import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { secretStoreInfoSchema } from '../../shared/domain/secret-backend.ts';
import type { SecretStore } from '../../electron/services/secrets/secret-store.ts';

/**
 * The one behaviour every SecretStore adapter promises. Each adapter's test file calls this with a factory;
 * `skipReason` (printed) skips the suite where the adapter's backing store is missing.
 */
export function secretStoreContract(name: string, makeStore: () => SecretStore | Promise<SecretStore>, skipReason?: string): void {
  describe.skipIf(skipReason !== undefined)(`SecretStore contract: ${name}`, () => {
    // Accounts carry a profile prefix like the app's, plus a random part so runs never see each other's items.
    const account = (label: string): string => `contract-${randomUUID().slice(0, 8)}:${label}`;

    it('describes itself in the shape the UI shows', async () => {
      const store = await makeStore();
      expect(secretStoreInfoSchema.parse(store.info())).toEqual(store.info());
    });

    it('answers undefined for an account it never stored', async () => {
      const store = await makeStore();
      expect(await store.get(account('never'))).toBeUndefined();
    });

    it('gives back exactly what was stored, symbols and non-ASCII included', async () => {
      const store = await makeStore();
      const a = account('client-secret');
      const secret = `x+/=_.~!${randomUUID()}ÄÖü€€😀`.repeat(4);
      await store.set(a, secret);
      expect(await store.get(a)).toBe(secret);
      await store.delete(a);
    });

    it('replaces the value on a second set', async () => {
      const store = await makeStore();
      const a = account('client-secret');
      await store.set(a, 'first-secret-value');
      await store.set(a, 'second-secret-value');
      expect(await store.get(a)).toBe('second-secret-value');
      await store.delete(a);
    });

    it('keeps accounts apart', async () => {
      const store = await makeStore();
      const one = account('client-secret');
      const two = account('intake-token');
      await store.set(one, 'value-of-one');
      await store.set(two, 'value-of-two');
      expect(await store.get(one)).toBe('value-of-one');
      await store.delete(one);
      expect(await store.get(one)).toBeUndefined();
      expect(await store.get(two)).toBe('value-of-two');
      await store.delete(two);
    });

    it('deletes, and deleting what is not there is not an error', async () => {
      const store = await makeStore();
      const a = account('client-secret');
      await store.set(a, 'to-be-deleted');
      await store.delete(a);
      expect(await store.get(a)).toBeUndefined();
      await expect(store.delete(a)).resolves.toBeUndefined();
    });
  });
  if (skipReason !== undefined) console.warn(`[skipped] SecretStore contract: ${name} — ${skipReason}`);
}
