import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from '../../../../../shared/checklist/evidence.ts';
import { createEvidenceService, EVIDENCE_MAX_ITEMS, type EvidenceService } from '../../../../../electron/services/evidence/evidence-service.ts';
import { createProfilesService, type ProfilesService } from '../../../../../electron/services/profiles/profiles-service.ts';
import { openConfStore } from '../../../../../electron/services/settings/conf-store.ts';

// A real 1×1 PNG; a JPEG header is enough for type detection.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);

let dataDir: string;
let profiles: ProfilesService;
let evidence: EvidenceService;
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'aw-evidence-'));
  profiles = createProfilesService({ dataDir, openStore: openConfStore });
  evidence = createEvidenceService({ profiles, now: () => new Date('2026-11-25T10:00:00.000Z'), newId });
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('evidence service', () => {
  it('stores a PNG in the profile folder (owner-only), lists it, and shows it as a data URL', () => {
    const item = evidence.add(undefined, { step: 'create-role', label: 'role saved.png', base64: PNG.toString('base64') });
    expect(item).toMatchObject({ step: 'create-role', label: 'role saved.png', mime: 'image/png', bytes: PNG.length, file: `${item.id}.png` });
    const path = join(profiles.store().folder, 'evidence', item.file);
    expect(readFileSync(path)).toEqual(PNG);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(evidence.list(undefined, 'create-role')).toEqual([item]);
    expect(evidence.list(undefined, 'notifications')).toEqual([]);
    expect(evidence.dataUrl(undefined, item.id)).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(evidence.files()).toEqual([{ ...item, path }]);
  });

  it('takes the type from the bytes, names pasted images, and survives a restart', () => {
    const item = evidence.add(undefined, { step: 'notifications', base64: JPEG.toString('base64') });
    expect(item).toMatchObject({ mime: 'image/jpeg', label: 'Image', file: `${item.id}.jpg` });
    const again = createEvidenceService({ profiles: createProfilesService({ dataDir, openStore: openConfStore }) });
    expect(again.list()).toEqual([item]);
  });

  it('refuses what is not a PNG or JPEG, and what is too large, with what to do next', () => {
    expect(() => evidence.add(undefined, { step: 'create-role', base64: Buffer.from('<svg/>').toString('base64') })).toThrow(
      expect.objectContaining({ code: 'evidence-not-image', message: expect.stringMatching(/not a PNG or JPEG.*save it as PNG/) as string }),
    );
    const huge = Buffer.alloc(EVIDENCE_MAX_BYTES + 1);
    PNG.copy(huge);
    expect(() => evidence.add(undefined, { step: 'create-role', base64: huge.toString('base64') })).toThrow(expect.objectContaining({ code: 'evidence-too-large' }));
    expect(evidence.list()).toEqual([]);
    expect(existsSync(join(profiles.store().folder, 'evidence'))).toBe(false);
  });

  it('stops at the item limit', () => {
    for (let i = 0; i < EVIDENCE_MAX_ITEMS; i++) evidence.add(undefined, { step: 'create-role', base64: JPEG.toString('base64') });
    expect(() => evidence.add(undefined, { step: 'create-role', base64: JPEG.toString('base64') })).toThrow(expect.objectContaining({ code: 'evidence-too-many' }));
  });

  it('removes one item with its file, or all of a profile', () => {
    const a = evidence.add(undefined, { step: 'create-role', base64: PNG.toString('base64') });
    const b = evidence.add(undefined, { step: 'handoff', base64: PNG.toString('base64') });
    expect(evidence.remove(undefined, a.id)).toEqual([b]);
    expect(existsSync(join(profiles.store().folder, 'evidence', a.file))).toBe(false);
    expect(() => evidence.remove(undefined, a.id)).toThrow(expect.objectContaining({ code: 'evidence-not-found' }));
    evidence.removeAll();
    expect(evidence.list()).toEqual([]);
    expect(existsSync(join(profiles.store().folder, 'evidence'))).toBe(false);
  });

  it('says so when an image file went missing from the folder', () => {
    const item = evidence.add(undefined, { step: 'create-role', base64: PNG.toString('base64') });
    rmSync(join(profiles.store().folder, 'evidence', item.file));
    expect(() => evidence.dataUrl(undefined, item.id)).toThrow(expect.objectContaining({ code: 'evidence-not-found', message: expect.stringMatching(/attach the screenshot again/) as string }));
  });

  it('disappears with its profile', async () => {
    profiles.create('Contoso');
    const item = evidence.add('contoso', { step: 'create-role', base64: PNG.toString('base64') });
    const folder = join(profiles.store('contoso').folder, 'evidence');
    expect(existsSync(join(folder, item.file))).toBe(true);
    await profiles.delete('contoso');
    expect(existsSync(folder)).toBe(false);
  });
});
