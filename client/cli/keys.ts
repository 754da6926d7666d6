// aivmd keys add | list | show | import | export | delete
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { KeyringError, type AddedKey, type Keyring, type KeyInfo } from '../keyring/index.js';
import { addHomeOption, addOutputOption, CliError, print } from './common.js';
import { addKeyringBackendOption, openKeyring } from './keyring-cli.js';
import { confirm, EXPORT_PASSPHRASE_ENV, hasTerminal, promptLine, readPassphrase, readStdin } from './prompt.js';

export const MNEMONIC_WARNING =
  '**Important** write this mnemonic phrase down and keep it in a safe place. It is the only way to recover the account ' +
  'if the keyring is lost or its passphrase forgotten, and anyone who has it controls the account.';

interface KeysCommonOptions {
  home: string;
  output: string;
  keyringBackend: string;
}

/** Adds --home, --output and --keyring-backend to a keys subcommand. */
function keysCommand(cmd: Command): Command {
  return addKeyringBackendOption(addOutputOption(addHomeOption(cmd)));
}

/** The JSON shape of a key in every keys command. */
export function keyJson(k: KeyInfo): Record<string, unknown> {
  return {
    name: k.name,
    type: k.type,
    algo: k.algo,
    address: k.address,
    pubkey: k.pubkey,
    ...(k.hdPath === undefined ? {} : { hd_path: k.hdPath }),
    backend: k.backend,
    created_at: k.createdAt,
    ...(k.warning === undefined ? {} : { warning: k.warning }),
  };
}

function keyText(k: KeyInfo, kr?: Keyring): string {
  const lines = [
    `name:     ${k.name}`,
    `address:  ${k.address}`,
    `pubkey:   ${k.pubkey} (secp256k1, base64)`,
    `hd path:  ${k.hdPath ?? '(none: imported private key)'}`,
    `backend:  ${k.backend}${kr ? ` (${kr.dir})` : ''}`,
    `created:  ${k.createdAt}`,
  ];
  return lines.join('\n');
}

/** On the test backend, says on stderr (text output only) that the keys are stored in clear. */
function warnTestBackend(kr: Keyring, output: string): void {
  if (kr.backend === 'test' && output !== 'json' && kr.warning) process.stderr.write(`WARNING: ${kr.warning}\n`);
}

async function readMnemonic(): Promise<string> {
  if (process.stdin.isTTY) {
    return promptLine('Enter the BIP-39 mnemonic of the key to recover (input hidden): ', { hidden: true });
  }
  const text = await readStdin();
  if (text.trim() === '') {
    throw new CliError('MNEMONIC_REQUIRED', '--recover reads the mnemonic from standard input, which was empty: pipe the words in, or run in a terminal to be asked');
  }
  return text;
}

export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('manage the account keys of the local keyring (secp256k1, addresses aivm1…)');

  keysCommand(
    keys
      .command('add <name>')
      .description('create a key (a new 24-word mnemonic, shown once) or, with --recover, restore one from its mnemonic')
      .option('--recover', 'restore the key from a mnemonic read from standard input (or asked for on the terminal)')
      .option('--hd-path <path>', "BIP-32 derivation path", "m/44'/118'/0'/0/0")
      .option('--overwrite', 'replace an existing key of the same name'),
  ).action(async (name: string, o: KeysCommonOptions & { recover?: boolean; hdPath: string; overwrite?: boolean }) => {
    const kr = openKeyring(o);
    const mnemonic = o.recover ? await readMnemonic() : undefined;
    const key: AddedKey = await kr.add(name, { ...(mnemonic === undefined ? {} : { mnemonic }), hdPath: o.hdPath, overwrite: o.overwrite === true });
    warnTestBackend(kr, o.output);
    const { mnemonic: words, ...info } = key;
    if (o.recover) {
      print(o.output, keyJson(info), (d) => `recovered key "${d.name}"\n` + keyText(info, kr));
      return;
    }
    if (o.output === 'json') process.stderr.write(`${MNEMONIC_WARNING}\n`);
    print(o.output, { ...keyJson(info), mnemonic: words }, () => `${keyText(info, kr)}\n\n${MNEMONIC_WARNING}\n\n${words}`);
  });

  keysCommand(keys.command('list').description('list the keys of the keyring (no passphrase needed)')).action(async (o: KeysCommonOptions) => {
    const kr = openKeyring(o);
    const list = await kr.list();
    warnTestBackend(kr, o.output);
    print(o.output, list.map(keyJson), () => {
      if (list.length === 0) return `no keys in the ${kr.backend} keyring (${kr.dir}); add one with "aivmd keys add <name>"`;
      const w = Math.max(4, ...list.map((k) => k.name.length));
      return [`${'NAME'.padEnd(w)}  ${'ADDRESS'.padEnd(43)}  HD PATH`, ...list.map((k) => `${k.name.padEnd(w)}  ${k.address.padEnd(43)}  ${k.hdPath ?? '-'}`)].join('\n');
    });
  });

  keysCommand(
    keys
      .command('show <name>')
      .description('show the public part of a key (no passphrase needed)')
      .option('-a, --address', 'print only the address'),
  ).action(async (name: string, o: KeysCommonOptions & { address?: boolean }) => {
    const kr = openKeyring(o);
    const k = await kr.show(name);
    if (o.address) {
      print(o.output, { address: k.address }, (d) => d.address);
      return;
    }
    warnTestBackend(kr, o.output);
    print(o.output, keyJson(k), () => keyText(k, kr));
  });

  keysCommand(
    keys
      .command('import <name> <armor-file>')
      .description(`import a key exported with "aivmd keys export" ("-" reads it from standard input); the export passphrase comes from ${EXPORT_PASSPHRASE_ENV} or the terminal`)
      .option('--overwrite', 'replace an existing key of the same name'),
  ).action(async (name: string, file: string, o: KeysCommonOptions & { overwrite?: boolean }) => {
    const kr = openKeyring(o);
    let armored: string;
    try {
      armored = file === '-' ? await readStdin() : readFileSync(file, 'utf8');
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError('FILE_UNREADABLE', `cannot read the armored key file ${file}: ${(e as Error).message}`);
    }
    if (!o.overwrite && (await kr.has(name))) {
      // Refuse before asking for any passphrase.
      throw new KeyringError('KEY_EXISTS', `a key named "${name}" already exists in the ${kr.backend} keyring; choose another name, or pass --overwrite`);
    }
    const exportPassphrase = await readPassphrase({ env: EXPORT_PASSPHRASE_ENV, what: 'export passphrase', prompt: 'Enter the passphrase the key was exported with: ' });
    const k = await kr.importArmored(name, armored, exportPassphrase, { overwrite: o.overwrite === true });
    warnTestBackend(kr, o.output);
    print(o.output, keyJson(k), () => `imported key "${k.name}"\n${keyText(k, kr)}`);
  });

  keysCommand(
    keys
      .command('export <name>')
      .description(`print the private key of a key, encrypted with an export passphrase (from ${EXPORT_PASSPHRASE_ENV} or the terminal) and ASCII-armored`),
  ).action(async (name: string, o: KeysCommonOptions) => {
    const kr = openKeyring(o);
    const k = await kr.show(name); // KEY_NOT_FOUND before any prompt
    const exportPassphrase = await readPassphrase({
      env: EXPORT_PASSPHRASE_ENV,
      what: 'export passphrase',
      prompt: 'Choose a passphrase to encrypt the export with (at least 8 characters): ',
      twice: true,
    });
    const armor = await kr.exportArmored(name, exportPassphrase);
    print(o.output, { name: k.name, address: k.address, armor }, (d) => d.armor.replace(/\n$/, ''));
  });

  keysCommand(
    keys
      .command('delete <name>')
      .description('delete a key from the keyring (asks for confirmation unless --yes)')
      .option('-y, --yes', 'do not ask for confirmation'),
  ).action(async (name: string, o: KeysCommonOptions & { yes?: boolean }) => {
    const kr = openKeyring(o);
    const k = await kr.show(name);
    if (!o.yes) {
      if (!hasTerminal()) throw new CliError('CONFIRMATION_REQUIRED', `deleting key "${name}" needs confirmation and there is no terminal to ask on: pass --yes`);
      const ok = await confirm(
        `Delete key "${k.name}" (${k.address}) from the ${kr.backend} keyring? Without its mnemonic or an export, the account cannot be recovered.`,
      );
      if (!ok) throw new CliError('ABORTED', `key "${name}" was not deleted`);
    }
    await kr.delete(name);
    print(o.output, { deleted: k.name, address: k.address }, (d) => `deleted key "${d.deleted}" (${d.address})`);
  });
}
