/**
 * Turns file-system failures into messages a workshop facilitator understands. The technical code stays
 * in the log; the user reads what happened, whether anything was lost and what to do next.
 */

export type FileAction = 'save' | 'open' | 'export' | 'import';

/** An error whose message is written for the user, with the raw code kept for logs and tests. */
export class UserFacingFileError extends Error {
  override readonly name = 'UserFacingFileError';
  constructor(
    message: string,
    readonly code: string,
    /** True when choosing another location (Save As…) may succeed where this one failed. */
    readonly canSaveAs: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The `code` of a Node system error (`ENOSPC`, `EACCES`…), or null for anything else. */
export function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return null;
}

const NOTHING_LOST = 'Your map is still open and nothing was lost.';

function sentences(...parts: (string | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join(' ');
}

/** A plain-language message for a failed file operation; never shows a raw error code alone. */
export function describeFileError(error: unknown, action: FileAction): string {
  if (error instanceof UserFacingFileError) return error.message;
  const code = errorCode(error);
  const writing = action === 'save' || action === 'export';
  const reassurance = action === 'save' && NOTHING_LOST;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'SHORT_WRITE':
      return writing
        ? sentences('The disk is full, so the file could not be written.', 'Free up some space, or use Save As… to save it somewhere else.', reassurance)
        : 'The disk is full.';
    case 'EACCES':
    case 'EPERM':
      return writing
        ? sentences(
            "You don't have permission to save in this folder, or the file is read-only.",
            'Use Save As… to save a copy somewhere else.',
            reassurance,
          )
        : "You don't have permission to open this file.";
    case 'EROFS':
      return writing ? sentences('This disk is read-only.', 'Use Save As… to save a copy somewhere else.', reassurance) : 'This disk is read-only.';
    case 'ENOENT':
    case 'ENOTDIR':
      return writing
        ? sentences('The folder no longer exists (a removed drive or a deleted folder?).', 'Use Save As… to choose another place.', reassurance)
        : 'The file could not be found. It may have been moved, renamed or deleted.';
    case 'EISDIR':
      return sentences('That is a folder, not a file.', reassurance);
    case 'EBUSY':
    case 'ETXTBSY':
      return sentences('Another program is using the file. Close it there and try again.', reassurance);
    case 'ENAMETOOLONG':
      return sentences('The file name or folder path is too long. Choose a shorter name.', reassurance);
    case 'EMFILE':
    case 'ENFILE':
      return sentences('Too many files are open. Close some programs and try again.', reassurance);
    case 'SIZE_MISMATCH':
      return sentences('The file could not be written completely.', 'Try again, or use Save As….', reassurance);
    default:
      return writing
        ? sentences(`The file could not be written${code ? ` (${code})` : ''}.`, 'Use Save As… to try another place.', reassurance)
        : `The file could not be read${code ? ` (${code})` : ''}.`;
  }
}

/** Wraps any failure of a write into a UserFacingFileError (Save As is always worth offering). */
export function toWriteError(error: unknown, action: 'save' | 'export' = 'save'): UserFacingFileError {
  if (error instanceof UserFacingFileError) return error;
  return new UserFacingFileError(describeFileError(error, action), errorCode(error) ?? 'UNKNOWN', true, { cause: error });
}
