import { AppError } from '../../../shared/errors.ts';
import { parseProxyUrl, proxyCredentials } from '../../services/http/proxy.ts';
import { readCaFile } from '../../services/http/trust.ts';
import type { NetworkOptions } from '../../services/http/transport.ts';
import { UsageError, type CliContext } from '../command.ts';

/**
 * `--proxy URL` and `--ca-file FILE`, declared in `networkOptions` (electron/cli/options.ts). Checks both before
 * anything is sent (a bad value is exit 2) and registers the proxy's credentials with the redactor at once. Without
 * `--proxy`, the environment's HTTPS_PROXY/ALL_PROXY (with NO_PROXY) apply.
 */
export function networkFromFlags(context: CliContext): NetworkOptions | undefined {
  const proxy = context.values.proxy;
  const caFile = context.values['ca-file'];
  if (proxy === undefined && caFile === undefined) return undefined;
  try {
    if (proxy !== undefined) {
      if (typeof proxy !== 'string' || proxy.trim() === '') throw new UsageError('--proxy needs the proxy address, for example http://proxy.example.com:8080.', 'proxy-invalid');
      for (const secret of proxyCredentials(parseProxyUrl(proxy))) context.services().redactor.register(secret);
    }
    if (caFile !== undefined) {
      if (typeof caFile !== 'string' || caFile.trim() === '') throw new UsageError('--ca-file needs the path of a PEM file with the company root certificate.', 'ca-file-invalid');
      readCaFile(caFile);
    }
  } catch (error) {
    if (error instanceof AppError) throw new UsageError(error.message, error.code);
    throw error;
  }
  return { ...(typeof proxy === 'string' ? { proxy } : {}), ...(typeof caFile === 'string' ? { caFile } : {}) };
}
