import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVIDENCE_MAX_BYTES, type EvidenceAddRequest, type EvidenceItem } from '../../../shared/checklist/evidence.ts';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { makeFolders } from '../settings/private-folder.ts';
import { detectImageType } from './image-type.ts';

/** Enough for every step several times over; stops a runaway paste loop from filling the disk. */
export const EVIDENCE_MAX_ITEMS = 100;

const evidenceErrors = {
  notImage: 'evidence-not-image',
  tooLarge: 'evidence-too-large',
  tooMany: 'evidence-too-many',
  notFound: 'evidence-not-found',
} as const;

/** An attached screenshot with where its file is, for the completion report. */
export type EvidenceFile = EvidenceItem & { path: string };

/**
 * Screenshots the admin attaches to steps: image files in the profile's folder (`evidence/<uuid>.png|jpg`, owner-only)
 * listed in the profile section `evidence`. Only PNG and JPEG, recognised by their bytes.
 */
/** Every method takes the profile first; undefined means the active profile. */
export interface EvidenceService {
  add(profileId: string | undefined, request: EvidenceAddRequest): EvidenceItem;
  list(profileId?: string, step?: StepId): EvidenceItem[];
  /** The image as a `data:` URL for the renderer (the CSP allows `img-src data:`). */
  dataUrl(profileId: string | undefined, id: string): string;
  remove(profileId: string | undefined, id: string): EvidenceItem[];
  removeAll(profileId?: string): void;
  files(profileId?: string): EvidenceFile[];
}

export interface EvidenceDeps {
  profiles: ProfilesService;
  now?: () => Date;
  newId?: () => string;
}

export function createEvidenceService({ profiles, now = () => new Date(), newId = randomUUID }: EvidenceDeps): EvidenceService {
  const storeOf = (profileId?: string) => profiles.store(profileId);
  const folderOf = (profileId?: string): string => join(storeOf(profileId).folder, 'evidence');
  const items = (profileId?: string): EvidenceItem[] => storeOf(profileId).read('evidence')?.items ?? [];
  const save = (list: EvidenceItem[], profileId?: string): void => storeOf(profileId).write('evidence', { items: list });
  const find = (id: string, profileId?: string): EvidenceItem => {
    const item = items(profileId).find((i) => i.id === id);
    if (!item) throw new AppError(evidenceErrors.notFound, 'That screenshot is no longer attached. It may have been removed in another window.');
    return item;
  };

  return {
    add(profileId, { step, label, base64 }) {
      const existing = items(profileId);
      if (existing.length >= EVIDENCE_MAX_ITEMS) {
        throw new AppError(evidenceErrors.tooMany, `This profile already has ${EVIDENCE_MAX_ITEMS} screenshots attached. Remove some you no longer need, then attach again.`);
      }
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.length > EVIDENCE_MAX_BYTES) {
        throw new AppError(evidenceErrors.tooLarge, `That image is larger than ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB. Crop it to the part that matters, or save it as JPEG, and attach it again.`);
      }
      const mime = detectImageType(bytes);
      if (!mime) {
        throw new AppError(evidenceErrors.notImage, 'That file is not a PNG or JPEG image. Take the screenshot again, or save it as PNG, and attach that.');
      }
      const id = newId();
      const file = `${id}.${mime === 'image/png' ? 'png' : 'jpg'}`;
      const folder = folderOf(profileId);
      makeFolders(folder);
      writeFileSync(join(folder, file), bytes, { mode: 0o600 });
      const item: EvidenceItem = {
        id,
        step,
        label: label?.trim() || (mime === 'image/png' ? 'Pasted image' : 'Image'),
        mime,
        bytes: bytes.length,
        file,
        addedAt: now().toISOString(),
      };
      save([...existing, item], profileId);
      return item;
    },
    list(profileId, step) {
      return items(profileId).filter((i) => step === undefined || i.step === step);
    },
    dataUrl(profileId, id) {
      const item = find(id, profileId);
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(folderOf(profileId), item.file));
      } catch {
        throw new AppError(evidenceErrors.notFound, `The file for “${item.label}” is missing from the profile folder. Remove the entry and attach the screenshot again.`);
      }
      return `data:${item.mime};base64,${bytes.toString('base64')}`;
    },
    remove(profileId, id) {
      const item = find(id, profileId);
      rmSync(join(folderOf(profileId), item.file), { force: true });
      const rest = items(profileId).filter((i) => i.id !== id);
      save(rest, profileId);
      return rest;
    },
    removeAll(profileId) {
      rmSync(folderOf(profileId), { recursive: true, force: true });
      storeOf(profileId).clear('evidence');
    },
    files(profileId) {
      const folder = folderOf(profileId);
      return items(profileId).map((i) => ({ ...i, path: join(folder, i.file) }));
    },
  };
}
