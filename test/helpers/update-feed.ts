import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { stringify } from 'yaml';

/**
 * A release feed on loopback, as electron-builder and the release pipeline publish one: `latest-linux.yml` (or any
 * channel file), its Ed25519 signature `<file>.sig`, and the installer it names. Tests set what each path answers
 * and count every request, so "no request at all" can be asserted.
 */
export interface ReleaseKey {
  privateKey: KeyObject;
  publicPem: string;
}

export function makeReleaseKey(): ReleaseKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

export const signFeedFile = (text: string, key: ReleaseKey): string => sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');

export const sha512Base64 = (bytes: Buffer): string => createHash('sha512').update(bytes).digest('base64');

/** The metadata electron-builder writes for one installer. */
export function releaseMetadata(version: string, installer: { name: string; bytes: Buffer }): string {
  const sha512 = sha512Base64(installer.bytes);
  return stringify({ version, files: [{ url: installer.name, sha512, size: installer.bytes.length }], path: installer.name, sha512, releaseDate: '2026-12-01T10:00:00.000Z' });
}

export interface FeedServer {
  /** http://127.0.0.1:port/feed (or https://host:port/feed with TLS) */
  url: string;
  port: number;
  /** Every path requested, in order. */
  readonly requests: string[];
  /** What a path answers; unset paths answer 404. */
  files: Map<string, Buffer | string>;
  close(): Promise<void>;
}

export async function startFeedServer(options: { tls?: { key: string; cert: string }; host?: string } = {}): Promise<FeedServer> {
  const requests: string[] = [];
  const files = new Map<string, Buffer | string>();
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push(path);
    const body = files.get(path);
    if (body === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': Buffer.byteLength(body) }).end(body);
  };
  const server = options.tls ? createHttpsServer(options.tls, handler) : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${options.tls ? 'https' : 'http'}://${options.host ?? '127.0.0.1'}:${port}/feed`,
    port,
    requests,
    files,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
