import { request as httpRequest, type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { configureRequestOptions, configureRequestUrl, HttpExecutor, type DownloadOptions } from 'builder-util-runtime';
import { RoutingAgent } from '../http/routing-agent.ts';
import type { NetworkOptions } from '../http/transport.ts';
import { loadTrust } from '../http/trust.ts';

/**
 * The request path given to electron-updater in place of its own (Chromium's network stack in a session of its own,
 * which ignores the app's proxy setting — electron-builder #5926 — and trusts only the OS's roots): Node's HTTP
 * through the app's routing agent, so a download goes through the same proxy and the same trusted roots as the
 * metadata before it. electron-updater still checks what arrives: `download` is given the signed SHA-512 and
 * builder-util-runtime's digest check refuses a file that does not match.
 */
export class UpdateHttpExecutor extends HttpExecutor<ClientRequest> {
  readonly #agent: RoutingAgent;

  constructor(network: NetworkOptions, registerSecret?: (value: string) => void) {
    super();
    this.#agent = new RoutingAgent(network, loadTrust(network.caFile), registerSecret);
  }

  override createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest {
    const send = options.protocol === 'http:' ? httpRequest : httpsRequest;
    return send({ ...options, agent: this.#agent }, callback);
  }

  /** electron-updater's download call (its Electron executor's signature): the file at `url` into `destination`. */
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(requestOptions, { destination, options, onCancel, responseHandler: null, callback: (error) => (error ? reject(error) : resolve(destination)) }, 0);
    });
  }
}
