import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineStep } from '../../../../../shared/checklist/define-step.ts';
import { stepDefinitionSchema, type Condition } from '../../../../../shared/checklist/schema.ts';
import { stepIds } from '../../../../../shared/checklist/step-ids.ts';
import { checklistSteps, stepById } from '../../../../../shared/checklist/steps/index.ts';
import { readScenes } from '../../../../../scripts/screenshots/scenes.ts';

const stepsDir = join(import.meta.dirname, '../../../../../shared/checklist/steps');
const screensDir = join(import.meta.dirname, '../../../../../renderer/public/screens');
const allChoices = checklistSteps.flatMap((s) => s.choices);
/** Each picture's scene content (a scene's console variants are pictures of their own). */
const pictureContent = new Map(readScenes().map((picture) => [picture.name, picture.content]));

describe('checklist step definitions', () => {
  it('lists every step id once, in the fixed order', () => {
    expect(checklistSteps.map((s) => s.id)).toEqual([...stepIds]);
    expect(stepById('handoff').title).toMatch(/Arctic Wolf/);
  });

  // defineStep does not parse (the renderer's first screen stays free of zod), so this is where a malformed step fails.
  it('parses every step definition in shared/checklist/steps/*.ts with the schema, unchanged', async () => {
    const files = readdirSync(stepsDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(files).toHaveLength(stepIds.length);
    const defined: unknown[] = [];
    for (const file of files) {
      const exported = Object.values(await import(join(stepsDir, file)) as Record<string, unknown>);
      expect(exported.length, file).toBeGreaterThan(0);
      for (const step of exported) {
        const parsed = stepDefinitionSchema.safeParse(step);
        expect(parsed.error?.issues, file).toBeUndefined();
        // Equal after parsing: no key the schema would strip (a misspelt list), nothing it would rewrite.
        expect(parsed.data, file).toEqual(step);
        defined.push(step);
      }
    }
    expect(new Set(defined)).toEqual(new Set(checklistSteps));
  });

  it('fills the defaults in defineStep, and the schema rejects what the types alone would let through at run time', () => {
    const minimal = defineStep({ id: 'notifications', title: 'T', shortTitle: 'S', why: 'W', appliesTo: ['new'] });
    expect(minimal).toMatchObject({ choices: [], actions: [], widgets: [], blockedUntil: [], secretOnScreen: false });
    expect(stepDefinitionSchema.safeParse(minimal).success).toBe(true);
    expect(stepDefinitionSchema.safeParse({ ...minimal, title: '' }).success).toBe(false);
    expect(stepDefinitionSchema.safeParse({ ...minimal, actions: [{ id: 'Not An Id', label: 'x', required: true }] }).success).toBe(false);
    expect(stepDefinitionSchema.safeParse({ ...minimal, widgets: [{ id: 'no-such-widget', gate: true }] }).success).toBe(false);
  });

  it('names only screenshots that exist as PNG files in renderer/public/screens (run `npm run screenshots`)', () => {
    const named = checklistSteps.flatMap((s) => s.screenshots.map((shot) => `${s.id}: ${shot.name}`));
    expect(named.length).toBeGreaterThanOrEqual(10);
    const missing = checklistSteps.flatMap((s) => s.screenshots.filter((shot) => !existsSync(join(screensDir, `${shot.name}.png`))).map((shot) => `${s.id}: ${shot.name}.png`));
    expect(missing).toEqual([]);
  });

  it('links instructions only to badges that exist in an illustration the same step shows', () => {
    const problems: string[] = [];
    let links = 0;
    for (const step of checklistSteps) {
      for (const action of step.actions) {
        for (const link of action.badges ?? []) {
          links += 1;
          const shots = step.screenshots.filter((s) => s.name === link.screenshot);
          if (shots.length === 0) {
            problems.push(`${step.id}/${action.id}: ${link.screenshot} is not one of the step's illustrations`);
            continue;
          }
          // An action common to several consoles links each console's picture; the step view names only the badges of
          // the pictures shown. So the picture must be shown with the action in some console: no choice that both
          // name may rule the other out.
          const compatible = (shot: (typeof shots)[number]) =>
            (shot.when ?? []).every((c) => (action.when ?? []).every((a) => a.choice !== c.choice || a.oneOf.some((v) => c.oneOf.includes(v))));
          if (!shots.some(compatible)) problems.push(`${step.id}/${action.id}: ${link.screenshot} is never shown with the action`);
          const html = pictureContent.get(link.screenshot) ?? '';
          if (!html.includes(`data-n="${link.badge}"`)) problems.push(`${step.id}/${action.id}: ${link.screenshot} has no badge ${link.badge}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(links).toBeGreaterThanOrEqual(15);
  });

  it('refers to every badge of the illustrations of steps whose instructions are console clicks', () => {
    // The capture and hand-off steps are done in the assistant's own widgets; their pictures' badges mark what the
    // widgets walk through (the copy buttons, the portal form).
    const unreferenced: string[] = [];
    for (const step of checklistSteps.filter((s) => s.id !== 'capture-keys' && s.id !== 'handoff')) {
      for (const shot of step.screenshots) {
        const html = pictureContent.get(shot.name) ?? '';
        for (const [, n] of html.matchAll(/data-n="(\d+)"/g)) {
          if (!step.actions.some((a) => a.badges?.some((b) => b.screenshot === shot.name && b.badge === Number(n)))) unreferenced.push(`${step.id}: ${shot.name} #${n}`);
        }
      }
    }
    expect(unreferenced).toEqual([]);
  });

  it('gives every console step at least one screenshot, each captioned as an illustration', () => {
    for (const step of checklistSteps.filter((s) => s.id !== 'before-you-start')) {
      expect(step.screenshots.length, step.id).toBeGreaterThan(0);
      for (const shot of step.screenshots) expect(shot.caption).toMatch(/Illustration — your (console|portal) may differ\.$/);
    }
  });

  it('keeps ids unique: choices across the checklist, actions, inputs and copy values within a step', () => {
    const choiceIds = allChoices.map((c) => c.id);
    expect(new Set(choiceIds).size).toBe(choiceIds.length);
    for (const step of checklistSteps) {
      for (const list of [step.actions, step.inputs, step.copyValues]) {
        const ids = list.map((i) => i.id);
        expect(new Set(ids).size, step.id).toBe(ids.length);
      }
    }
  });

  it('uses conditions that name a real choice and one of its values, and copy values that exist', () => {
    const check = (when: Condition[] | undefined, where: string) => {
      for (const c of when ?? []) {
        const choice = allChoices.find((x) => x.id === c.choice);
        expect(choice, `${where}: choice ${c.choice}`).toBeDefined();
        for (const value of c.oneOf) expect(choice!.options.map((o) => o.value), where).toContain(value);
      }
    };
    for (const step of checklistSteps) {
      for (const item of [...step.choices, ...step.consolePaths, ...step.copyValues, ...step.actions, ...step.callouts, ...step.inputs, ...step.screenshots, ...step.widgets]) {
        check(item.when, step.id);
      }
      for (const action of step.actions) {
        if (action.copyValueId) expect(step.copyValues.map((v) => v.id), `${step.id}/${action.id}`).toContain(action.copyValueId);
      }
      for (const choice of step.choices) {
        if (choice.defaultValue) expect(choice.options.map((o) => o.value)).toContain(choice.defaultValue);
      }
    }
  });

  it('carries the facts of the Arctic Wolf page', () => {
    const role = stepById('create-role');
    expect(role.copyValues.find((v) => v.id === 'role-name')?.value).toBe('Arctic Wolf App Role');
    expect(role.actions.filter((a) => a.id.startsWith('perm-')).map((a) => a.label)).toEqual([
      'Tick Account Menu > Logs > Read.',
      'Tick Monitoring Menu > Attachment Protection > Read.',
      'Tick Monitoring Menu > Impersonation Protection Logs > Read.',
      'Tick Monitoring Menu > URL Protection > Read.',
    ]);
    expect(role.consolePaths.map((p) => p.segments.join(' > '))).toEqual(['Administration > Account > Roles', 'Account > Admin Roles', 'Account > Admin Roles']);
    expect(role.actions.find((a) => a.id === 'security-permissions')?.label).toBe('In Security Permissions, choose Cannot Manage Roles.');
    // The firewall allowlist note comes first, as on Arctic Wolf's page.
    expect(stepById('create-application').callouts[0]?.title).toBe('Cloud firewall');
    expect(stepById('create-application').actions[0]?.id).toBe('firewall');
    expect(stepById('before-you-start').intro?.prerequisites.join(' ')).toMatch(/Super, Full or Partner Administrator, or a role with Integrations Marketplace Read\/Write/);
    expect(stepById('generate-keys').actions.map((a) => a.id)).toEqual(['ready', 'review-summary', 'add-generate', 'add-hub', 'add-ci']);
    expect(stepById('remove-api-1').callouts.map((c) => c.title)).toContain('API 1.0 keys may stop on their own');
    const keys = stepById('generate-keys');
    expect(keys.callouts[0]).toMatchObject({ kind: 'warning' });
    expect(keys.callouts[0]!.text).toMatch(/only time the secret is available/);
    expect(keys.callouts[0]!.text).toMatch(/next screen of the assistant/);
    const ip = stepById('admin-ip-ranges');
    expect(ip.callouts.find((c) => c.kind === 'caution')?.text).toContain(
      'Do not only enter Arctic Wolf IP addresses. This restricts sign in permissions for all other accounts except for managed service providers.',
    );
    expect(stepById('handoff').callouts.map((c) => c.text).join(' ')).toMatch(/previous 12 hours/);
    expect(stepById('create-application').callouts.map((c) => c.text).join(' ')).toMatch(/Resources > Allowlist Requirements/);
    expect(stepById('create-application').callouts.map((c) => c.text).join(' ')).toMatch(/Application Name and Products cannot be changed/);
    expect(stepById('remove-api-1').appliesTo).toEqual(['migration']);
    expect(stepById('before-you-start').intro?.prerequisites.join(' ')).toMatch(/Targeted Threat Protection/);
  });

  it('embeds each widget where the product puts it', () => {
    expect(stepById('capture-keys').widgets.map((w) => w.id)).toEqual(['credentials-capture', 'verification']);
    expect(stepById('admin-ip-ranges').widgets.map((w) => w.id)).toEqual(['ip-ranges-check']);
    expect(stepById('handoff').widgets.map((w) => w.id)).toEqual(['handoff', 'lifecycle']);
    expect(checklistSteps.filter((s) => s.secretOnScreen).map((s) => s.id)).toEqual(['generate-keys', 'capture-keys', 'handoff']);
  });
});

describe('generated screenshots', () => {
  const scenesDir = join(import.meta.dirname, '../../../../../build/screens');
  const pngs = readdirSync(screensDir).filter((f) => f.endsWith('.png'));

  it('has a scene for every PNG and a light and a dark PNG for every scene, each used by a step', () => {
    const scenes = [...pictureContent.keys()];
    expect(pngs.filter((f) => !f.endsWith('.dark.png')).map((f) => f.replace(/\.png$/, '')).sort()).toEqual([...scenes].sort());
    expect(pngs.filter((f) => f.endsWith('.dark.png')).map((f) => f.replace(/\.dark\.png$/, '')).sort()).toEqual([...scenes].sort());
    const used = new Set(checklistSteps.flatMap((s) => s.screenshots.map((shot) => shot.name)));
    expect(scenes.filter((name) => !used.has(name))).toEqual([]);
  });

  it('keeps each PNG 1000 px wide and small', () => {
    for (const file of pngs) {
      const bytes = readFileSync(join(screensDir, file));
      expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      expect(bytes.readUInt32BE(16), `${file} width`).toBe(1000);
      expect(bytes.length, `${file} size`).toBeLessThan(200 * 1024);
    }
  });

  it('captions every scene as an illustration and shows only placeholder credentials', () => {
    for (const file of readdirSync(scenesDir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(scenesDir, file), 'utf8');
      expect(html, file).toMatch(/<strong>Illustration<\/strong> — your (console|portal) may differ/);
      expect(html, file).toMatch(/class="hl"|class="[^"]*\bhl\b/);
      expect(html, file).not.toMatch(/<img|url\(/);
    }
    expect(readFileSync(join(scenesDir, 'mimecast-keys-dialog.html'), 'utf8')).toMatch(/EXAMPLE-SECRET-NOT-REAL/);
  });
});
