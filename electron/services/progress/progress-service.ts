import { userInfo } from 'node:os';
import { AppError } from '../../../shared/errors.ts';
import { applyPatch } from '../../../shared/checklist/apply-patch.ts';
import { checklistStatus } from '../../../shared/checklist/evaluate.ts';
import { emptyProgress, progressSchema, type Progress, type ProgressChange, type ProgressView } from '../../../shared/checklist/progress.ts';
import type { WidgetId } from '../../../shared/checklist/step-ids.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';

/**
 * The admin's place in the checklist, per profile. Every change is written at once (a crash loses nothing), and
 * every change is announced through `onChange` so the step list follows widgets that report their gates.
 */
const PROGRESS_UNREADABLE = 'progress-unreadable';

/** Whether a widget's step may be completed, and why not. */
export interface Gate {
  satisfied: boolean;
  reason?: string;
}
/** How a service reports its widget's gate for a profile (compose.ts binds `ProgressService.reportGate` to a widget). */
export type ReportGate = (profileId: string, gate: Gate) => void;

export interface ProgressService {
  /** The saved progress (fresh, unsaved when the profile has none yet). */
  read(profileId?: string): Progress;
  view(profileId?: string): ProgressView;
  /** A renderer's patch (validated by the channel) or a main-process service's gate report. */
  update(profileId: string | undefined, patch: ProgressChange): ProgressView;
  /**
   * The one way the main-process services report a widget's gate. A gate reported as it already stands writes and
   * announces nothing (the hand-off reports its gate again on every load).
   */
  reportGate(profileId: string, widget: WidgetId, gate: Gate): void;
  /** Clears ticks, choices, inputs, gates and the current step of the profile. */
  startOver(profileId?: string): ProgressView;
}

export interface ProgressDeps {
  profiles: ProfilesService;
  now?: () => Date;
  /** The signed-in OS account, recorded with each completed step; defaults to the current user. */
  actor?: () => string | undefined;
  onChange?: (view: ProgressView) => void;
}

function currentUser(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined; // No passwd entry (some containers): the report just leaves "by" out.
  }
}

export function createProgressService({ profiles, now = () => new Date(), actor = currentUser, onChange }: ProgressDeps): ProgressService {
  const idOf = (profileId?: string): string => profileId ?? profiles.active().id;

  const read = (profileId?: string): Progress => {
    const saved = profiles.store(idOf(profileId)).read('progress');
    // The store validated the file against the JSON Schema already; zod adds the checks JSON Schema cannot express.
    if (saved === undefined) return emptyProgress(now());
    const parsed = progressSchema.safeParse(saved);
    if (!parsed.success) {
      // Never reset silently: the admin decides (Start over), and the file stays as it is until then.
      throw new AppError(PROGRESS_UNREADABLE, 'The saved checklist progress for this profile could not be read. Use “Start over” to begin the checklist again; other saved data is kept.');
    }
    return parsed.data;
  };

  const view = (profileId?: string): ProgressView => {
    const id = idOf(profileId);
    const progress = read(id);
    return { profileId: id, progress, status: checklistStatus(progress) };
  };

  const save = (id: string, progress: Progress | undefined): ProgressView => {
    const store = profiles.store(id);
    if (progress) store.write('progress', progress);
    else store.clear('progress');
    const result = view(id);
    onChange?.(result);
    return result;
  };

  const update = (profileId: string | undefined, patch: ProgressChange): ProgressView => {
    const id = idOf(profileId);
    const who = actor();
    return save(id, applyPatch(read(id), patch, { now: now(), ...(who ? { actor: who } : {}) }));
  };

  return {
    read,
    view,
    update,
    reportGate(profileId, widget, { satisfied, reason }) {
      const before = read(profileId).gates[widget];
      const trimmed = reason?.trim() || undefined;
      if (before && before.satisfied === satisfied && before.reason === trimmed) return;
      update(profileId, { op: 'gate', widget, satisfied, ...(reason !== undefined ? { reason } : {}) });
    },
    startOver(profileId) {
      return save(idOf(profileId), undefined);
    },
  };
}
