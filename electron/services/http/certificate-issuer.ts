import { EventEmitter } from 'node:events';
import type { ClientRequest } from 'node:http';
import { isIP } from 'node:net';
import { connect, type DetailedPeerCertificate, type TLSSocket } from 'node:tls';
import { HttpsProxyAgent } from 'https-proxy-agent';
import type { AgentChoice } from './agents.ts';
import { serverTextExcerpt } from '../../../shared/text/server-text.ts';

/**
 * Who issued the certificate a server (or a TLS-inspecting proxy in between) presents, when it failed our check.
 * A second TLS handshake over the same route (direct, or a CONNECT tunnel through the same proxy) with the check off
 * reads the presented chain and is closed at once: not one byte of HTTP is sent, so nothing secret reaches a server
 * we do not trust. Answers the common name at the top of the chain, or undefined if it cannot be read in time.
 */
export async function presentedIssuer(target: URL, route: Omit<AgentChoice, 'serverTls'>, timeoutMs: number): Promise<string | undefined> {
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const options = { host, port: Number(target.port || 443), rejectUnauthorized: false, ...(isIP(host) ? {} : { servername: host }) };
  let socket: TLSSocket | undefined;
  let timer: NodeJS.Timeout | undefined;
  // Ends the tunnel's socket to the proxy too, which no one holds while the proxy has not answered CONNECT.
  const controller = new AbortController();
  try {
    return await new Promise<string | undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), Math.max(1, timeoutMs));
      const watch = (opened: TLSSocket): void => {
        socket = opened;
        opened.once('secureConnect', () => resolve(topIssuer(opened.getPeerCertificate(true))));
        opened.once('error', () => resolve(undefined));
        opened.once('close', () => resolve(undefined));
      };
      if (route.proxy) {
        // https-proxy-agent's tunnel on its own, without an HTTP request riding on it.
        const standIn = new EventEmitter() as unknown as ClientRequest;
        new HttpsProxyAgent(route.proxy.href, { signal: controller.signal })
          .connect(standIn, { ...options, secureEndpoint: true })
          .then((opened) => ('getPeerCertificate' in opened ? watch(opened as TLSSocket) : resolve(undefined)), () => resolve(undefined));
      } else {
        watch(connect({ ...options, ...(route.lookup ? { lookup: route.lookup } : {}) }));
      }
    });
  } finally {
    clearTimeout(timer);
    socket?.destroy();
    controller.abort();
  }
}

/** The issuer's common name of the last certificate in the chain (a self-signed root names itself). */
function topIssuer(certificate: DetailedPeerCertificate | undefined | null): string | undefined {
  let current = certificate;
  if (!current || !current.issuer) return undefined;
  const seen = new Set<string>();
  while (current.issuerCertificate && current.issuerCertificate !== current && !seen.has(current.fingerprint256)) {
    seen.add(current.fingerprint256);
    current = current.issuerCertificate;
  }
  const name = current.issuer?.CN ?? current.issuer?.O;
  const first = Array.isArray(name) ? name[0] : name;
  // A name a stranger chose is shown to the admin: no control or escape characters, and not too long.
  const clean = typeof first === 'string' ? serverTextExcerpt(first, 120) : '';
  return clean !== '' ? clean : undefined;
}
