// The keyring as the aivmd commands open it: --keyring-backend, and the passphrase from
// AIVM_KEYRING_PASSPHRASE or the terminal.
import type { Command } from 'commander';
import { Keyring, type KeyringBackend, type PassphraseProvider } from '../keyring/index.js';
import { CliError } from './common.js';
import { KEYRING_PASSPHRASE_ENV, readPassphrase } from './prompt.js';

export const DEFAULT_KEYRING_BACKEND: KeyringBackend = 'file';

export function addKeyringBackendOption(cmd: Command): Command {
  return cmd.option('--keyring-backend <backend>', 'keyring backend: file (encrypted) or test (unencrypted, dev chains only)', DEFAULT_KEYRING_BACKEND);
}

export function parseKeyringBackend(v: unknown): KeyringBackend {
  const b = v === undefined ? DEFAULT_KEYRING_BACKEND : v;
  if (b !== 'file' && b !== 'test') throw new CliError('BAD_FLAG', `--keyring-backend must be "file" or "test", not ${JSON.stringify(b)}`);
  return b;
}

/** The passphrase callback of the CLI: the environment variable, else the terminal (twice for a new keyring). */
export const cliPassphraseProvider: PassphraseProvider = async ({ purpose, dir }) =>
  readPassphrase({
    env: KEYRING_PASSPHRASE_ENV,
    what: 'keyring passphrase',
    prompt: purpose === 'create' ? `Choose a passphrase for the new keyring ${dir} (at least 8 characters): ` : `Enter the keyring passphrase (${dir}): `,
    twice: purpose === 'create',
  });

/** Opens the keyring of `--home` and `--keyring-backend`. The passphrase is asked only when a secret is needed. */
export function openKeyring(o: { home: string; keyringBackend?: unknown }): Keyring {
  return new Keyring({ home: o.home, backend: parseKeyringBackend(o.keyringBackend), passphrase: cliPassphraseProvider });
}
