import { describe, expect, it } from 'vitest';
import { cli } from '../../../../helpers/cli.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

describe('credentials delete (CLI contract)', () => {
  it('nothing stored: {"stored":false}, exit 0, with no keychain needed', async () => {
    const run = await cli(['credentials', 'delete', '--json', '--data-dir', tempDataDir()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('{"stored":false}\n');
  });

  it('takes no extra arguments: exit 2', async () => {
    const run = await cli(['credentials', 'delete', 'everything', '--json', '--data-dir', tempDataDir()]);
    expect(run.code).toBe(2);
  });
});
