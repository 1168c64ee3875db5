/**
 * electron-updater's own checks after the signed metadata (the file's SHA-512, the Windows publisher, macOS's code
 * signature) fail with an Error whose text says which. A failed check is a refusal (nothing is installed, and the
 * admin is told why); anything else is a plain error (network, disk) and the next check tries again.
 */
export type DownloadFailure = { kind: 'refused' | 'error'; reason: string };

const checks: Array<{ test: RegExp; reason: string }> = [
  { test: /sha512 checksum mismatch|checksum mismatch/i, reason: 'The downloaded file does not match the SHA-512 in the signed metadata: it was deleted, not installed.' },
  { test: /not signed by the application owner|publisherNames|Get-AuthenticodeSignature/i, reason: 'The downloaded installer is not signed by this app\'s publisher (Windows Authenticode check): it was not installed.' },
  { test: /code signature|did not pass validation|SecCodeCheckValidity|codesign/i, reason: 'The downloaded app failed macOS\'s code signature check (Developer ID): it was not installed.' },
];

export function classifyDownloadFailure(error: unknown): DownloadFailure {
  const text = error instanceof Error ? error.message : String(error);
  for (const check of checks) if (check.test.test(text)) return { kind: 'refused', reason: check.reason };
  const firstLine = text.split('\n')[0]?.slice(0, 300) ?? '';
  return { kind: 'error', reason: `The update could not be downloaded (${firstLine}). The app tries again at the next check.` };
}
