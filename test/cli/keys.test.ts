// aivmd keys …: the real CLI in a child process, on temporary homes (no node needed).
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { fromBech32, toBech32 } from '@cosmjs/encoding';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode, json, removeHome, runCli, tempHome } from './helpers.js';

// Every test runs several CLI processes (~2 s each, more on a loaded machine).
jest.setTimeout(240_000);

const PASS = 'correct horse battery';
const EXPORT_PASS = 'export-pass-123';
// BIP-39 test vector; its cosmos address at m/44'/118'/0'/0/0 is well known.
const ABANDON = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const ABANDON_ADDRESS = toBech32('aivm', fromBech32('cosmos19rl4cm2hmr8afy4kldpxz3fka4jguq0auqdal4', 90).data);

const homes: string[] = [];
function home(): string {
  const h = tempHome('aivm-cli-keys-');
  homes.push(h);
  return h;
}
afterAll(() => homes.forEach(removeHome));

describe('aivmd keys (file backend)', () => {
  let h: string;
  let alice: { address: string; pubkey: string; mnemonic: string };

  beforeAll(async () => {
    h = home();
    const r = await runCli(['keys', 'add', 'alice', '--home', h, '--output', 'json'], { env: { AIVM_KEYRING_PASSPHRASE: PASS } });
    expect(r.code).toBe(0);
    alice = json(r);
  });

  test('add --output json gives the key and a new 24-word mnemonic, and warns on stderr', async () => {
    expect(alice.address).toMatch(/^aivm1[02-9ac-hj-np-z]{38}$/);
    expect(Buffer.from(alice.pubkey, 'base64')).toHaveLength(33);
    expect(alice.mnemonic.split(' ')).toHaveLength(24);
    expect(existsSync(join(h, 'keyring-file', 'alice.info.json'))).toBe(true);
    // the mnemonic is not in the key file in clear
    expect(readFileSync(join(h, 'keyring-file', 'alice.info.json'), 'utf8')).not.toContain(alice.mnemonic.split(' ')[0] + ' ' + alice.mnemonic.split(' ')[1]);
  });

  test('add (text) prints the address, the mnemonic once and the warning to store it', async () => {
    const r = await runCli(['keys', 'add', 'bob', '--home', h], { env: { AIVM_KEYRING_PASSPHRASE: PASS } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/address: +aivm1/);
    expect(r.stdout).toContain('**Important**');
    const words = r.stdout.trim().split('\n').pop()!.split(' ');
    expect(words).toHaveLength(24);
    const show = json(await runCli(['keys', 'show', 'bob', '--home', h, '-o', 'json']));
    expect(r.stdout).toContain(show.address);
  });

  test('list and show need no passphrase; --output json parses', async () => {
    const [list, text, show, addr] = await Promise.all([
      runCli(['keys', 'list', '--home', h, '--output', 'json']),
      runCli(['keys', 'list', '--home', h]),
      runCli(['keys', 'show', 'alice', '--home', h, '--output', 'json']),
      runCli(['keys', 'show', 'alice', '--address', '--home', h]),
    ]);
    expect(list.code).toBe(0);
    const keys = json<Array<{ name: string; address: string }>>(list);
    expect(keys.map((k) => k.name)).toEqual(['alice', 'bob']);
    expect(keys[0]!.address).toBe(alice.address);

    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^alice +${alice.address} +m/44'/118'/0'/0/0$`, 'm'));

    expect(json(show)).toMatchObject({ name: 'alice', address: alice.address, pubkey: alice.pubkey, hd_path: "m/44'/118'/0'/0/0", backend: 'file' });
    expect(show.stdout).not.toContain(alice.mnemonic.split(' ')[0] + ' ' + alice.mnemonic.split(' ')[1] + ' ');

    expect(addr.code).toBe(0);
    expect(addr.stdout).toBe(`${alice.address}\n`);
  });

  test('show of an unknown key fails with KEY_NOT_FOUND', async () => {
    const r = await runCli(['keys', 'show', 'nobody', '--home', h]);
    expect(r.code).toBe(1);
    expect(errorCode(r)).toBe('KEY_NOT_FOUND');
    expect(r.stdout).toBe('');
  });

  test('adding with another passphrase fails with WRONG_PASSPHRASE and adds nothing', async () => {
    const r = await runCli(['keys', 'add', 'carol', '--home', h], { env: { AIVM_KEYRING_PASSPHRASE: 'not the passphrase' } });
    expect(r.code).toBe(1);
    expect(errorCode(r)).toBe('WRONG_PASSPHRASE');
    expect(existsSync(join(h, 'keyring-file', 'carol.info.json'))).toBe(false);
  });

  test('without AIVM_KEYRING_PASSPHRASE and without a terminal: PASSPHRASE_REQUIRED, naming the variable', async () => {
    const r = await runCli(['keys', 'add', 'carol', '--home', h]);
    expect(r.code).toBe(1);
    expect(errorCode(r)).toBe('PASSPHRASE_REQUIRED');
    expect(r.stderr).toContain('AIVM_KEYRING_PASSPHRASE');
  });

  test('an existing name is refused (KEY_EXISTS) unless --overwrite', async () => {
    const r = await runCli(['keys', 'add', 'alice', '--home', h], { env: { AIVM_KEYRING_PASSPHRASE: PASS } });
    expect(r.code).toBe(1);
    expect(errorCode(r)).toBe('KEY_EXISTS');
    const o = await runCli(['keys', 'add', 'bob', '--overwrite', '--recover', '--home', h, '-o', 'json'], { env: { AIVM_KEYRING_PASSPHRASE: PASS }, input: ABANDON });
    expect(o.code).toBe(0);
    expect(json(o).address).toBe(ABANDON_ADDRESS);
    expect(json(o).mnemonic).toBeUndefined();
  });

  test('export prints an armored key that import restores in another home (as a raw key)', async () => {
    const exp = await runCli(['keys', 'export', 'alice', '--home', h], { env: { AIVM_KEYRING_PASSPHRASE: PASS, AIVM_EXPORT_PASSPHRASE: EXPORT_PASS } });
    expect(exp.code).toBe(0);
    expect(exp.stdout).toMatch(/^-----BEGIN AIVM PRIVATE KEY-----\n[\s\S]*\n-----END AIVM PRIVATE KEY-----\n$/);
    expect(exp.stdout).toContain(`Address: ${alice.address}`);
    const other = home();
    const file = join(other, 'alice.armor');
    writeFileSync(file, exp.stdout);

    const wrong = await runCli(['keys', 'import', 'alice2', file, '--home', other], { env: { AIVM_KEYRING_PASSPHRASE: PASS, AIVM_EXPORT_PASSPHRASE: 'wrong-export-pass' } });
    expect(wrong.code).toBe(1);
    expect(errorCode(wrong)).toBe('WRONG_PASSPHRASE');

    const imp = await runCli(['keys', 'import', 'alice2', file, '--home', other, '-o', 'json'], { env: { AIVM_KEYRING_PASSPHRASE: 'another keyring pass', AIVM_EXPORT_PASSPHRASE: EXPORT_PASS } });
    expect(imp.code).toBe(0);
    expect(json(imp)).toMatchObject({ name: 'alice2', address: alice.address, pubkey: alice.pubkey, backend: 'file' });
    expect(json(imp).hd_path).toBeUndefined();

    // a damaged export is INVALID_ARMOR, not a passphrase problem
    const lines = exp.stdout.split('\n');
    const body = lines.findIndex((l) => l === '') + 1;
    lines[body] = (lines[body]![0] === 'A' ? 'B' : 'A') + lines[body]!.slice(1);
    writeFileSync(file, lines.join('\n'));
    const bad = await runCli(['keys', 'import', 'alice3', file, '--home', other], { env: { AIVM_KEYRING_PASSPHRASE: 'another keyring pass', AIVM_EXPORT_PASSPHRASE: EXPORT_PASS } });
    expect(bad.code).toBe(1);
    expect(errorCode(bad)).toBe('INVALID_ARMOR');
  });

  test('export with the wrong keyring passphrase fails with WRONG_PASSPHRASE and prints nothing', async () => {
    const r = await runCli(['keys', 'export', 'alice', '--home', h], { env: { AIVM_KEYRING_PASSPHRASE: 'wrong wrong wrong', AIVM_EXPORT_PASSPHRASE: EXPORT_PASS } });
    expect(r.code).toBe(1);
    expect(errorCode(r)).toBe('WRONG_PASSPHRASE');
    expect(r.stdout).toBe('');
  });

  test('export without an export passphrase and without a terminal: PASSPHRASE_REQUIRED naming AIVM_EXPORT_PASSPHRASE', async () => {
    const r = await runCli(['keys', 'export', 'alice', '--home', h], { env: { AIVM_KEYRING_PASSPHRASE: PASS } });
    expect(r.code).toBe(1);
    expect(errorCode(r)).toBe('PASSPHRASE_REQUIRED');
    expect(r.stderr).toContain('AIVM_EXPORT_PASSPHRASE');
  });

  test('delete needs --yes without a terminal, then removes the key', async () => {
    const no = await runCli(['keys', 'delete', 'alice', '--home', h]);
    expect(no.code).toBe(1);
    expect(errorCode(no)).toBe('CONFIRMATION_REQUIRED');
    expect(existsSync(join(h, 'keyring-file', 'alice.info.json'))).toBe(true);

    const yes = await runCli(['keys', 'delete', 'alice', '--yes', '--home', h, '-o', 'json']);
    expect(yes.code).toBe(0);
    expect(json(yes)).toEqual({ deleted: 'alice', address: alice.address });
    const gone = await runCli(['keys', 'show', 'alice', '--home', h]);
    expect(errorCode(gone)).toBe('KEY_NOT_FOUND');
    const again = await runCli(['keys', 'delete', 'alice', '--yes', '--home', h]);
    expect(again.code).toBe(1);
    expect(errorCode(again)).toBe('KEY_NOT_FOUND');
  });
});

describe('aivmd keys: recover, HD path, backends, bad input', () => {
  test('add --recover reads the mnemonic from stdin and gives the known address', async () => {
    const h = home();
    const r = await runCli(['keys', 'add', 'v', '--recover', '--home', h, '-o', 'json'], { env: { AIVM_KEYRING_PASSPHRASE: PASS }, input: `  ${ABANDON}\n` });
    expect(r.code).toBe(0);
    expect(json(r)).toMatchObject({ name: 'v', address: ABANDON_ADDRESS, hd_path: "m/44'/118'/0'/0/0" });
    expect(r.stdout).not.toContain('abandon');
  });

  test('--hd-path derives another account from the same mnemonic', async () => {
    const h = home();
    const r = await runCli(['keys', 'add', 'v1', '--recover', '--hd-path', "m/44'/118'/0'/0/1", '--keyring-backend', 'test', '--home', h, '-o', 'json'], { input: ABANDON });
    expect(r.code).toBe(0);
    expect(json(r).hd_path).toBe("m/44'/118'/0'/0/1");
    expect(json(r).address).not.toBe(ABANDON_ADDRESS);
    expect(json(r).address).toMatch(/^aivm1/);
  });

  test('a bad mnemonic is refused with INVALID_MNEMONIC; an empty stdin with MNEMONIC_REQUIRED', async () => {
    const h = home();
    const bad = await runCli(['keys', 'add', 'v', '--recover', '--home', h], { env: { AIVM_KEYRING_PASSPHRASE: PASS }, input: ABANDON.replace('about', 'abandon') });
    expect(bad.code).toBe(1);
    expect(errorCode(bad)).toBe('INVALID_MNEMONIC');
    const empty = await runCli(['keys', 'add', 'v', '--recover', '--home', h], { env: { AIVM_KEYRING_PASSPHRASE: PASS }, input: '' });
    expect(empty.code).toBe(1);
    expect(errorCode(empty)).toBe('MNEMONIC_REQUIRED');
  });

  test('the test backend needs no passphrase, stores keys in keyring-test and warns', async () => {
    const h = home();
    const r = await runCli(['keys', 'add', 'dev', '--keyring-backend', 'test', '--home', h]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/WARNING: UNENCRYPTED TEST KEYRING/);
    expect(existsSync(join(h, 'keyring-test', 'dev.info.json'))).toBe(true);
    const list = json(await runCli(['keys', 'list', '--keyring-backend', 'test', '--home', h, '-o', 'json']));
    expect(list).toHaveLength(1);
    expect(list[0].warning).toMatch(/UNENCRYPTED/);
    // the file backend of the same home is a different keyring
    const fileList = await runCli(['keys', 'list', '--home', h, '-o', 'json']);
    expect(json(fileList)).toEqual([]);
    const exp = await runCli(['keys', 'export', 'dev', '--keyring-backend', 'test', '--home', h], { env: { AIVM_EXPORT_PASSPHRASE: EXPORT_PASS } });
    expect(exp.code).toBe(0);
    expect(exp.stdout).toContain('BEGIN AIVM PRIVATE KEY');
  });

  test('a new keyring refuses a short passphrase (WEAK_PASSPHRASE)', async () => {
    const h = home();
    const r = await runCli(['keys', 'add', 'k', '--home', h], { env: { AIVM_KEYRING_PASSPHRASE: 'short' } });
    expect(r.code).toBe(1);
    expect(errorCode(r)).toBe('WEAK_PASSPHRASE');
  });

  test('bad flags and names: BAD_FLAG, INVALID_KEY_NAME', async () => {
    const h = home();
    const b = await runCli(['keys', 'list', '--keyring-backend', 'os', '--home', h]);
    expect(b.code).toBe(1);
    expect(errorCode(b)).toBe('BAD_FLAG');
    const n = await runCli(['keys', 'add', 'bad/name', '--keyring-backend', 'test', '--home', h]);
    expect(n.code).toBe(1);
    expect(errorCode(n)).toBe('INVALID_KEY_NAME');
  });

  test('an empty keyring lists nothing', async () => {
    const h = home();
    const t = await runCli(['keys', 'list', '--home', h]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/^no keys in the file keyring/);
  });
});
