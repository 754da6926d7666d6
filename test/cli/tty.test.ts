// The interactive paths: passphrases and confirmations typed on a terminal (a pseudo-terminal
// made by util-linux `script`), with echo off for secrets.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { fromBech32, toBech32 } from '@cosmjs/encoding';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode, json, removeHome, runCli, runInPty, tempHome } from './helpers.js';

jest.setTimeout(240_000);

const PASS = 'typed at the tty 1';
const ABANDON = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const ABANDON_ADDRESS = toBech32('aivm', fromBech32('cosmos19rl4cm2hmr8afy4kldpxz3fka4jguq0auqdal4', 90).data);

const homes: string[] = [];
function home(): string {
  const h = tempHome('aivm-cli-tty-');
  homes.push(h);
  return h;
}
afterAll(() => homes.forEach(removeHome));

function outputCode(output: string): string | undefined {
  return /Error \[([A-Z0-9_]+)\]:/.exec(output)?.[1];
}

describe('passphrases on the terminal', () => {
  let h: string;
  let address: string;

  beforeAll(async () => {
    h = home();
    const r = await runInPty(['keys', 'add', 'alice', '--home', h], [
      { expect: /Choose a passphrase for the new keyring .*: /, send: `${PASS}\r` },
      { expect: /Re-enter the keyring passphrase: /, send: `${PASS}\r` },
    ]);
    expect(r.code).toBe(0);
    address = /address: +(aivm1[a-z0-9]+)/.exec(r.output)![1]!;
    // echo was off: the passphrase never appears on the terminal
    expect(r.output).not.toContain(PASS);
  });

  test('a new keyring asks twice, and the typed passphrase is the keyring passphrase', async () => {
    const exp = await runCli(['keys', 'export', 'alice', '--home', h], { env: { AIVM_KEYRING_PASSPHRASE: PASS, AIVM_EXPORT_PASSPHRASE: 'export pass 1' } });
    expect(exp.code).toBe(0);
    expect(exp.stdout).toContain(`Address: ${address}`);
  });

  test('two different answers: PASSPHRASE_MISMATCH and no key', async () => {
    const h2 = home();
    const r = await runInPty(['keys', 'add', 'bob', '--home', h2], [
      { expect: /Choose a passphrase/, send: `${PASS}\r` },
      { expect: /Re-enter/, send: `${PASS}x\r` },
    ]);
    expect(r.code).toBe(1);
    expect(outputCode(r.output)).toBe('PASSPHRASE_MISMATCH');
    expect(existsSync(join(h2, 'keyring-file', 'bob.info.json'))).toBe(false);
  });

  test('an existing keyring asks once; a wrong answer is WRONG_PASSPHRASE', async () => {
    const ok = await runInPty(['keys', 'add', 'carol', '--home', h, '-o', 'json'], [{ expect: /Enter the keyring passphrase .*: /, send: `${PASS}\r` }]);
    expect(ok.code).toBe(0);
    expect(ok.output).not.toMatch(/Re-enter/);
    const bad = await runInPty(['keys', 'add', 'dave', '--home', h], [{ expect: /Enter the keyring passphrase .*: /, send: 'not it at all\r' }]);
    expect(bad.code).toBe(1);
    expect(outputCode(bad.output)).toBe('WRONG_PASSPHRASE');
    expect(bad.output).not.toContain('not it at all');
  });

  test('export asks for the export passphrase twice, then the keyring passphrase', async () => {
    const r = await runInPty(['keys', 'export', 'alice', '--home', h], [
      { expect: /Choose a passphrase to encrypt the export with .*: /, send: 'export pass 2\r' },
      { expect: /Re-enter the export passphrase: /, send: 'export pass 2\r' },
      { expect: /Enter the keyring passphrase .*: /, send: `${PASS}\r` },
    ]);
    expect(r.code).toBe(0);
    expect(r.output).toContain('-----BEGIN AIVM PRIVATE KEY-----');
    expect(r.output).not.toContain('export pass 2');
  });

  test('--recover asks for the mnemonic with echo off', async () => {
    const h3 = home();
    const r = await runInPty(['keys', 'add', 'v', '--recover', '--keyring-backend', 'test', '--home', h3, '-o', 'json'], [
      { expect: /Enter the BIP-39 mnemonic .*: /, send: `${ABANDON}\r` },
    ]);
    expect(r.code).toBe(0);
    expect(r.output).toContain(ABANDON_ADDRESS);
    expect(r.output).not.toContain('abandon abandon');
  });
});

describe('confirmations on the terminal', () => {
  test('keys delete: "n" keeps the key (ABORTED), "y" deletes it', async () => {
    const h = home();
    expect((await runCli(['keys', 'add', 'k', '--keyring-backend', 'test', '--home', h])).code).toBe(0);
    const no = await runInPty(['keys', 'delete', 'k', '--keyring-backend', 'test', '--home', h], [{ expect: /\[y\/N\]: /, send: 'n\r' }]);
    expect(no.code).toBe(1);
    expect(outputCode(no.output)).toBe('ABORTED');
    expect(existsSync(join(h, 'keyring-test', 'k.info.json'))).toBe(true);
    const yes = await runInPty(['keys', 'delete', 'k', '--keyring-backend', 'test', '--home', h], [{ expect: /\[y\/N\]: /, send: 'y\r' }]);
    expect(yes.code).toBe(0);
    expect(existsSync(join(h, 'keyring-test', 'k.info.json'))).toBe(false);
    const gone = await runCli(['keys', 'show', 'k', '--keyring-backend', 'test', '--home', h]);
    expect(errorCode(gone)).toBe('KEY_NOT_FOUND');
    expect(json(await runCli(['keys', 'list', '--keyring-backend', 'test', '--home', h, '-o', 'json']))).toEqual([]);
  });
});
