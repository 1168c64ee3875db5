import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeServices, tempDataDir } from '../../../../../testing/services.ts';

describe('app.info', () => {
  it('reports a damaged profile file of the active profile on the first call, with where it went and what was recovered', async () => {
    const dataDir = tempDataDir();
    const before = nodeServices({ dataDir });
    await before.router.dispatch('progress.update', { profileId: 'default', patch: { op: 'goTo', step: 'create-role' } });
    const file = join(dataDir, 'profiles', 'default.json');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 25));

    // The app starts again: the renderer asks for app.info before it opens any profile data.
    const after = nodeServices({ dataDir });
    const info = await after.router.dispatch('app.info', undefined);
    expect(info).toMatchObject({
      ok: true,
      value: { storeRecoveries: [{ file, movedTo: expect.stringMatching(/default\.corrupt-.*\.json$/) as string, recovered: [] }] },
    });
  });
});
