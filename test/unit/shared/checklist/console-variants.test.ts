import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../../shared/checklist/apply-patch.ts';
import { resolveStep } from '../../../../shared/checklist/evaluate.ts';
import { emptyProgress, type Progress } from '../../../../shared/checklist/progress.ts';
import type { StepId } from '../../../../shared/checklist/step-ids.ts';
import { stepById } from '../../../../shared/checklist/steps/index.ts';
import { readScenes } from '../../../../scripts/screenshots/scenes.ts';

const pictures = new Map(readScenes().map((picture) => [picture.name, picture]));
const now = new Date('2026-11-25T10:00:00.000Z');

/** The picture's console: which chrome it is drawn in and which menu entry it marks. */
function sceneOf(name: string): { chrome: string; active: string | undefined; toggle: string | undefined } {
  const picture = pictures.get(name);
  return { chrome: picture?.chrome ?? '', active: picture?.active, toggle: picture?.toggle };
}

interface Variant {
  label: string;
  tenant: 'cloud-gateway' | 'cloud-integrated';
  menu: 'classic' | 'new-menu';
  page: 'integrations-hub' | 'api-platform';
}
const variants: Variant[] = [];
for (const tenant of ['cloud-gateway', 'cloud-integrated'] as const) {
  for (const menu of ['classic', 'new-menu'] as const) {
    for (const page of ['integrations-hub', 'api-platform'] as const) variants.push({ label: `${tenant} / ${menu} / ${page}`, tenant, menu, page });
  }
}

function progressFor(v: Variant): Progress {
  let p = emptyProgress(now);
  for (const [choice, value] of [['tenant-kind', v.tenant], ['role-menu', v.menu], ['app-console', v.page]] as const) p = applyPatch(p, { op: 'choose', choice, value }, { now });
  return p;
}

/** The console chrome each variant's pages are drawn in (wizard pages have their own, menu-less chrome). */
function expectedChrome(v: Variant): string[] {
  if (v.tenant === 'cloud-integrated') return ['mimecast-cloud-integrated', 'mimecast-wizard'];
  return v.menu === 'new-menu' ? ['mimecast-new-menu', 'mimecast-wizard'] : ['mimecast-account', 'mimecast-services', 'mimecast-wizard'];
}

const consoleSteps: StepId[] = ['create-role', 'create-application', 'notifications', 'generate-keys'];

describe('console variants', () => {
  it('Integrations Hub is the default API page, on a Cloud Gateway tenant with the classic menu', () => {
    const step = resolveStep(stepById('create-application'), emptyProgress(now));
    expect(step.consolePaths.map((p) => p.segments.join(' > '))).toEqual(['Integrations > Integrations Hub > Mimecast API 2.0 > Configure New']);
  });

  for (const v of variants) {
    it(`${v.label}: every step shows its own path and an illustration drawn in that console`, () => {
      const progress = progressFor(v);
      for (const id of consoleSteps) {
        const step = resolveStep(stepById(id), progress);
        expect(step.screenshots.length, id).toBeGreaterThan(0);
        for (const shot of step.screenshots) {
          const scene = sceneOf(shot.name);
          expect(expectedChrome(v), `${id}: ${shot.name}`).toContain(scene.chrome);
          // The New Menu shows the new menu; the classic menu never shows the toggle switched on.
          if (scene.toggle !== undefined) expect(scene.toggle, shot.name).toBe(v.menu === 'new-menu' ? 'New Menu: on' : 'New Menu: off');
        }
      }
      for (const id of ['create-role', 'create-application'] as const) {
        const step = resolveStep(stepById(id), progress);
        expect(step.consolePaths.length, id).toBeGreaterThan(0);
        // The first illustration marks the menu entry the path goes through, not another page.
        const landing = sceneOf(step.screenshots[0]!.name);
        expect(landing.active, `${id} ${step.screenshots[0]!.name}`).toBeDefined();
        for (const path of step.consolePaths) expect(path.segments, `${id}: ${path.segments.join(' > ')}`).toContain(landing.active);
      }
    });
  }

  it('gives different paths different illustrations', () => {
    const seen = new Map<string, string>();
    for (const v of variants) {
      const step = resolveStep(stepById('create-application'), progressFor(v));
      const path = step.consolePaths.map((p) => p.segments.join(' > ')).join(' | ');
      const shot = step.screenshots[0]!.name;
      const earlier = seen.get(shot);
      if (earlier !== undefined) expect(earlier, shot).toBe(path);
      seen.set(shot, path);
    }
    expect(new Set(seen.keys()).size).toBe(5);
  });

  it('asks the console generation and the API page only of Cloud Gateway tenants', () => {
    const integrated = progressFor({ label: '', tenant: 'cloud-integrated', menu: 'new-menu', page: 'api-platform' });
    expect(resolveStep(stepById('create-role'), integrated).choices).toEqual([]);
    expect(resolveStep(stepById('create-application'), integrated).choices).toEqual([]);
    expect(resolveStep(stepById('create-application'), integrated).consolePaths.map((p) => p.segments.join(' > '))).toEqual(['Integrations > API 2.0 Applications > New Application']);
  });
});
