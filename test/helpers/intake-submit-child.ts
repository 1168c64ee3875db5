// Run as a child process (node --experimental-strip-types): one intake submission through a proxy, printed as JSON.
// A process of its own, because Node reads the operating system's certificate store (SSL_CERT_FILE) once per process.
import { createIntakeClient } from '../../electron/services/intake/intake-client.ts';

const { url, token, proxy } = JSON.parse(process.argv[2] ?? '{}') as { url: string; token: string; proxy: string };
const result = await createIntakeClient({ sleep: () => Promise.resolve(), network: () => ({ proxy }) }).submit({
  url,
  token,
  idempotencyKey: '3b241101-e2bb-4255-8caf-4136c566a962',
  body: { vendor: 'mimecast', apiVersion: '2.0', accountName: 'A', baseUrl: 'https://api.services.mimecast.com', clientId: 'id-123456', clientSecret: 'secret-123456', credentialExpiry: null },
});
process.stdout.write(JSON.stringify(result));
