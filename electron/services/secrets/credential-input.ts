import { AppError } from '../../../shared/errors.ts';
import type { Credentials } from './secret-store.ts';

export interface CleanCredentials extends Credentials {
  /** What was changed, in words for the admin ("Removed a line break at the end of the Client Secret."). */
  notices: string[];
}

const LINE_BREAK = /[\r\n]/;
const INNER_SPACE_OR_CONTROL = /[\s\p{Cc}]/u;
/** A plain token: letters, digits, dashes (a Client ID, a UUID). */
const PLAIN_TOKEN = /^[A-Za-z0-9-]+$/;
/** Base64 punctuation: found in secrets, never in a client identifier that travels unencoded in forms and URLs. */
const SECRET_PUNCTUATION = /[+/=]/;

function trimmed(value: string, name: string, notices: string[]): string {
  const clean = value.trim();
  if (clean !== value && clean !== '') {
    const trailingBreak = /[\r\n]\s*$/.test(value) && value.trimStart() === value;
    notices.push(
      trailingBreak
        ? `Removed a line break at the end of the ${name} (it came with the paste).`
        : `Removed spaces or line breaks around the ${name}.`,
    );
  }
  return clean;
}

/**
 * The ID and secret pasted the wrong way round, judged by shape. Deliberately narrow — a false alarm would block
 * the one moment the secret is on screen: only base64 punctuation in the ID field with a plain token in the secret
 * field, or the secret field holding the Client ID this profile already has.
 */
function looksSwapped(clientId: string, clientSecret: string, knownClientId: string | undefined): boolean {
  if (knownClientId !== undefined && clientSecret === knownClientId && clientId !== knownClientId) return true;
  return SECRET_PUNCTUATION.test(clientId) && PLAIN_TOKEN.test(clientSecret);
}

/** Trims, checks and explains. Throws an AppError per problem; the messages never contain the values. */
export function cleanCredentialInput(input: Credentials, knownClientId?: string): CleanCredentials {
  const notices: string[] = [];
  const clientId = trimmed(input.clientId, 'Client ID', notices);
  const clientSecret = trimmed(input.clientSecret, 'Client Secret', notices);

  if (clientId === '') throw new AppError('client-id-empty', 'The Client ID is empty. Copy it from the Mimecast “Manage API 2.0 Credentials” dialog and paste it in.');
  if (clientSecret === '') {
    throw new AppError('client-secret-empty', 'The Client Secret is empty. Copy it from the Mimecast “Manage API 2.0 Credentials” dialog (it is shown only once) and paste it in.');
  }
  if (clientId === clientSecret) {
    throw new AppError('credentials-identical', 'The Client ID and the Client Secret are the same value. Copy each one separately from the Mimecast dialog.');
  }
  if (INNER_SPACE_OR_CONTROL.test(clientId)) {
    throw new AppError(
      'client-id-invalid',
      `The Client ID contains a ${LINE_BREAK.test(clientId) ? 'line break' : 'space or invisible character'}. It is one unbroken value: copy it again from the Mimecast dialog.`,
    );
  }
  if (INNER_SPACE_OR_CONTROL.test(clientSecret)) {
    throw new AppError(
      'client-secret-invalid',
      `The Client Secret contains a ${LINE_BREAK.test(clientSecret) ? 'line break (more than one line was pasted)' : 'space or invisible character'}. It is one unbroken value: copy it again from the Mimecast dialog.`,
    );
  }
  if (looksSwapped(clientId, clientSecret, knownClientId)) {
    throw new AppError(
      'credentials-swapped',
      'The Client ID and the Client Secret look swapped: the Client Secret field holds what looks like a Client ID. Paste each value into its own field.',
    );
  }
  return { clientId, clientSecret, notices };
}
