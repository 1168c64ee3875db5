import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkResult } from '../../../../electron/services/verification/diagnosis.ts';
import { createRole } from '../../../../shared/checklist/steps/create-role.ts';
import { checkCatalog, inWords, permissionCount, probeCatalogue, rolePermissions } from '../../../../shared/verification/checks.ts';
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

/** A project file as text (docs and illustration scenes state the catalogue by hand: these tests hold them to it). */
const projectText = (path: string): string => readFileSync(join(import.meta.dirname, '../../../..', path), 'utf8');

describe('the texts outside the code that state the catalogue', () => {
  it('docs/verification.md has one row per probe, in the catalogue’s order: label, endpoint, permission, and whether it must be refused', () => {
    const rows = projectText('docs/verification.md')
      .split('\n')
      .filter((line) => line.includes('| `POST /api/'))
      .map((line) => ({
        label: /^\| (?:must be refused: )?([^|]+?) \|/.exec(line)?.[1],
        endpoint: /`POST ([^`]+)`/.exec(line)?.[1],
        permission: /\*([^*]+ > [^*]+)\*/.exec(line)?.[1],
        mustBeRefused: line.startsWith('| must be refused: '),
      }));
    expect(rows).toEqual(probeCatalogue.map((p) => ({ label: p.label, endpoint: p.endpoint, permission: p.permission, mustBeRefused: p.kind === 'least-privilege' })));
  });

  it('docs/cli.md lists the required probes’ ids, in order, as the values of a verify check’s id', () => {
    const ids = /"checks":\[\{"id":"([^"]+)"/.exec(projectText('docs/cli.md'))?.[1]?.split('|');
    expect(ids).toEqual([...checkIds]);
  });

  it('the role step’s pictures tick exactly the required permissions and say how many', () => {
    // Every console variant of the permissions picture draws the same list (one scene, build/screens/).
    const permissions = projectText('build/screens/mimecast-role-permissions.html');
    const ticked = [...permissions.matchAll(/<span class="box on"><\/span> ([^<]+)<\/div>/g)].map((m) => m[1]);
    expect(ticked).toEqual(rolePermissions.map((p) => p.permission.split(' > ').slice(1).join(' › ')));
    expect(permissions).toContain(`Exactly ${permissionCount} read permissions ticked`);
    expect(projectText('build/screens/mimecast-role-properties.html')).toContain(`tick exactly ${permissionCount} (next picture)`);
  });
});
