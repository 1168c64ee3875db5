import { AppError } from '../../../shared/errors.ts';

/**
 * Turns a @napi-rs/keyring failure into one clear message per situation. The library's own text ("Platform failure:
 * DBus error: …") is kept as the `cause` for the log only. Its messages never contain the password.
 */
export function keyringError(error: unknown, storeLabel: string, platform: string): AppError {
  const text = error instanceof Error ? error.message : String(error);
  if (/dismiss/i.test(text)) {
    return new AppError(
      'secret-store-prompt-dismissed',
      `The ${storeLabel} asked to be unlocked and the prompt was closed. Try again and unlock it when asked.`,
      { cause: error },
    );
  }
  if (platform === 'linux' && /DBUS_SESSION_BUS_ADDRESS|dbus|org\.freedesktop\.secrets|ServiceUnknown|not provided by any \.service/i.test(text)) {
    return new AppError(
      'secret-store-unavailable',
      // Worded for reading and storing alike: the credentials service says which one it was trying.
      'No Secret Service is running (GNOME Keyring or KWallet), so the system keyring cannot be reached: cron, SSH logins, ' +
        'servers and containers have none. Sign in to a desktop session that runs one, or start gnome-keyring-daemon.',
      { cause: error },
    );
  }
  if (/locked|no result found|Couldn't access platform|NoStorageAccess|User interaction is not allowed|errSecInteractionNotAllowed/i.test(text)) {
    return new AppError(
      'secret-store-locked',
      `The ${storeLabel} is locked or has no default keyring to write to. Unlock it (or create a default keyring), then try again.`,
      { cause: error },
    );
  }
  return new AppError(
    'secret-store-failed',
    `The ${storeLabel} refused the operation. Try again; if it keeps failing, check that the ${storeLabel} works for other apps.`,
    { cause: error },
  );
}
