import { describe, expect, it } from 'vitest';
import { salvageMembers } from '../../../../../electron/services/settings/salvage.ts';

describe('salvageMembers', () => {
  const whole = JSON.stringify({ schemaVersion: 1, credentials: { clientId: 'a"b}c', secretAccount: 'x:client-secret:y' }, progress: { steps: { a: [1, 2] } }, n: 3 }, null, '\t');

  it('reads every member of an intact object', () => {
    expect(salvageMembers(whole)).toEqual(JSON.parse(whole));
  });

  it('keeps the members written before a cut, whatever the cut', () => {
    for (let cut = 0; cut < whole.length; cut += 1) {
      const found = salvageMembers(whole.slice(0, cut));
      const complete = JSON.parse(whole) as Record<string, unknown>;
      for (const [key, value] of Object.entries(found)) expect(value, `cut at ${cut}`).toEqual(complete[key]);
    }
    const cutInProgress = whole.slice(0, whole.indexOf('"progress"') + 20);
    expect(Object.keys(salvageMembers(cutInProgress))).toEqual(['schemaVersion', 'credentials']);
  });

  it('reads nothing from what is not a JSON object', () => {
    expect(salvageMembers('')).toEqual({});
    expect(salvageMembers('\u0000\u0000\u0000')).toEqual({});
    expect(salvageMembers('[1,2]')).toEqual({});
  });
});
