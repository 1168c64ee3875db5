import type { StoreRecovery } from '../../shared/domain/profile.ts';

/** One line per damaged file this run set aside: where it went, and what was carried over from it. */
export function recoveryNotes(recoveries: readonly StoreRecovery[]): string[] {
  return recoveries.map((r) => {
    const recovered = r.recovered?.length
      ? `Recovered from it: ${r.recovered.join('; ')}.`
      : 'Nothing in it could be recovered, so that file starts empty.';
    return `Note: ${r.file} could not be read. ${r.reason} It was set aside, not deleted, as ${r.movedTo}. ${recovered}`;
  });
}
