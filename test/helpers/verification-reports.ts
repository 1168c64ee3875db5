import { checkCatalog, checkIds, leastPrivilegeCatalog, leastPrivilegeProbeIds } from '../../shared/verification/checks.ts';
import type { VerificationReport } from '../../shared/verification/report.ts';

/** A run where every permission works and the role can also read the first least-privilege endpoint. */
export function overPrivilegedReport(): VerificationReport {
  const [readable, ...refused] = leastPrivilegeProbeIds;
  return {
    ok: false,
    baseUrl: 'https://eu-api.services.mimecast.com',
    token: { ok: true, status: 200, code: null, message: 'Mimecast issued a token.' },
    checks: checkIds.map((id) => ({ id, permission: checkCatalog[id].permission, endpoint: checkCatalog[id].endpoint, ok: true, status: 200, code: null, message: 'Read.', hint: '', events: null })),
    leastPrivilege: {
      ok: false,
      probes: [
        { id: readable!, endpoint: leastPrivilegeCatalog[readable!].endpoint, permission: leastPrivilegeCatalog[readable!].permission, refused: false, status: 200, outcome: 'allowed', message: `Readable: clear “${leastPrivilegeCatalog[readable!].permission}”.` },
        ...refused.map((id) => ({ id, endpoint: leastPrivilegeCatalog[id].endpoint, permission: leastPrivilegeCatalog[id].permission, refused: true, status: 403, outcome: 'refused' as const, message: 'Refused, as it should be.' })),
      ],
    },
    warnings: [],
    durationMs: 120,
    ranAt: '2026-12-01T03:00:00.000Z',
  };
}

