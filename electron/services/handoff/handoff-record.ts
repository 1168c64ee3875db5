import { handoffSectionSchema, type HandoffSection, type TimelineEntry } from '../../../shared/handoff/handoff-data.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';

/** The timeline keeps the most recent entries; older ones are of no use to the admin or the report. */
const TIMELINE_MAX = 200;

/** Reads and updates a profile's `handoff` section. Each update is validated and saved at once. */
export interface HandoffRecord {
  read(profileId: string): HandoffSection;
  update(profileId: string, change: (section: HandoffSection) => HandoffSection): HandoffSection;
  /** Adds a timeline entry inside an update. */
  note(section: HandoffSection, entry: TimelineEntry): HandoffSection;
}

/** `onChange` hears every saved change (the app pushes `handoff.changed` so both widgets stay in step). */
export function createHandoffRecord(profiles: ProfilesService, onChange: (profileId: string) => void = () => {}): HandoffRecord {
  const read = (profileId: string): HandoffSection => handoffSectionSchema.parse(profiles.store(profileId).read('handoff') ?? {});
  return {
    read,
    update(profileId, change) {
      const next = handoffSectionSchema.parse(change(read(profileId)));
      profiles.store(profileId).write('handoff', next);
      onChange(profileId);
      return next;
    },
    note(section, entry) {
      return { ...section, timeline: [...(section.timeline ?? []), entry].slice(-TIMELINE_MAX) };
    },
  };
}
