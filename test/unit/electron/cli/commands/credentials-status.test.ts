import { describe, expect, it } from 'vitest';
import { cli } from '../../../../helpers/cli.ts';
import { tempDataDir } from '../../../../helpers/services.ts';

describe('credentials status (CLI contract)', () => {
  it('nothing stored: {"stored":false}, exit 0, with no keychain needed', async () => {
    const run = await cli(['credentials', 'status', '--json', '--data-dir', tempDataDir()], '', {});
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('{"stored":false}\n');
  });

  it('says so in a sentence without --json', async () => {
    const run = await cli(['credentials', 'status', '--data-dir', tempDataDir()]);
    expect(run.stdout).toBe('No credentials are stored for “Default tenant”.\n');
  });

  it('an unknown profile is a usage error: exit 2', async () => {
    const run = await cli(['credentials', 'status', '--profile', 'nobody', '--json', '--data-dir', tempDataDir()]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'profile-not-found' } });
  });
});
