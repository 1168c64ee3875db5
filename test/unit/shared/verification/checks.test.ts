import { describe, expect, it } from 'vitest';
import { checkResult } from '../../../../electron/services/verification/diagnosis.ts';
import { createRole } from '../../../../shared/checklist/steps/create-role.ts';
import { checkCatalog, inWords, permissionCount, rolePermissions } from '../../../../shared/verification/checks.ts';
import { checkIds } from '../../../../shared/verification/report.ts';

const response = (status: number) => ({ kind: 'response' as const, status, body: {}, headers: {}, retries: 0 });

describe('the one list of permission names', () => {
  it('uses the console’s own wording, with the menu named', () => {
    expect(rolePermissions.map((p) => p.permission)).toEqual([
      'Account Menu > Logs > Read',
      'Monitoring Menu > Attachment Protection > Read',
      'Monitoring Menu > Impersonation Protection Logs > Read',
      'Monitoring Menu > URL Protection > Read',
    ]);
    expect(rolePermissions.map((p) => p.id)).toEqual([...checkIds]);
  });

  it('is what the role step tells the admin to tick, word for word, and nothing else', () => {
    const ticks = createRole.actions.filter((a) => / Menu > /.test(a.label)).map((a) => a.label);
    expect(ticks).toEqual(rolePermissions.map((p) => `Tick ${p.permission}.`));
  });

  it('is what a failed verification row names, in its message and in its hint', () => {
    for (const id of checkIds) {
      const row = checkResult(id, response(403), 'https://api.services.mimecast.com', new Date('2026-11-25T10:00:00Z'));
      expect(row.permission).toBe(checkCatalog[id].permission);
      expect(row.message).toContain(`“${checkCatalog[id].permission}”`);
      expect(row.hint).toContain(`“${checkCatalog[id].permission}”`);
      expect(createRole.actions.some((a) => a.label === `Tick ${row.permission}.`)).toBe(true);
    }
  });
});

describe('the counts the texts state', () => {
  it('follow the catalogue: the role step asks for exactly as many permissions as it lists', () => {
    expect(permissionCount).toBe(inWords(rolePermissions.length));
    expect(createRole.callouts?.[0]?.title).toBe(`Exactly ${inWords(rolePermissions.length)} permissions`);
    expect(inWords(5)).toBe('five');
  });
});
