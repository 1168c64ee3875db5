import { createServer, type Server } from 'node:http';
import { connect as netConnect, createServer as createNetServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { TLSSocket } from 'node:tls';

/**
 * A real CONNECT proxy on loopback that inspects TLS the way Zscaler or Netskope do: it accepts the tunnel, answers
 * the client's TLS handshake itself with a certificate from its own CA, and forwards the decrypted HTTP to a plain
 * loopback server (the fake Mimecast, the fake intake). Whatever host the client names, `forwardTo` says where the
 * bytes go: the proxy does the name resolution, as a real one does. With `credentials`, a CONNECT without the right
 * Basic `Proxy-Authorization` gets a 407.
 */
export interface InspectingProxy {
  /** http://127.0.0.1:port (no credentials). */
  readonly url: string;
  readonly port: number;
  /** Every CONNECT seen: the target asked for and the Proxy-Authorization header sent. */
  readonly connects: { target: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

export interface InspectingProxyOptions {
  /** The certificate the proxy presents for every host (issued by its CA). */
  certificate: { key: string; cert: string };
  /** The loopback port the decrypted traffic goes to. */
  forwardTo: () => number;
  credentials?: { user: string; password: string };
}

/** Ends TLS with `certificate` on `socket` and pipes the clear text both ways to 127.0.0.1:`port`. */
function terminate(socket: Socket, certificate: { key: string; cert: string }, port: number): void {
  const secure = new TLSSocket(socket, { isServer: true, key: certificate.key, cert: certificate.cert });
  const upstream = netConnect(port, '127.0.0.1');
  secure.pipe(upstream).pipe(secure);
  const close = (): void => {
    secure.destroy();
    upstream.destroy();
  };
  secure.on('error', close);
  upstream.on('error', close);
  secure.on('close', close);
  upstream.on('close', close);
}

export async function startInspectingProxy(options: InspectingProxyOptions): Promise<InspectingProxy> {
  const connects: InspectingProxy['connects'] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(405, { Connection: 'close' });
    res.end('This proxy only tunnels (CONNECT).');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, socket: Socket, head: Buffer) => {
    const authorization = req.headers['proxy-authorization'];
    connects.push({ target: req.url ?? '', authorization });
    socket.on('error', () => socket.destroy());
    if (options.credentials) {
      const expected = `Basic ${Buffer.from(`${options.credentials.user}:${options.credentials.password}`).toString('base64')}`;
      if (authorization !== expected) {
        socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
        return;
      }
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    terminate(socket, options.certificate, options.forwardTo());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connects,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A TLS front on loopback (certificate from the test CA) for the direct route: the same fake behind it, no proxy. */
export async function startTlsFront(certificate: { key: string; cert: string }, forwardTo: () => number): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: NetServer = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    terminate(socket, certificate, forwardTo());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A server that answers 200 at once and then sends its body one byte at a time, `intervalMs` apart, without end:
 * an idle timeout never fires on it; only a total deadline stops the call.
 */
export async function startDrippingServer(intervalMs: number): Promise<{ url: string; close(): Promise<void> }> {
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{');
    const timer = setInterval(() => res.write(' '), intervalMs);
    timers.add(timer);
    res.on('close', () => {
      clearInterval(timer);
      timers.delete(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface SilentProxy {
  readonly url: string;
  /** Connections accepted so far. */
  accepted(): number;
  /** Resolves once a connection was accepted and every accepted connection has been closed by the client. */
  allClosed(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A "black hole" proxy on loopback: it accepts the connection and then says nothing — never an answer to `CONNECT`,
 * or (with `answerConnect`) a `200 Connection Established` and then silence, so the TLS handshake inside the tunnel
 * never ends. It never closes a connection itself: whatever the client leaves open stays open, which is what the
 * tests look for.
 */
export async function startSilentProxy({ answerConnect = false } = {}): Promise<SilentProxy> {
  const open = new Set<Socket>();
  let accepted = 0;
  let waiting: Array<() => void> = [];
  const settle = (): void => {
    if (accepted === 0 || open.size > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  const server: NetServer = createNetServer((socket) => {
    accepted += 1;
    open.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      open.delete(socket);
      settle();
    });
    // Reads (and ignores) everything, so a connection the client closes is seen closing here.
    socket.on('data', () => undefined);
    if (answerConnect) socket.once('data', () => socket.write('HTTP/1.1 200 Connection Established\r\n\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    accepted: () => accepted,
    allClosed: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        settle();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
