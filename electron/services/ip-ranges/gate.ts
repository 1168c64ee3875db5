import type { IpRangesView } from '../../../shared/ipc/channels/ip-ranges.ts';

/** What the checklist shows for the `ip-ranges-check` gate, in words for the admin. */
export function gateFor(view: IpRangesView): { satisfied: boolean; reason: string } {
  const result = view.result;
  if (!result) return { satisfied: false, reason: 'Enter the ranges you plan to save in Mimecast so the assistant can check them.' };
  if (view.blocked === 'invalid') {
    if (result.errors.every((e) => e.file === 'arctic-wolf' && e.input === '')) {
      return { satisfied: false, reason: 'Paste the Arctic Wolf ranges from the Unified Portal so your list can be compared with them.' };
    }
    const count = result.errors.length;
    return { satisfied: false, reason: `${count} ${count === 1 ? 'entry' : 'entries'} could not be read. Fix the lines marked in the lists.` };
  }
  if (view.blocked === 'caution' && result.warnings.some((w) => w.code === 'current-ip-not-covered')) {
    return {
      satisfied: false,
      reason: 'Your current address is outside every range in your list, so saving it would lock you out. Add a range that covers your address, or correct the address.',
    };
  }
  if (view.blocked === 'caution') {
    return {
      satisfied: false,
      reason: 'Every range in your list is an Arctic Wolf range, which would shut every other account out. Add the ranges your administrators sign in from, or confirm that you are a managed service provider.',
    };
  }
  if (view.acknowledged) return { satisfied: true, reason: 'Only Arctic Wolf ranges: confirmed by a managed service provider.' };
  const count = result.adminRanges.length;
  if (count === 0) return { satisfied: true, reason: 'No admin ranges entered: Mimecast applies no IP restriction.' };
  return { satisfied: true, reason: `Checked: ${count} admin ${count === 1 ? 'range' : 'ranges'}, not only Arctic Wolf addresses.` };
}
