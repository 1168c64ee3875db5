// The release's own signatures, made in the pipeline after the installers are built (docs/release.md):
//   node --experimental-strip-types scripts/sign-release.ts DIR
//     signs every update metadata file in DIR (latest*.yml, beta*.yml) with the Ed25519 release key from the
//     environment (UPDATE_SIGNING_KEY: the private key in PEM, from the forge's secret store), writing <file>.sig
//     (base64, what the app checks before any download), then writes DIR/SHA256SUMS over every file there.
//   node --experimental-strip-types scripts/sign-release.ts --new-key FILE
//     makes a new release key: the private key into FILE (mode 0600, for the secret store; never commit it) and the
//     public key on stdout, for electron/services/updates/release-key.ts.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const METADATA = /^(latest|beta)(-[a-z0-9-]+)?\.yml$/;

export function signReleaseFolder(dir: string, privateKeyPem: string): { signed: string[]; sums: string } {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('UPDATE_SIGNING_KEY is not an Ed25519 private key.');
  const signed: string[] = [];
  for (const name of readdirSync(dir).filter((n) => METADATA.test(n)).sort()) {
    writeFileSync(join(dir, `${name}.sig`), `${sign(null, readFileSync(join(dir, name)), key).toString('base64')}\n`);
    signed.push(name);
  }
  const lines = readdirSync(dir)
    .filter((name) => name !== 'SHA256SUMS' && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => `${createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')}  ${name}`);
  const sums = `${lines.join('\n')}\n`;
  writeFileSync(join(dir, 'SHA256SUMS'), sums);
  return { signed, sums };
}

function newKey(file: string): string {
  if (existsSync(file)) throw new Error(`${file} exists: a release key is never overwritten.`);
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  return createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
}

if (import.meta.main) {
  const [first, second] = process.argv.slice(2);
  try {
    if (first === '--new-key' && second) {
      process.stdout.write(newKey(second));
    } else if (first && !first.startsWith('-')) {
      const pem = process.env.UPDATE_SIGNING_KEY;
      if (!pem) throw new Error('UPDATE_SIGNING_KEY is not set: the release key comes from the secret store, never from a file in the repository.');
      const { signed } = signReleaseFolder(first, pem);
      if (signed.length === 0) throw new Error(`No update metadata (latest*.yml) in ${first}: nothing to sign.`);
      console.log(`signed ${signed.join(', ')}; wrote SHA256SUMS`);
    } else {
      console.error('usage: sign-release.ts DIR | --new-key FILE');
      process.exit(2);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
