import type { UpdateChannel } from '../../../shared/updates/update-status.ts';

/**
 * The metadata file electron-builder writes for a channel and platform (`latest.yml` for Windows, `latest-mac.yml`,
 * `latest-linux.yml`, `latest-linux-arm64.yml`; `beta…` for the beta channel), and its detached signature beside it.
 */
export function metadataFileName(channel: UpdateChannel, platform: string, arch: string): string {
  const base = channel === 'stable' ? 'latest' : 'beta';
  if (platform === 'darwin') return `${base}-mac.yml`;
  if (platform === 'linux') return arch === 'x64' ? `${base}-linux.yml` : `${base}-linux-${arch}.yml`;
  return `${base}.yml`;
}

export const signatureFileName = (metadataFile: string): string => `${metadataFile}.sig`;
