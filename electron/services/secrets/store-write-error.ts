import { AppError } from '../../../shared/errors.ts';

/**
 * Runs a write to the profile's store and turns a file-system failure (read-only folder, full disk, permissions)
 * into a message the admin can act on. conf writes atomically, so a failed write leaves the previous file intact.
 */
export function writeOrExplain<T>(path: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'the app may not write there' : 'the write failed';
    throw new AppError(
      'store-unwritable',
      `The app could not save to ${path} (${why}). Nothing was lost: what was stored before is still there. Fix the folder’s permissions or free some space, then try again.`,
      { cause: error },
    );
  }
}
