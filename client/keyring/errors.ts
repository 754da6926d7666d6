// Errors of the key management library. Every error carries a stable string `code` that
// callers (the aivmd CLI, tests, tools) may match on; codes are never renamed or reused.
// The message says what went wrong and what to do about it.

export const KeyringErrorCodes = [
  'KEY_NOT_FOUND',
  'KEY_EXISTS',
  'ADDRESS_EXISTS',
  'WRONG_PASSPHRASE',
  'PASSPHRASE_REQUIRED',
  'WEAK_PASSPHRASE',
  'INVALID_MNEMONIC',
  'INVALID_KEY_NAME',
  'INVALID_HD_PATH',
  'INVALID_PRIVATE_KEY',
  'INVALID_ARMOR',
  'INVALID_OPTIONS',
  'CORRUPT_KEY_FILE',
  'UNSUPPORTED_VERSION',
  'IO_ERROR',
] as const;

export type KeyringErrorCode = (typeof KeyringErrorCodes)[number];

export class KeyringError extends Error {
  readonly code: KeyringErrorCode;
  /** The file the error is about, when there is one. */
  readonly file?: string;

  constructor(code: KeyringErrorCode, message: string, opts: { file?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'KeyringError';
    this.code = code;
    if (opts.file !== undefined) this.file = opts.file;
  }
}

export function isKeyringError(e: unknown, code?: KeyringErrorCode): e is KeyringError {
  return e instanceof KeyringError && (code === undefined || e.code === code);
}
