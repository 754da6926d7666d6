import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Secp256k1, Secp256k1Signature, sha256, stringToPath } from '@cosmjs/crypto';
import { fromBech32, toBech32 } from '@cosmjs/encoding';
import { DirectSecp256k1HdWallet, makeSignBytes, makeSignDoc, type OfflineDirectSigner } from '@cosmjs/proto-signing';
import { createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ARMOR_BEGIN,
  ARMOR_END,
  DEFAULT_SCRYPT,
  Keyring,
  KeyringError,
  type KeyringErrorCode,
  type KeyringOptions,
  type PassphraseRequest,
  TEST_BACKEND_WARNING,
} from './index.js';

// A well-known BIP-39 test vector; its Cosmos Hub address (m/44'/118'/0'/0/0) is published widely.
const MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const MNEMONIC_COSMOS_ADDRESS = 'cosmos19rl4cm2hmr8afy4kldpxz3fka4jguq0auqdal4';
const MNEMONIC_24 =
  'notice oak worry limit wrap speak medal online prefer cluster roof addict wrist behave treat actual wasp year salad speed social layer crew genius';
const PASS = 'correct horse battery staple';
const FAST = { N: 1 << 10, r: 8, p: 1 }; // tests only: the default is 2^16

let home: string;

beforeEach(async () => {
  home = await fsp.mkdtemp(path.join(os.tmpdir(), 'aivm-keyring-'));
});
afterEach(async () => {
  await fsp.rm(home, { recursive: true, force: true });
});

function fileRing(extra: Partial<KeyringOptions> = {}): Keyring {
  return new Keyring({ home, backend: 'file', passphrase: PASS, scrypt: FAST, ...extra });
}
function testRing(): Keyring {
  return new Keyring({ home, backend: 'test', scrypt: FAST });
}

async function expectCode(p: Promise<unknown> | (() => unknown), code: KeyringErrorCode): Promise<KeyringError> {
  let err: unknown;
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(KeyringError);
  expect((err as KeyringError).code).toBe(code);
  expect((err as KeyringError).message.length).toBeGreaterThan(20);
  return err as KeyringError;
}

async function cosmjsAccount(mnemonic: string, hdPath?: string): Promise<{ address: string; pubkey: string }> {
  const w = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, {
    prefix: 'aivm',
    ...(hdPath ? { hdPaths: [stringToPath(hdPath)] } : {}),
  });
  const [a] = await w.getAccounts();
  return { address: a!.address, pubkey: Buffer.from(a!.pubkey).toString('base64') };
}

/** Signs a SignDoc with the signer and checks the signature with node:crypto and cosmjs, against the pubkey. */
async function expectSignatureVerifies(signer: OfflineDirectSigner, address: string, pubkeyB64: string): Promise<void> {
  const [account] = await signer.getAccounts();
  expect(account!.address).toBe(address);
  expect(Buffer.from(account!.pubkey).toString('base64')).toBe(pubkeyB64);
  const signDoc = makeSignDoc(new Uint8Array([10, 3, 1, 2, 3]), new Uint8Array([18, 0]), 'aivm-test-1', 7);
  const { signature } = await signer.signDirect(address, signDoc);
  const sig = Buffer.from(signature.signature, 'base64');
  expect(sig.length).toBe(64);
  // low-S, as the chain requires
  const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
  expect(BigInt('0x' + sig.subarray(32).toString('hex')) <= n / 2n).toBe(true);
  const signBytes = makeSignBytes(signDoc);
  const pub = Buffer.from(pubkeyB64, 'base64');
  const spki = Buffer.concat([Buffer.from('3036301006072a8648ce3d020106052b8104000a032200', 'hex'), pub]);
  const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  expect(cryptoVerify('sha256', signBytes, { key, dsaEncoding: 'ieee-p1363' }, sig)).toBe(true);
  expect(cryptoVerify('sha256', Buffer.from('other bytes'), { key, dsaEncoding: 'ieee-p1363' }, sig)).toBe(false);
  expect(await Secp256k1.verifySignature(Secp256k1Signature.fromFixedLength(sig), sha256(signBytes), pub)).toBe(true);
}

async function readKeyFile(backend: 'file' | 'test', name: string): Promise<Buffer> {
  return fsp.readFile(path.join(home, `keyring-${backend}`, `${name}.info.json`));
}

describe('derivation', () => {
  it('a known mnemonic gives the known address, same as cosmjs', async () => {
    const expected = await cosmjsAccount(MNEMONIC);
    // Independent cross-check: the published cosmos address of this vector, re-encoded with "aivm".
    expect(expected.address).toBe(toBech32('aivm', fromBech32(MNEMONIC_COSMOS_ADDRESS, 256).data));
    for (const kr of [fileRing(), testRing()]) {
      const k = await kr.add('alice', { mnemonic: MNEMONIC });
      expect(k.address).toBe(expected.address);
      expect(k.pubkey).toBe(expected.pubkey);
      expect(k.hdPath).toBe("m/44'/118'/0'/0/0");
      expect(k.mnemonic).toBe(MNEMONIC);
      expect(k.type).toBe('local');
      const again = await kr.show('alice');
      expect(again.address).toBe(expected.address);
    }
  });

  it('a 24-word mnemonic and a custom HD path match cosmjs', async () => {
    const kr = fileRing();
    const k0 = await kr.importMnemonic('k0', MNEMONIC_24);
    expect(k0.address).toBe((await cosmjsAccount(MNEMONIC_24)).address);
    const k1 = await kr.importMnemonic('k1', MNEMONIC_24, { hdPath: "m/44'/118'/0'/0/1" });
    expect(k1.address).toBe((await cosmjsAccount(MNEMONIC_24, "m/44'/118'/0'/0/1")).address);
    expect(k1.address).not.toBe(k0.address);
    expect(k1.hdPath).toBe("m/44'/118'/0'/0/1");
    await expectSignatureVerifies(await kr.signer('k1'), k1.address, k1.pubkey);
  });

  it('add without a mnemonic generates a new 24-word one that restores the same key', async () => {
    const kr = fileRing();
    const k = await kr.add('fresh');
    const words = k.mnemonic.split(' ');
    expect(words).toHaveLength(24);
    expect((await cosmjsAccount(k.mnemonic)).address).toBe(k.address);
    const other = await kr.add('fresh2');
    expect(other.mnemonic).not.toBe(k.mnemonic);
  });

  it('normalizes case and whitespace of an imported mnemonic', async () => {
    const kr = testRing();
    const messy = `  ${MNEMONIC.toUpperCase().split(' ').join('  \n\t')}  `;
    const k = await kr.add('a', { mnemonic: messy });
    expect(k.mnemonic).toBe(MNEMONIC);
    expect(k.address).toBe((await cosmjsAccount(MNEMONIC)).address);
  });

  it('privateKey returns the 32-byte key of the address', async () => {
    const kr = fileRing();
    const k = await kr.add('a', { mnemonic: MNEMONIC });
    const priv = await kr.privateKey('a');
    expect(priv).toBeInstanceOf(Uint8Array);
    expect(priv.length).toBe(32);
    const pub = Secp256k1.compressPubkey(Secp256k1.makeKeypair(priv).pubkey);
    expect(Buffer.from(pub).toString('base64')).toBe(k.pubkey);
  });
});

describe('add / list / show / delete', () => {
  it('lists keys sorted by name, without secrets, and deletes them', async () => {
    const kr = fileRing();
    await kr.add('zed', { mnemonic: MNEMONIC_24 });
    await kr.add('alice', { mnemonic: MNEMONIC });
    const bob = await kr.add('Bob-1.x_y');
    const list = await kr.list();
    expect(list.map((k) => k.name)).toEqual(['Bob-1.x_y', 'alice', 'zed']);
    const text = JSON.stringify(list);
    expect(text).not.toContain('abandon');
    expect(text).not.toContain(bob.mnemonic);
    expect(text).not.toMatch(/mnemonic|privkey|secret/i);
    for (const k of list) {
      expect(Object.keys(k).sort()).toEqual(['address', 'algo', 'backend', 'createdAt', 'hdPath', 'name', 'pubkey', 'type']);
    }
    expect(await kr.show('alice')).toEqual(list[1]);
    expect(await kr.has('alice')).toBe(true);
    expect((await kr.findByAddress(list[2]!.address))?.name).toBe('zed');

    await kr.delete('alice');
    expect((await kr.list()).map((k) => k.name)).toEqual(['Bob-1.x_y', 'zed']);
    expect(await kr.has('alice')).toBe(false);
    await expectCode(kr.show('alice'), 'KEY_NOT_FOUND');
    await expectCode(kr.delete('alice'), 'KEY_NOT_FOUND');
    await expectCode(kr.signer('alice'), 'KEY_NOT_FOUND');
    // no temp files left behind
    const files = await fsp.readdir(kr.dir);
    expect(files.sort()).toEqual(['Bob-1.x_y.info.json', 'keyhash.json', 'zed.info.json']);
  });

  it('an empty or absent keyring lists nothing', async () => {
    expect(await fileRing().list()).toEqual([]);
    expect(await testRing().list()).toEqual([]);
    await expectCode(fileRing().show('nobody'), 'KEY_NOT_FOUND');
  });

  it('list and show need no passphrase in the file backend', async () => {
    await fileRing().add('alice', { mnemonic: MNEMONIC });
    const locked = new Keyring({ home, backend: 'file', scrypt: FAST });
    expect((await locked.list()).map((k) => k.name)).toEqual(['alice']);
    expect((await locked.show('alice')).address).toBe((await cosmjsAccount(MNEMONIC)).address);
    await expectCode(locked.signer('alice'), 'PASSPHRASE_REQUIRED');
    await expectCode(locked.add('bob'), 'PASSPHRASE_REQUIRED');
  });

  it('refuses a duplicate name unless overwrite, and a duplicate address', async () => {
    const kr = fileRing();
    const a = await kr.add('alice', { mnemonic: MNEMONIC });
    const err = await expectCode(kr.add('alice'), 'KEY_EXISTS');
    expect(err.message).toContain('alice');
    await expectCode(kr.importMnemonic('alice', MNEMONIC_24), 'KEY_EXISTS');
    expect((await kr.show('alice')).address).toBe(a.address);

    const replaced = await kr.add('alice', { mnemonic: MNEMONIC_24, overwrite: true });
    expect(replaced.address).toBe((await cosmjsAccount(MNEMONIC_24)).address);
    expect((await kr.show('alice')).address).toBe(replaced.address);

    await expectCode(kr.add('alice2', { mnemonic: MNEMONIC_24 }), 'ADDRESS_EXISTS');
    // the same mnemonic at another HD path is another address: allowed
    await kr.add('alice2', { mnemonic: MNEMONIC_24, hdPath: "m/44'/118'/0'/0/5" });
  });

  it('rejects invalid key names', async () => {
    const kr = testRing();
    const bad = ['', ' ', 'a b', '../x', 'x/y', 'x\\y', '.', '..', 'a'.repeat(65), 'ключ', 'a:b', 'a\u0000b', 'semi;colon'];
    for (const name of bad) {
      await expectCode(kr.add(name), 'INVALID_KEY_NAME');
      await expectCode(kr.show(name), 'INVALID_KEY_NAME');
      await expectCode(kr.delete(name), 'INVALID_KEY_NAME');
    }
    await expectCode(kr.add(42 as unknown as string), 'INVALID_KEY_NAME');
    for (const name of ['a', 'a'.repeat(64), 'A.b-c_d', '.hidden', '0']) {
      await kr.add(name);
      expect((await kr.show(name)).name).toBe(name);
    }
    expect(await fsp.readdir(home)).toEqual(['keyring-test']);
  });

  it('rejects invalid mnemonics with INVALID_MNEMONIC', async () => {
    const kr = fileRing();
    const words = MNEMONIC.split(' ');
    const cases = [
      words.slice(0, 11).join(' '), // 11 words
      [...words.slice(0, 11), 'abandon'].join(' '), // bad checksum
      [...words.slice(0, 11), 'zzzz'].join(' '), // not a word
      [...words.slice(1), words[0]].join(' '), // order changed
      '',
      MNEMONIC_24.replace('notice', 'notion'), // a word changed
    ];
    for (const m of cases) await expectCode(kr.add('x', { mnemonic: m }), 'INVALID_MNEMONIC');
    await expectCode(kr.importMnemonic('x', 17 as unknown as string), 'INVALID_MNEMONIC');
    expect(await kr.list()).toEqual([]);
  });

  it('rejects invalid HD paths and options', async () => {
    const kr = testRing();
    await expectCode(kr.add('x', { hdPath: "44'/118'/0'/0/0" }), 'INVALID_HD_PATH');
    await expectCode(kr.add('x', { hdPath: 'm/x' }), 'INVALID_HD_PATH');
    await expectCode(() => new Keyring({ home, backend: 'os' as 'file' }), 'INVALID_OPTIONS');
    await expectCode(() => new Keyring({ home: '', backend: 'test' }), 'INVALID_OPTIONS');
    await expectCode(() => new Keyring({ home, backend: 'file', scrypt: { N: 1000 } }), 'INVALID_OPTIONS');
  });

  it('imports a raw private key and signs with it', async () => {
    const kr = fileRing();
    const priv = new Uint8Array(32).fill(7);
    const k = await kr.importPrivateKey('raw', priv);
    expect(k.hdPath).toBeUndefined();
    expect(Buffer.from(await kr.privateKey('raw'))).toEqual(Buffer.from(priv));
    await expectSignatureVerifies(await kr.signer('raw'), k.address, k.pubkey);
    await expectCode(kr.importPrivateKey('zero', new Uint8Array(32)), 'INVALID_PRIVATE_KEY');
    await expectCode(kr.importPrivateKey('short', new Uint8Array(31).fill(1)), 'INVALID_PRIVATE_KEY');
    await expectCode(kr.importPrivateKey('order', new Uint8Array(32).fill(0xff)), 'INVALID_PRIVATE_KEY');
  });
});

describe('file backend: encryption and passphrases', () => {
  it('does not hold the mnemonic or private key in clear', async () => {
    const kr = fileRing();
    const k = await kr.add('alice', { mnemonic: MNEMONIC_24 });
    const priv = Buffer.from(await kr.privateKey('alice'));
    const bytes = await readKeyFile('file', 'alice');
    const text = bytes.toString('latin1');
    expect(text).not.toContain(MNEMONIC_24);
    for (const w of MNEMONIC_24.split(' ')) expect(text).not.toContain(w);
    expect(bytes.includes(priv)).toBe(false);
    expect(text).not.toContain(priv.toString('hex'));
    expect(text).not.toContain(priv.toString('base64'));
    expect(text).not.toContain(priv.toString('base64url'));
    expect(text).toContain(k.address); // the public part is in clear
    const j = JSON.parse(bytes.toString('utf8'));
    expect(j.version).toBe(1);
    expect(j.secret.kind).toBe('encrypted');
    expect(j.secret.kdf).toBe('scrypt');
    expect(j.secret.cipher).toBe('aes-256-gcm');
    expect(Buffer.from(j.secret.kdfparams.salt, 'base64').length).toBe(16);
    expect(Buffer.from(j.secret.nonce, 'base64').length).toBe(12);
    expect(Buffer.from(j.secret.tag, 'base64').length).toBe(16);

    // a raw key too
    const rawPriv = Buffer.alloc(32, 0x42);
    await kr.importPrivateKey('raw', rawPriv);
    const rawText = (await readKeyFile('file', 'raw')).toString('latin1');
    expect((await readKeyFile('file', 'raw')).includes(rawPriv)).toBe(false);
    expect(rawText).not.toContain(rawPriv.toString('hex'));
    expect(rawText).not.toContain(rawPriv.toString('base64'));

    // every file of the keyring directory
    for (const f of await fsp.readdir(kr.dir)) {
      const b = await fsp.readFile(path.join(kr.dir, f));
      expect(b.includes(priv)).toBe(false);
      expect(b.toString('latin1')).not.toContain(priv.toString('hex'));
      expect(b.toString('latin1')).not.toContain(MNEMONIC_24);
    }
  });

  it('reports a wrong passphrase as WRONG_PASSPHRASE', async () => {
    const k = await fileRing().add('alice', { mnemonic: MNEMONIC });
    const wrong = fileRing({ passphrase: 'not the passphrase' });
    const err = await expectCode(wrong.signer('alice'), 'WRONG_PASSPHRASE');
    expect(err.message).toMatch(/wrong passphrase/);
    await expectCode(wrong.privateKey('alice'), 'WRONG_PASSPHRASE');
    await expectCode(wrong.exportArmored('alice', 'export-pass-123'), 'WRONG_PASSPHRASE');
    // new keys must use the keyring's passphrase (keyhash.json)
    await expectCode(wrong.add('bob'), 'WRONG_PASSPHRASE');
    expect((await wrong.list()).map((x) => x.name)).toEqual(['alice']);
    // the right one still works
    await expectSignatureVerifies(await fileRing().signer('alice'), k.address, k.pubkey);
  });

  it('asks the passphrase provider once, says when the keyring is new, and asks again after a wrong answer', async () => {
    const asked: PassphraseRequest['purpose'][] = [];
    const kr = new Keyring({
      home,
      backend: 'file',
      scrypt: FAST,
      passphrase: async (req) => {
        asked.push(req.purpose);
        return PASS;
      },
    });
    await kr.add('a', { mnemonic: MNEMONIC });
    await kr.add('b');
    await kr.signer('a');
    expect(asked).toEqual(['create']);

    const answers = ['wrong passphrase!', PASS];
    const asked2: PassphraseRequest['purpose'][] = [];
    const kr2 = new Keyring({
      home,
      backend: 'file',
      scrypt: FAST,
      passphrase: async (req) => {
        asked2.push(req.purpose);
        return answers.shift()!;
      },
    });
    await expectCode(kr2.privateKey('a'), 'WRONG_PASSPHRASE');
    expect((await kr2.privateKey('a')).length).toBe(32);
    expect(asked2).toEqual(['unlock', 'unlock']);
  });

  it('requires a passphrase of at least 8 characters for a new keyring and for exports', async () => {
    await expectCode(fileRing({ passphrase: 'short' }).add('a'), 'WEAK_PASSPHRASE');
    await expectCode(fileRing({ passphrase: '' }).add('a'), 'PASSPHRASE_REQUIRED');
    await expectCode(new Keyring({ home, backend: 'file', scrypt: FAST }).add('a'), 'PASSPHRASE_REQUIRED');
    const kr = fileRing();
    await kr.add('a');
    await expectCode(kr.exportArmored('a', 'short'), 'WEAK_PASSPHRASE');
  });

  it('checks a new key against an existing key when keyhash.json is missing', async () => {
    await fileRing().add('a', { mnemonic: MNEMONIC });
    await fsp.rm(path.join(home, 'keyring-file', 'keyhash.json'));
    await expectCode(fileRing({ passphrase: 'another passphrase' }).add('b'), 'WRONG_PASSPHRASE');
    await fileRing().add('b');
    expect(await fsp.readdir(path.join(home, 'keyring-file'))).toContain('keyhash.json');
  });

  it('uses a strong scrypt cost by default', async () => {
    expect(DEFAULT_SCRYPT.N).toBeGreaterThanOrEqual(1 << 15);
    expect(DEFAULT_SCRYPT.r).toBe(8);
    expect(DEFAULT_SCRYPT.p).toBe(1);
    const kr = new Keyring({ home, backend: 'file', passphrase: PASS });
    await kr.add('a', { mnemonic: MNEMONIC });
    const j = JSON.parse((await readKeyFile('file', 'a')).toString('utf8'));
    expect(j.secret.kdfparams).toMatchObject({ N: DEFAULT_SCRYPT.N, r: 8, p: 1 });
    expect((await kr.privateKey('a')).length).toBe(32);
  });
});

describe('corrupt files', () => {
  async function setup(): Promise<{ kr: Keyring; file: string; good: Buffer }> {
    const kr = fileRing();
    await kr.add('alice', { mnemonic: MNEMONIC });
    await kr.add('bob', { mnemonic: MNEMONIC_24 });
    const file = path.join(kr.dir, 'alice.info.json');
    return { kr, file, good: await fsp.readFile(file) };
  }

  it('a truncated, empty or garbage key file gives CORRUPT_KEY_FILE naming the file', async () => {
    const { kr, file, good } = await setup();
    for (const bytes of [good.subarray(0, good.length >> 1), Buffer.alloc(0), Buffer.from('\x00\x01\x02garbage'), Buffer.from('[]'), Buffer.from('null')]) {
      await fsp.writeFile(file, bytes);
      for (const op of [() => kr.show('alice'), () => kr.signer('alice'), () => kr.privateKey('alice'), () => kr.list()]) {
        const err = await expectCode(op(), 'CORRUPT_KEY_FILE');
        expect(err.message).toContain(file);
        expect(err.file).toBe(file);
      }
      // the other keys are still usable
      expect((await kr.list({ skipCorrupt: true })).map((k) => k.name)).toEqual(['bob']);
      expect((await kr.signer('bob'))).toBeDefined();
    }
    // a corrupt key can be deleted, and the name reused
    await kr.delete('alice');
    await kr.add('alice', { mnemonic: MNEMONIC });
  });

  it('inconsistent fields give CORRUPT_KEY_FILE; a newer version UNSUPPORTED_VERSION', async () => {
    const { kr, file, good } = await setup();
    const j = JSON.parse(good.toString('utf8'));
    const bobAddress = (await kr.show('bob')).address;
    const variants: [Record<string, unknown>, KeyringErrorCode][] = [
      [{ ...j, address: bobAddress }, 'CORRUPT_KEY_FILE'],
      [{ ...j, pubkey: 'AAAA' }, 'CORRUPT_KEY_FILE'],
      [{ ...j, name: 'bob' }, 'CORRUPT_KEY_FILE'],
      [{ ...j, backend: 'test' }, 'CORRUPT_KEY_FILE'],
      [{ ...j, format: 'other' }, 'CORRUPT_KEY_FILE'],
      [{ ...j, secret: { kind: 'mnemonic', mnemonic: MNEMONIC } }, 'CORRUPT_KEY_FILE'],
      [{ ...j, secret: { ...j.secret, nonce: 'AAAA' } }, 'CORRUPT_KEY_FILE'],
      [{ ...j, secret: { ...j.secret, kdfparams: { ...j.secret.kdfparams, N: 2 ** 40 } } }, 'CORRUPT_KEY_FILE'],
      [{ ...j, version: 2 }, 'UNSUPPORTED_VERSION'],
    ];
    for (const [v, code] of variants) {
      await fsp.writeFile(file, JSON.stringify(v));
      const err = await expectCode(kr.signer('alice'), code);
      expect(err.message).toContain(file);
    }
  });

  it('a secret that does not match the public part is detected', async () => {
    const { kr, file, good } = await setup();
    const j = JSON.parse(good.toString('utf8'));
    // an HD path that does not give the stored pubkey
    await fsp.writeFile(file, JSON.stringify({ ...j, hdPath: "m/44'/118'/0'/0/9" }));
    await expectCode(kr.signer('alice'), 'CORRUPT_KEY_FILE');
    // bob's encrypted secret pasted into alice's file: authentication fails (bound to the address)
    const bob = JSON.parse((await fsp.readFile(path.join(kr.dir, 'bob.info.json'))).toString('utf8'));
    await fsp.writeFile(file, JSON.stringify({ ...j, secret: bob.secret }));
    await expectCode(kr.signer('alice'), 'WRONG_PASSPHRASE');
    // a flipped ciphertext bit: authentication fails, never garbage
    const ct = Buffer.from(j.secret.ciphertext, 'base64');
    ct[0] ^= 1;
    await fsp.writeFile(file, JSON.stringify({ ...j, secret: { ...j.secret, ciphertext: ct.toString('base64') } }));
    await expectCode(kr.privateKey('alice'), 'WRONG_PASSPHRASE');
  });

  it('a corrupt test-backend file gives CORRUPT_KEY_FILE', async () => {
    const kr = testRing();
    await kr.add('t', { mnemonic: MNEMONIC });
    const file = path.join(kr.dir, 't.info.json');
    const j = JSON.parse((await fsp.readFile(file)).toString('utf8'));
    await fsp.writeFile(file, JSON.stringify({ ...j, secret: { kind: 'mnemonic', mnemonic: MNEMONIC_24 } }));
    await expectCode(kr.signer('t'), 'CORRUPT_KEY_FILE');
    await fsp.writeFile(file, JSON.stringify({ ...j, secret: { kind: 'privkey', privkey: 'zz' } }));
    await expectCode(kr.show('t'), 'CORRUPT_KEY_FILE');
  });
});

describe('armored export / import', () => {
  it('round trip gives the same address and a working signer', async () => {
    const src = fileRing();
    const k = await src.add('alice', { mnemonic: MNEMONIC });
    const armored = await src.exportArmored('alice', 'export passphrase');
    const lines = armored.trim().split('\n');
    expect(lines[0]).toBe(ARMOR_BEGIN);
    expect(lines[lines.length - 1]).toBe(ARMOR_END);
    expect(lines[lines.length - 2]).toMatch(/^=[A-Za-z0-9+/]{4}$/);
    expect(armored).toContain('Version: 1');
    expect(armored).toContain(`Address: ${k.address}`);
    const priv = Buffer.from(await src.privateKey('alice'));
    expect(armored).not.toContain(priv.toString('hex'));
    expect(armored).not.toContain(priv.toString('base64'));

    // into another home, file backend with another keyring passphrase
    const otherHome = await fsp.mkdtemp(path.join(os.tmpdir(), 'aivm-keyring-b-'));
    try {
      const dst = new Keyring({ home: otherHome, backend: 'file', passphrase: 'the other keyring', scrypt: FAST });
      const imported = await dst.importArmored('alice-copy', armored, 'export passphrase');
      expect(imported.address).toBe(k.address);
      expect(imported.pubkey).toBe(k.pubkey);
      expect(imported.hdPath).toBeUndefined();
      expect(Buffer.from(await dst.privateKey('alice-copy'))).toEqual(priv);
      await expectSignatureVerifies(await dst.signer('alice-copy'), k.address, k.pubkey);
      // and the original signer gives the same verifiable signatures
      await expectSignatureVerifies(await src.signer('alice'), k.address, k.pubkey);
    } finally {
      await fsp.rm(otherHome, { recursive: true, force: true });
    }

    // into the test backend, with CRLF line ends and surrounding text (as pasted from an email)
    const t = testRing();
    const pasted = `Here is my key:\r\n\r\n${armored.replace(/\n/g, '\r\n')}\r\nthanks`;
    expect((await t.importArmored('alice', pasted, 'export passphrase')).address).toBe(k.address);
    // refuses an existing name and (in the same keyring) an existing address
    await expectCode(t.importArmored('alice', armored, 'export passphrase'), 'KEY_EXISTS');
    await expectCode(src.importArmored('alice2', armored, 'export passphrase'), 'ADDRESS_EXISTS');
  });

  it('a wrong export passphrase is WRONG_PASSPHRASE; a damaged export is INVALID_ARMOR', async () => {
    const kr = fileRing();
    await kr.add('alice', { mnemonic: MNEMONIC });
    const armored = await kr.exportArmored('alice', 'export passphrase');
    const t = testRing();
    await expectCode(t.importArmored('x', armored, 'wrong export passphrase'), 'WRONG_PASSPHRASE');

    const lines = armored.split('\n');
    const bodyAt = lines.indexOf('') + 1;
    const body = lines[bodyAt]!;
    const flipped = body.slice(0, 5) + (body[5] === 'A' ? 'B' : 'A') + body.slice(6);
    const damaged = [...lines.slice(0, bodyAt), flipped, ...lines.slice(bodyAt + 1)].join('\n');
    const err = await expectCode(t.importArmored('x', damaged, 'export passphrase'), 'INVALID_ARMOR');
    expect(err.message).toMatch(/checksum/);
    await expectCode(t.importArmored('x', lines.slice(0, -3).join('\n'), 'export passphrase'), 'INVALID_ARMOR');
    await expectCode(t.importArmored('x', 'hello', 'export passphrase'), 'INVALID_ARMOR');
    await expectCode(t.importArmored('x', armored.replace(/^Salt: .*$/m, 'Salt: zz'), 'export passphrase'), 'INVALID_ARMOR');
    await expectCode(t.importArmored('x', armored.replace('Version: 1', 'Version: 9'), 'export passphrase'), 'UNSUPPORTED_VERSION');
    await expectCode(t.importArmored('x', armored.replace(/N=\d+/, 'N=1099511627776'), 'export passphrase'), 'INVALID_ARMOR');
    // a changed Address header fails authentication
    const bob = await testRing().add('bob', { mnemonic: MNEMONIC_24 });
    await expectCode(t.importArmored('x', armored.replace(/^Address: .*$/m, `Address: ${bob.address}`), 'export passphrase'), 'WRONG_PASSPHRASE');
    expect((await t.list()).map((k) => k.name)).toEqual(['bob']);
  });

  it('exports a raw key too', async () => {
    const kr = testRing();
    const k = await kr.importPrivateKey('raw', new Uint8Array(32).fill(9));
    const armored = await kr.exportArmored('raw', 'export passphrase');
    await kr.delete('raw');
    const again = await kr.importArmored('raw', armored, 'export passphrase');
    expect(again.address).toBe(k.address);
  });
});

describe('test backend', () => {
  it('stores secrets in clear and says so in its files and output', async () => {
    const kr = testRing();
    expect(kr.warning).toBe(TEST_BACKEND_WARNING);
    const k = await kr.add('dev', { mnemonic: MNEMONIC });
    expect(k.warning).toBe(TEST_BACKEND_WARNING);
    expect((await kr.show('dev')).warning).toMatch(/UNENCRYPTED/);
    const j = JSON.parse((await readKeyFile('test', 'dev')).toString('utf8'));
    expect(j.warning).toMatch(/UNENCRYPTED/);
    expect(j.secret).toEqual({ kind: 'mnemonic', mnemonic: MNEMONIC });
    expect(await fsp.readFile(path.join(kr.dir, 'README.txt'), 'utf8')).toMatch(/dev chains only/);
    await expectSignatureVerifies(await kr.signer('dev'), k.address, k.pubkey);
    // the two backends are separate
    expect(await fileRing().list()).toEqual([]);
    expect(fileRing().warning).toBeUndefined();
  });
});

describe('file modes', () => {
  it('key files are 0600 and the keyring directory 0700, even with a permissive umask', async () => {
    const old = process.umask(0o000);
    try {
      const fr = fileRing();
      await fr.add('alice', { mnemonic: MNEMONIC });
      await fr.importArmored('imported', await testRingExport(), 'export passphrase');
      await fr.add('alice', { mnemonic: MNEMONIC_24, overwrite: true });
      const tr = testRing();
      await tr.add('dev');
      for (const kr of [fr, tr]) {
        expect((await fsp.stat(kr.dir)).mode & 0o777).toBe(0o700);
        for (const f of await fsp.readdir(kr.dir)) {
          expect([f, (await fsp.stat(path.join(kr.dir, f))).mode & 0o777]).toEqual([f, 0o600]);
        }
      }
    } finally {
      process.umask(old);
    }
  });

  it('tightens an existing keyring directory to 0700', async () => {
    const dir = path.join(home, 'keyring-file');
    await fsp.mkdir(dir, { mode: 0o755 });
    await fsp.chmod(dir, 0o755);
    await fileRing().add('a');
    expect((await fsp.stat(dir)).mode & 0o777).toBe(0o700);
  });
});

async function testRingExport(): Promise<string> {
  const otherHome = await fsp.mkdtemp(path.join(os.tmpdir(), 'aivm-keyring-c-'));
  try {
    const kr = new Keyring({ home: otherHome, backend: 'test', scrypt: FAST });
    await kr.importPrivateKey('k', new Uint8Array(32).fill(3));
    return await kr.exportArmored('k', 'export passphrase');
  } finally {
    await fsp.rm(otherHome, { recursive: true, force: true });
  }
}
