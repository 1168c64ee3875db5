import { AppError } from '../../../shared/errors.ts';
import { checkIpRanges } from '../../../shared/ip-ranges/check.ts';
import { parseCurrentIp } from '../../../shared/ip-ranges/parse-entries.ts';
import {
  acknowledgementCovers,
  ipRangesCompletionBlock,
  ipRangesSectionSchema,
  isAcknowledgeableCaution,
  isMspAcknowledgement,
  MSP_ACKNOWLEDGEMENT_PHRASE,
  type IpRangesSection,
} from '../../../shared/ip-ranges/profile-section.ts';
import type { IpRangesView } from '../../../shared/ipc/channels/ip-ranges.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { gateFor } from './gate.ts';
import type { ReportGate } from '../progress/progress-service.ts';

export interface IpRangesInput {
  adminText: string;
  arcticWolfText: string;
  currentIp: string;
}

export interface IpRangesService {
  load(profileId?: string): IpRangesView;
  save(profileId: string | undefined, input: IpRangesInput): IpRangesView;
  acknowledge(profileId: string | undefined, text: string): IpRangesView;
  /** Copies the saved list's canonical ranges, one per line; answers how many. */
  copyAdminRanges(profileId?: string): { copied: number };
}

export interface IpRangesDeps {
  profiles: ProfilesService;
  now?: () => Date;
  /** Tells the checklist whether the Admin IP Ranges step may be completed (the `ip-ranges-check` gate). */
  reportGate: ReportGate;
  /** Writes text to the system clipboard; absent where there is none (the CLI). */
  copyText?: (text: string) => void;
}

/**
 * The Admin IP Ranges check for one profile. The verdict that gates the step is always computed here, from the
 * saved text, never taken from the renderer; the renderer runs the same pure check only for live feedback.
 */
export function createIpRangesService({ profiles, now = () => new Date(), reportGate, copyText }: IpRangesDeps): IpRangesService {
  const idOf = (profileId?: string): string => profileId ?? profiles.active().id;

  const readSection = (id: string): IpRangesSection | undefined => {
    const saved = profiles.store(id).read('ipRanges');
    const parsed = ipRangesSectionSchema.safeParse(saved);
    return parsed.success ? parsed.data : undefined;
  };

  const viewOf = (section: IpRangesSection | undefined): IpRangesView => {
    if (!section) return { section: null, result: null, currentIpError: null, blocked: null, acknowledged: false };
    const current = parseCurrentIp(section.currentIp);
    const result = checkIpRanges({ adminText: section.adminText, arcticWolfText: section.arcticWolfText, currentIp: current?.ok ? current.range : undefined });
    return {
      section,
      result,
      currentIpError: current && !current.ok ? current.message : null,
      blocked: ipRangesCompletionBlock(result, section.acknowledgement) ?? null,
      acknowledged: isAcknowledgeableCaution(result) && acknowledgementCovers(section.acknowledgement, result.adminRanges),
    };
  };

  const store = (id: string, section: IpRangesSection): IpRangesView => {
    profiles.store(id).write('ipRanges', section);
    const view = viewOf(section);
    reportGate(id, gateFor(view));
    return view;
  };

  return {
    load: (profileId) => viewOf(readSection(idOf(profileId))),

    save(profileId, input) {
      const id = idOf(profileId);
      const previous = readSection(id);
      const current = parseCurrentIp(input.currentIp);
      const result = checkIpRanges({ ...input, currentIp: current?.ok ? current.range : undefined });
      // An acknowledgement covers the list it was typed for; once the list changes it no longer applies.
      const acknowledgement = acknowledgementCovers(previous?.acknowledgement, result.adminRanges) ? previous?.acknowledgement : undefined;
      return store(id, {
        adminText: input.adminText,
        arcticWolfText: input.arcticWolfText,
        currentIp: input.currentIp,
        lastVerdict: result.verdict,
        checkedAt: now().toISOString(),
        ...(acknowledgement ? { acknowledgement } : {}),
      });
    },

    acknowledge(profileId, text) {
      const id = idOf(profileId);
      const section = readSection(id);
      const view = viewOf(section);
      if (!section || !view.result || view.result.verdict !== 'caution') {
        throw new AppError('nothing-to-acknowledge', 'There is nothing to acknowledge: the saved list is not made of Arctic Wolf ranges only. Check the list again.');
      }
      if (!isAcknowledgeableCaution(view.result)) {
        throw new AppError('nothing-to-acknowledge', 'Your current address is outside every range in the list, and an acknowledgement cannot change that. Add a range that covers your address, or correct the address.');
      }
      if (!isMspAcknowledgement(text)) {
        throw new AppError('acknowledgement-mismatch', `To continue with only Arctic Wolf ranges, type exactly “${MSP_ACKNOWLEDGEMENT_PHRASE}”. If you are not a managed service provider, add the ranges your administrators sign in from instead.`);
      }
      return store(id, { ...section, acknowledgement: { text: text.trim(), at: now().toISOString(), adminRanges: view.result.adminRanges } });
    },

    copyAdminRanges(profileId) {
      const view = viewOf(readSection(idOf(profileId)));
      const ranges = view.result?.adminRanges ?? [];
      if (ranges.length === 0) throw new AppError('nothing-to-copy', 'There are no admin ranges to copy yet. Enter the ranges you plan to save in Mimecast first.');
      // Copying is what an OK (or acknowledged) list earns: never hand over a list that would lock people out.
      if (view.blocked === 'invalid') throw new AppError('list-not-copyable', 'Some entries could not be read, or the Arctic Wolf list is empty. Fix the lists first; then you can copy the checked list.');
      if (view.blocked === 'caution') throw new AppError('list-not-copyable', 'This list would lock people out of the Administration Console, so it is not offered for copying. Fix the caution first.');
      if (!copyText) throw new AppError('clipboard-unavailable', 'The clipboard is not available here. Select the list and copy it by hand.');
      copyText(ranges.join('\n'));
      return { copied: ranges.length };
    },
  };
}
