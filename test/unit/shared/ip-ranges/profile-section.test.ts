import { describe, expect, it } from 'vitest';
import {
  acknowledgementCovers,
  ipRangesCompletionBlock,
  ipRangesSectionSchema,
  isAcknowledgeableCaution,
  isMspAcknowledgement,
  MSP_ACKNOWLEDGEMENT_PHRASE,
} from '../../../../shared/ip-ranges/profile-section.ts';
import { profileDataSchema } from '../../../../shared/domain/profile-data.ts';

const ack = (adminRanges: string[]) => ({ text: MSP_ACKNOWLEDGEMENT_PHRASE, at: '2026-11-25T15:00:00.000Z', adminRanges });

describe('the MSP acknowledgement', () => {
  it('accepts the phrase whatever the case and spacing, and nothing else', () => {
    expect(isMspAcknowledgement(MSP_ACKNOWLEDGEMENT_PHRASE)).toBe(true);
    expect(isMspAcknowledgement('  i am a   MANAGED service provider ')).toBe(true);
    expect(isMspAcknowledgement('I am a managed service')).toBe(false);
    expect(isMspAcknowledgement('yes')).toBe(false);
    expect(isMspAcknowledgement('')).toBe(false);
  });

  it('covers only the list it was given for, in any order', () => {
    expect(acknowledgementCovers(ack(['45.60.0.0/24', '2a02:e980::/48']), ['2a02:e980::/48', '45.60.0.0/24'])).toBe(true);
    expect(acknowledgementCovers(ack(['45.60.0.0/24']), ['45.60.0.0/25'])).toBe(false);
    expect(acknowledgementCovers(ack(['45.60.0.0/24']), ['45.60.0.0/24', '45.60.1.0/24'])).toBe(false);
    expect(acknowledgementCovers(undefined, ['45.60.0.0/24'])).toBe(false);
  });
});

describe('ipRangesCompletionBlock', () => {
  const result = (verdict: 'ok' | 'caution' | 'invalid', adminRanges: string[], warningCodes: Array<'only-arctic-wolf' | 'current-ip-not-covered'> = []) => ({
    verdict,
    adminRanges,
    errors: [],
    warnings: warningCodes.map((code) => ({ code, range: adminRanges[0] ?? '', message: '' })),
  });

  it('blocks on invalid, and on caution without an acknowledgement for this list', () => {
    expect(ipRangesCompletionBlock(result('ok', ['81.2.69.0/24']), undefined)).toBeUndefined();
    expect(ipRangesCompletionBlock(result('invalid', []), ack([]))).toBe('invalid');
    expect(ipRangesCompletionBlock(result('caution', ['45.60.0.0/24'], ['only-arctic-wolf']), undefined)).toBe('caution');
    expect(ipRangesCompletionBlock(result('caution', ['45.60.0.0/24'], ['only-arctic-wolf']), ack(['45.60.1.0/24']))).toBe('caution');
    expect(ipRangesCompletionBlock(result('caution', ['45.60.0.0/24'], ['only-arctic-wolf']), ack(['45.60.0.0/24']))).toBeUndefined();
  });

  it('keeps blocking a lockout of the current address: an acknowledgement cannot lift it', () => {
    const lockout = result('caution', ['45.60.0.0/24'], ['current-ip-not-covered', 'only-arctic-wolf']);
    expect(ipRangesCompletionBlock(lockout, ack(['45.60.0.0/24']))).toBe('caution');
    expect(isAcknowledgeableCaution(lockout)).toBe(false);
    expect(isAcknowledgeableCaution(result('caution', ['45.60.0.0/24'], ['only-arctic-wolf']))).toBe(true);
  });
});

describe('the ipRanges profile section', () => {
  it('is part of the profile data and refuses unknown keys', () => {
    const section = { adminText: '45.60.0.0/24', arcticWolfText: '45.60.0.0/24', currentIp: '', lastVerdict: 'caution', checkedAt: '2026-11-25T15:00:00.000Z', acknowledgement: ack(['45.60.0.0/24']) };
    expect(ipRangesSectionSchema.parse(section)).toEqual(section);
    expect(profileDataSchema.parse({ schemaVersion: 1, ipRanges: section }).ipRanges).toEqual(section);
    expect(ipRangesSectionSchema.safeParse({ ...section, secret: 'x' }).success).toBe(false);
    expect(ipRangesSectionSchema.safeParse({ ...section, lastVerdict: 'fine' }).success).toBe(false);
  });
});
