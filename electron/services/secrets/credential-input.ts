import { AppError } from '../../../shared/errors.ts';
import type { Credentials } from './secret-store.ts';

export interface CleanCredentials extends Credentials {
  /** What was changed, in words for the admin ("Removed a line break at the end of the Client Secret."). */
  notices: string[];
}

/**
 * Mimecast's Client Secrets are long random strings; anything shorter than this is a slip of the mouse (half a copy),
 * not a secret, and a value this short could not be masked reliably in messages either.
 */
const CLIENT_SECRET_MIN_LENGTH = 12;

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
 * What in the Client ID field looks like a secret, judged by shape. Base64 punctuation never appears in a client
 * identifier that travels unencoded in forms and URLs, so it is refused outright. Two plain tokens are told apart
 * only by length: a Client Secret is at least as long as its Client ID in every client-credentials scheme we know
 * (Mimecast documents neither length), so a Client ID clearly longer than the secret beside it (by
 * `SWAP_LENGTH_MARGIN` or more; near-equal lengths prove nothing) reads as a swap. That one rule can be wrong, so
 * the admin may confirm the fields (`confirmedFields`) after checking the Mimecast dialog.
 */
/** How much longer than the secret a plain Client ID must be to read as a swap. */
const SWAP_LENGTH_MARGIN = 8;

function secretLookingId(clientId: string, clientSecret: string, knownClientId: string | undefined, confirmedFields: boolean): 'swapped' | 'secret' | undefined {
  if (knownClientId !== undefined && clientSecret === knownClientId && clientId !== knownClientId) return 'swapped';
  if (SECRET_PUNCTUATION.test(clientId)) return PLAIN_TOKEN.test(clientSecret) ? 'swapped' : 'secret';
  if (!confirmedFields && PLAIN_TOKEN.test(clientId) && PLAIN_TOKEN.test(clientSecret) && clientId.length >= clientSecret.length + SWAP_LENGTH_MARGIN) return 'swapped';
  return undefined;
}

export interface CredentialInputOptions {
  /** The Client ID this profile already has, if any. */
  knownClientId?: string | undefined;
  /** The admin checked that each value is in its own field: skip the length rule (never the other checks). */
  confirmedFields?: boolean | undefined;
}

/** Trims, checks and explains. Throws an AppError per problem; the messages never contain the values. */
export function cleanCredentialInput(input: Credentials, { knownClientId, confirmedFields = false }: CredentialInputOptions = {}): CleanCredentials {
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
  if (clientSecret.length < CLIENT_SECRET_MIN_LENGTH) {
    throw new AppError(
      'client-secret-too-short',
      `The Client Secret is only ${clientSecret.length} characters long, so it is not a real one: Mimecast’s Client Secrets are much longer. ` +
        'Part of it may have been left out: copy the whole value again from the Mimecast dialog.',
    );
  }
  const suspicion = secretLookingId(clientId, clientSecret, knownClientId, confirmedFields);
  if (suspicion === 'swapped') {
    throw new AppError(
      'credentials-swapped',
      'The Client ID and the Client Secret look swapped: the Client ID field holds what looks like the secret. Both fields were cleared; paste each value into its own field from the Mimecast dialog (the Client ID is listed first).',
    );
  }
  if (suspicion === 'secret') {
    throw new AppError(
      'client-id-looks-secret',
      'The Client ID field holds what looks like a Client Secret (it has characters a Client ID never has). Both fields were cleared; copy the Client ID from the Mimecast dialog and paste it in, then the secret into its own field.',
    );
  }
  return { clientId, clientSecret, notices };
}
