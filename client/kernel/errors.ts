// Errors of the local kernel tooling (init, manifest, scan, check). Every error carries a stable
// string `code` that callers (the aivmd CLI, the SDK, tests) may match on; codes are never renamed
// or reused. The message says what went wrong and what to do about it.

export const KernelErrorCodes = [
  /** The kernel directory does not exist. */
  'KERNEL_NOT_FOUND',
  /** The path exists but is not a directory. */
  'KERNEL_NOT_A_DIRECTORY',
  /** init: the directory has files and `force` was not given. */
  'KERNEL_DIR_NOT_EMPTY',
  /** init: the directory already has an aivm.json and `force` was not given. */
  'KERNEL_MANIFEST_EXISTS',
  /** manifest: there is no aivm.json (or it is not a regular file). */
  'KERNEL_MANIFEST_MISSING',
  /** manifest: aivm.json is not a JSON object. */
  'KERNEL_MANIFEST_INVALID',
  /** aivm.json is larger than the schema allows. */
  'KERNEL_MANIFEST_TOO_LARGE',
  /** A file name is not valid UTF-8, so it cannot be named in a manifest. */
  'KERNEL_INVALID_FILE_NAME',
  /** A file or directory could not be read (permissions). */
  'KERNEL_UNREADABLE',
  /** A file changed size or type while it was being read. */
  'KERNEL_CHANGED_DURING_SCAN',
  /** An option passed to init/manifest/check is invalid. */
  'KERNEL_INVALID_OPTIONS',
  /** The operation was aborted through its AbortSignal. */
  'KERNEL_ABORTED',
  /** Any other file-system failure. */
  'KERNEL_IO_ERROR',
] as const;

export type KernelErrorCode = (typeof KernelErrorCodes)[number];

export class KernelError extends Error {
  readonly code: KernelErrorCode;
  /** The file or directory the error is about, when there is one. */
  readonly path?: string;

  constructor(code: KernelErrorCode, message: string, opts: { path?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'KernelError';
    this.code = code;
    if (opts.path !== undefined) this.path = opts.path;
  }
}

export function isKernelError(e: unknown, code?: KernelErrorCode): e is KernelError {
  return e instanceof KernelError && (code === undefined || e.code === code);
}

/** Maps a Node file-system error on `file` to a KernelError that says what to do. */
export function fsError(what: string, file: string, e: unknown): KernelError {
  if (e instanceof KernelError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EACCES' || err.code === 'EPERM')
    return new KernelError('KERNEL_UNREADABLE', `cannot ${what} ${file}: permission denied; make it readable (chmod) or remove it from the kernel`, { path: file, cause: e });
  if (err.code === 'ENOENT') return new KernelError('KERNEL_CHANGED_DURING_SCAN', `cannot ${what} ${file}: it disappeared while the kernel was being read; retry when nothing is writing to the directory`, { path: file, cause: e });
  return new KernelError('KERNEL_IO_ERROR', `cannot ${what} ${file}: ${err.code ?? ''} ${err.message}`.trim(), { path: file, cause: e });
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new KernelError('KERNEL_ABORTED', 'the kernel operation was aborted', { cause: signal.reason });
}
