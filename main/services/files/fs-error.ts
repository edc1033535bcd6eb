/** What a file-system error code means, in words an analyst can act on. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'the disk reported an input/output error',
  EROFS: 'the disk is read-only',
  EMFILE: 'too many files are open',
  ESHORTWRITE: 'the disk took fewer bytes than were written',
};

/** The error's code when it has one (Node's `ENOSPC` and the like). */
export function fsErrorCode(error: unknown): string | null {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

/** Whether the error came from the file system (Node's, with the call that failed, or Gloss's own check of what reached the disk), not from what was being written. */
export function isFileSystemError(error: unknown): boolean {
  const code = fsErrorCode(error);
  return code !== null && (code in REASONS || (typeof error === 'object' && error !== null && 'syscall' in error));
}

/** Why a file operation failed, for a message; the bare code when it has no plainer name. */
export function describeFsError(error: unknown): string {
  const code = fsErrorCode(error);
  if (code) return REASONS[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}
