// The keyring behind `aivmd keys add|list|show|import|export|delete`.
//
// Two backends, both under a home directory, one JSON file per key (`<name>.info.json`):
// - `file` (<home>/keyring-file/): the secret (mnemonic, or raw private key) is encrypted with the
//   keyring passphrase (scrypt -> AES-256-GCM, see crypto.ts). A `keyhash.json` file holds a
//   passphrase check so that every key of a keyring is encrypted with the same passphrase.
// - `test` (<home>/keyring-test/): secrets in clear, for dev chains only. Its files and output say so.
//
// Public fields (name, address, pubkey, HD path) are stored in clear in both backends, so
// `list` and `show` never need the passphrase. See README.md beside this file for the formats.
import { stringToPath } from '@cosmjs/crypto';
import { DirectSecp256k1HdWallet, DirectSecp256k1Wallet, type OfflineDirectSigner } from '@cosmjs/proto-signing';
import * as path from 'node:path';
import { addressFromSecp256k1, BECH32_PREFIX, toAddress } from '../../chain/address.js';
import { armorPrivateKey, unarmorPrivateKey } from './armor.js';
import { checkScryptParams, DEFAULT_SCRYPT, NONCE_BYTES, type ScryptParams, type Sealed, seal, TAG_BYTES, unseal } from './crypto.js';
import { isKeyringError, KeyringError } from './errors.js';
import { ensurePrivateDir, listDir, readFileIfExists, removeFile, writeFileAtomic } from './fsutil.js';
import { DEFAULT_HD_PATH, type DerivedKey, deriveFromMnemonic, generateMnemonic, keyFromPrivate, normalizeHdPath, normalizeMnemonic } from './hd.js';

export type KeyringBackend = 'file' | 'test';

/** What the passphrase callback is asked for. `create`: the keyring has no passphrase yet (ask twice). */
export interface PassphraseRequest {
  backend: 'file';
  dir: string;
  purpose: 'unlock' | 'create';
}
export type PassphraseProvider = (request: PassphraseRequest) => Promise<string>;

export interface KeyringOptions {
  /** The node/CLI home directory; keys live in <home>/keyring-<backend>/. */
  home: string;
  backend: KeyringBackend;
  /** The keyring passphrase (file backend only), or a function asked for it once, when first needed. */
  passphrase?: string | PassphraseProvider;
  /** scrypt cost for new encryptions (key files, keyhash, exports). Default N=2^16, r=8, p=1. Lower it only in tests. */
  scrypt?: Partial<ScryptParams>;
}

/** The public part of a key: never holds a secret. */
export interface KeyInfo {
  name: string;
  type: 'local';
  algo: 'secp256k1';
  /** bech32 account address, prefix `aivm`. */
  address: string;
  /** base64 of the 33-byte compressed secp256k1 public key. */
  pubkey: string;
  /** The HD path the key was derived at; absent for keys imported as a raw private key. */
  hdPath?: string;
  backend: KeyringBackend;
  createdAt: string;
  /** Set for keys of the test backend: print it. */
  warning?: string;
}

export interface AddedKey extends KeyInfo {
  /** The mnemonic of the key: show it to the user once, for their backup. */
  mnemonic: string;
}

export interface AddOptions {
  /** Import this mnemonic instead of generating a new 24-word one. */
  mnemonic?: string;
  /** Default m/44'/118'/0'/0/0. */
  hdPath?: string;
  /** Replace a key of the same name. */
  overwrite?: boolean;
}

export const KEY_NAME_RE = /^[A-Za-z0-9._-]{1,64}$/;
export const KEY_FILE_SUFFIX = '.info.json';
export const KEY_FILE_FORMAT = 'aivm-keyring-key';
export const KEY_FILE_VERSION = 1;
export const KEYHASH_FILE = 'keyhash.json';
export const MIN_PASSPHRASE_LENGTH = 8;
export const TEST_BACKEND_WARNING =
  'UNENCRYPTED TEST KEYRING: the secrets of these keys are stored in clear on disk. Use the test backend for local dev chains only, never for keys that hold real funds.';

const MAX_KEY_FILE_BYTES = 64 * 1024;
const KEY_AAD_PREFIX = `aivm-keyring-key/v${KEY_FILE_VERSION}`;
const KEYHASH_AAD = 'aivm-keyring-keyhash/v1';
const KEYHASH_PLAINTEXT = 'aivm keyring passphrase check';

type Secret = { kind: 'mnemonic'; mnemonic: string } | { kind: 'privkey'; privkey: Uint8Array };

/** The JSON of a key file, as written. */
interface KeyFileJson {
  format: typeof KEY_FILE_FORMAT;
  version: number;
  backend: KeyringBackend;
  warning?: string;
  name: string;
  type: 'local';
  algo: 'secp256k1';
  address: string;
  pubkey: string;
  hdPath?: string;
  createdAt: string;
  secret: EncryptedJson | PlainSecretJson;
}

interface EncryptedJson {
  kind: 'encrypted';
  kdf: 'scrypt';
  kdfparams: { N: number; r: number; p: number; salt: string };
  cipher: 'aes-256-gcm';
  nonce: string;
  ciphertext: string;
  tag: string;
}

type PlainSecretJson = { kind: 'mnemonic'; mnemonic: string } | { kind: 'privkey'; privkey: string };

/** A parsed, checked key file. */
interface LoadedKey {
  info: KeyInfo;
  file: string;
  secret: EncryptedJson | PlainSecretJson;
}

export function validateKeyName(name: unknown): string {
  if (typeof name !== 'string' || !KEY_NAME_RE.test(name) || name === '.' || name === '..') {
    const shown = typeof name === 'string' ? `"${name.slice(0, 80)}"` : String(name);
    throw new KeyringError(
      'INVALID_KEY_NAME',
      `invalid key name ${shown}: use 1 to 64 characters among letters, digits, "-", "_" and "." (and not "." or "..")`,
    );
  }
  return name;
}

function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function fromB64Strict(s: unknown): Buffer | undefined {
  if (typeof s !== 'string' || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return undefined;
  return Buffer.from(s, 'base64');
}

function keyAad(address: string): string {
  return `${KEY_AAD_PREFIX}\naddress=${address}`;
}

function sealedToJson(s: Sealed): EncryptedJson {
  return {
    kind: 'encrypted',
    kdf: 'scrypt',
    kdfparams: { N: s.params.N, r: s.params.r, p: s.params.p, salt: b64(s.salt) },
    cipher: 'aes-256-gcm',
    nonce: b64(s.nonce),
    ciphertext: b64(s.ciphertext),
    tag: b64(s.tag),
  };
}

/** Checks the shape of an encrypted secret; returns the reason it is unusable, or the Sealed. */
function sealedFromJson(j: unknown): Sealed | string {
  if (typeof j !== 'object' || j === null) return 'secret is not an object';
  const e = j as Partial<EncryptedJson>;
  if (e.kdf !== 'scrypt') return `unknown kdf ${JSON.stringify(e.kdf)}`;
  if (e.cipher !== 'aes-256-gcm') return `unknown cipher ${JSON.stringify(e.cipher)}`;
  const kp = e.kdfparams;
  if (typeof kp !== 'object' || kp === null) return 'kdfparams missing';
  const params = { N: kp.N, r: kp.r, p: kp.p } as ScryptParams;
  const badParams = checkScryptParams(params);
  if (badParams) return badParams;
  const salt = fromB64Strict(kp.salt);
  if (!salt || salt.length < 8 || salt.length > 64) return 'salt missing or malformed';
  const nonce = fromB64Strict(e.nonce);
  if (!nonce || nonce.length !== NONCE_BYTES) return 'nonce missing or malformed';
  const tag = fromB64Strict(e.tag);
  if (!tag || tag.length !== TAG_BYTES) return 'tag missing or malformed';
  const ciphertext = fromB64Strict(e.ciphertext);
  if (!ciphertext || ciphertext.length === 0) return 'ciphertext missing or malformed';
  return { params, salt, nonce, ciphertext, tag };
}

function encodeSecret(secret: Secret): Buffer {
  const j: PlainSecretJson =
    secret.kind === 'mnemonic' ? { kind: 'mnemonic', mnemonic: secret.mnemonic } : { kind: 'privkey', privkey: Buffer.from(secret.privkey).toString('hex') };
  return Buffer.from(JSON.stringify(j), 'utf8');
}

/** Returns the reason a plaintext secret is unusable, or the secret. */
function decodeSecret(j: unknown): Secret | string {
  if (typeof j !== 'object' || j === null) return 'secret is not an object';
  const s = j as Record<string, unknown>;
  if (s.kind === 'mnemonic') {
    if (typeof s.mnemonic !== 'string') return 'mnemonic missing';
    return { kind: 'mnemonic', mnemonic: s.mnemonic };
  }
  if (s.kind === 'privkey') {
    if (typeof s.privkey !== 'string' || !/^[0-9a-f]{64}$/i.test(s.privkey)) return 'private key missing or malformed';
    return { kind: 'privkey', privkey: new Uint8Array(Buffer.from(s.privkey, 'hex')) };
  }
  return `unknown secret kind ${JSON.stringify(s.kind)}`;
}

export class Keyring {
  readonly home: string;
  readonly backend: KeyringBackend;
  /** The directory of this keyring's files. */
  readonly dir: string;
  /** For the test backend: a warning that the CLI should print with every output. */
  readonly warning: string | undefined;
  private readonly scryptParams: ScryptParams;
  private readonly passphraseSource: string | PassphraseProvider | undefined;
  private cachedPassphrase: string | undefined;
  /** The cached passphrase has been checked against keyhash.json (or was used to create it). */
  private passphraseVerified = false;

  constructor(opts: KeyringOptions) {
    if (typeof opts !== 'object' || opts === null) throw new KeyringError('INVALID_OPTIONS', 'Keyring options are required: { home, backend }');
    if (typeof opts.home !== 'string' || opts.home.length === 0) {
      throw new KeyringError('INVALID_OPTIONS', 'Keyring option "home" must be the path of the home directory');
    }
    if (opts.backend !== 'file' && opts.backend !== 'test') {
      throw new KeyringError('INVALID_OPTIONS', `unknown keyring backend ${JSON.stringify(opts.backend)}: use "file" (encrypted) or "test" (unencrypted, dev chains only)`);
    }
    const params: ScryptParams = { ...DEFAULT_SCRYPT, ...(opts.scrypt ?? {}) };
    const bad = checkScryptParams(params);
    if (bad) throw new KeyringError('INVALID_OPTIONS', `Keyring option "scrypt": ${bad}`);
    if (opts.passphrase !== undefined && typeof opts.passphrase !== 'string' && typeof opts.passphrase !== 'function') {
      throw new KeyringError('INVALID_OPTIONS', 'Keyring option "passphrase" must be a string or a function returning a promise of one');
    }
    this.home = path.resolve(opts.home);
    this.backend = opts.backend;
    this.dir = path.join(this.home, `keyring-${opts.backend}`);
    this.warning = opts.backend === 'test' ? TEST_BACKEND_WARNING : undefined;
    this.scryptParams = params;
    this.passphraseSource = opts.passphrase;
  }

  /** Same as `new Keyring(opts)`. */
  static async open(opts: KeyringOptions): Promise<Keyring> {
    return new Keyring(opts);
  }

  // ---------------------------------------------------------------- public API

  /**
   * Adds a key from `opts.mnemonic`, or from a new 24-word mnemonic. Returns the key and its mnemonic.
   * Refuses an existing name (KEY_EXISTS) unless `overwrite`, and an address already held by
   * another key (ADDRESS_EXISTS).
   */
  async add(name: string, opts: AddOptions = {}): Promise<AddedKey> {
    validateKeyName(name);
    const mnemonic = opts.mnemonic === undefined ? generateMnemonic() : normalizeMnemonic(opts.mnemonic);
    const hdPath = normalizeHdPath(opts.hdPath ?? DEFAULT_HD_PATH);
    const derived = await deriveFromMnemonic(mnemonic, hdPath);
    try {
      const info = await this.store(name, derived, { kind: 'mnemonic', mnemonic }, hdPath, opts.overwrite === true);
      return { ...info, mnemonic };
    } finally {
      derived.privkey.fill(0);
    }
  }

  /** Imports a key from a BIP-39 mnemonic (checksum checked). */
  async importMnemonic(name: string, mnemonic: string, opts: Omit<AddOptions, 'mnemonic'> = {}): Promise<KeyInfo> {
    if (typeof mnemonic !== 'string') throw new KeyringError('INVALID_MNEMONIC', 'the mnemonic must be a string of words');
    const { mnemonic: _m, ...info } = await this.add(name, { ...opts, mnemonic });
    void _m;
    return info;
  }

  /** Imports a raw 32-byte secp256k1 private key (no mnemonic, no HD path). */
  async importPrivateKey(name: string, privkey: Uint8Array, opts: { overwrite?: boolean } = {}): Promise<KeyInfo> {
    validateKeyName(name);
    const derived = await keyFromPrivate(privkey);
    try {
      return await this.store(name, derived, { kind: 'privkey', privkey: derived.privkey }, undefined, opts.overwrite === true);
    } finally {
      derived.privkey.fill(0);
    }
  }

  /** Every key, sorted by name, without secrets. A corrupt key file throws CORRUPT_KEY_FILE unless `skipCorrupt`. */
  async list(opts: { skipCorrupt?: boolean } = {}): Promise<KeyInfo[]> {
    const names = (await listDir(this.dir))
      .filter((f) => f.endsWith(KEY_FILE_SUFFIX))
      .map((f) => f.slice(0, -KEY_FILE_SUFFIX.length))
      .filter((n) => KEY_NAME_RE.test(n) && n !== '.' && n !== '..')
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const out: KeyInfo[] = [];
    for (const n of names) {
      try {
        const k = await this.load(n);
        if (k) out.push(k.info);
      } catch (e) {
        if (opts.skipCorrupt && (isKeyringError(e, 'CORRUPT_KEY_FILE') || isKeyringError(e, 'UNSUPPORTED_VERSION'))) continue;
        throw e;
      }
    }
    return out;
  }

  /** The public part of one key; KEY_NOT_FOUND when there is none. */
  async show(name: string): Promise<KeyInfo> {
    return (await this.mustLoad(name)).info;
  }

  async has(name: string): Promise<boolean> {
    validateKeyName(name);
    return (await readFileIfExists(this.keyFile(name))) !== undefined;
  }

  /** The key holding this address, if any (corrupt files are skipped). */
  async findByAddress(address: string): Promise<KeyInfo | undefined> {
    return (await this.list({ skipCorrupt: true })).find((k) => k.address === address);
  }

  /**
   * The private key of `name`, encrypted with `exportPassphrase` and ASCII-armored (see armor.ts).
   * Only the private key is exported, not the mnemonic.
   */
  async exportArmored(name: string, exportPassphrase: string): Promise<string> {
    const loaded = await this.mustLoad(name);
    checkNewPassphrase(exportPassphrase, 'export passphrase');
    const privkey = await this.privateKey(name);
    try {
      return await armorPrivateKey(privkey, loaded.info.address, exportPassphrase, this.scryptParams);
    } finally {
      privkey.fill(0);
    }
  }

  /** Imports a key exported with `exportArmored`; it is stored as a raw private key. */
  async importArmored(name: string, armored: string, exportPassphrase: string, opts: { overwrite?: boolean } = {}): Promise<KeyInfo> {
    validateKeyName(name);
    if (typeof exportPassphrase !== 'string') throw new KeyringError('PASSPHRASE_REQUIRED', 'the export passphrase is required to import an armored key');
    const { privkey, address } = await unarmorPrivateKey(armored, exportPassphrase);
    try {
      const derived = await keyFromPrivate(privkey);
      if (derived.address !== address) {
        throw new KeyringError('INVALID_ARMOR', `the armored key says it is ${address}, but its private key belongs to ${derived.address}; the export is not usable`);
      }
      try {
        return await this.store(name, derived, { kind: 'privkey', privkey: derived.privkey }, undefined, opts.overwrite === true);
      } finally {
        derived.privkey.fill(0);
      }
    } finally {
      privkey.fill(0);
    }
  }

  /** Deletes a key file; KEY_NOT_FOUND when there is none. Does not ask for the passphrase. */
  async delete(name: string): Promise<void> {
    validateKeyName(name);
    if (!(await removeFile(this.keyFile(name)))) throw this.notFound(name);
  }

  /** A cosmjs signer (SIGN_MODE_DIRECT) for the key, with prefix `aivm`. */
  async signer(name: string): Promise<OfflineDirectSigner> {
    const { loaded, secret, derived } = await this.unlock(name);
    let wallet: OfflineDirectSigner;
    if (secret.kind === 'mnemonic') {
      wallet = await DirectSecp256k1HdWallet.fromMnemonic(secret.mnemonic, {
        prefix: BECH32_PREFIX,
        hdPaths: [stringToPath(loaded.info.hdPath ?? DEFAULT_HD_PATH)],
      });
    } else {
      // The wallet keeps a reference to this array: it must not be zeroed here.
      wallet = await DirectSecp256k1Wallet.fromKey(secret.privkey, BECH32_PREFIX);
    }
    derived.privkey.fill(0);
    const [account] = await wallet.getAccounts();
    if (!account || account.address !== loaded.info.address) {
      throw this.corrupt(loaded.file, `its secret gives address ${account?.address ?? '(none)'}, not ${loaded.info.address}`);
    }
    return wallet;
  }

  /** The 32-byte secp256k1 private key (for tools that sign with node:crypto). The caller should zero it after use. */
  async privateKey(name: string): Promise<Uint8Array> {
    const { secret, derived } = await this.unlock(name);
    if (secret.kind === 'privkey') secret.privkey.fill(0);
    return derived.privkey;
  }

  // ---------------------------------------------------------------- internals

  private keyFile(name: string): string {
    return path.join(this.dir, `${name}${KEY_FILE_SUFFIX}`);
  }

  private notFound(name: string): KeyringError {
    return new KeyringError(
      'KEY_NOT_FOUND',
      `no key named "${name}" in the ${this.backend} keyring (${this.dir}); see "aivmd keys list", or add it with "aivmd keys add ${name}"`,
    );
  }

  private corrupt(file: string, reason: string, cause?: unknown): KeyringError {
    return new KeyringError(
      'CORRUPT_KEY_FILE',
      `key file ${file} is corrupt: ${reason}. Restore it from a backup, or delete it and import the key again from its mnemonic.`,
      { file, ...(cause === undefined ? {} : { cause }) },
    );
  }

  private async mustLoad(name: string): Promise<LoadedKey> {
    const k = await this.load(validateKeyName(name));
    if (!k) throw this.notFound(name);
    return k;
  }

  /** Reads and checks a key file; undefined when it does not exist. Never returns a half-valid key. */
  private async load(name: string): Promise<LoadedKey | undefined> {
    const file = this.keyFile(name);
    const raw = await readFileIfExists(file);
    if (raw === undefined) return undefined;
    if (raw.length === 0) throw this.corrupt(file, 'it is empty');
    if (raw.length > MAX_KEY_FILE_BYTES) throw this.corrupt(file, `it is ${raw.length} bytes, far larger than a key file`);
    let j: Partial<KeyFileJson>;
    try {
      j = JSON.parse(raw.toString('utf8')) as Partial<KeyFileJson>;
    } catch (e) {
      throw this.corrupt(file, `it is not valid JSON (${(e as Error).message}); it may have been truncated`, e);
    }
    if (typeof j !== 'object' || j === null || Array.isArray(j)) throw this.corrupt(file, 'it is not a JSON object');
    if (j.format !== KEY_FILE_FORMAT) throw this.corrupt(file, `"format" is ${JSON.stringify(j.format)}, not "${KEY_FILE_FORMAT}"`);
    if (typeof j.version !== 'number') throw this.corrupt(file, '"version" is missing');
    if (j.version !== KEY_FILE_VERSION) {
      throw new KeyringError(
        'UNSUPPORTED_VERSION',
        `key file ${file} has format version ${j.version}; this aivmd reads version ${KEY_FILE_VERSION}. Upgrade aivmd to use it.`,
        { file },
      );
    }
    if (j.backend !== this.backend) throw this.corrupt(file, `it belongs to the ${String(j.backend)} backend, but it is in the ${this.backend} keyring`);
    if (j.name !== name) throw this.corrupt(file, `it holds key "${String(j.name).slice(0, 80)}", but the file is named for "${name}"`);
    if (j.type !== 'local') throw this.corrupt(file, `unknown key type ${JSON.stringify(j.type)}`);
    if (j.algo !== 'secp256k1') throw this.corrupt(file, `unknown algorithm ${JSON.stringify(j.algo)}`);
    const pub = fromB64Strict(j.pubkey);
    if (!pub || pub.length !== 33 || (pub[0] !== 2 && pub[0] !== 3)) throw this.corrupt(file, '"pubkey" is not a base64 33-byte compressed secp256k1 key');
    const address = toAddress(addressFromSecp256k1(pub), BECH32_PREFIX);
    if (j.address !== address) throw this.corrupt(file, `"address" ${String(j.address)} does not match its public key (${address})`);
    if (j.hdPath !== undefined) {
      if (typeof j.hdPath !== 'string') throw this.corrupt(file, '"hdPath" is not a string');
      try {
        normalizeHdPath(j.hdPath);
      } catch (e) {
        throw this.corrupt(file, `"hdPath" ${j.hdPath.slice(0, 80)} is not valid`, e);
      }
    }
    if (typeof j.createdAt !== 'string') throw this.corrupt(file, '"createdAt" is missing');
    const secret = j.secret;
    if (typeof secret !== 'object' || secret === null) throw this.corrupt(file, '"secret" is missing');
    if (this.backend === 'file') {
      if (secret.kind !== 'encrypted') throw this.corrupt(file, 'its secret is not encrypted, which the file backend never writes');
      const s = sealedFromJson(secret);
      if (typeof s === 'string') throw this.corrupt(file, s);
    } else {
      const s = decodeSecret(secret);
      if (typeof s === 'string') throw this.corrupt(file, s);
      if ((s.kind === 'mnemonic') !== (j.hdPath !== undefined)) throw this.corrupt(file, 'a mnemonic key must have an HD path, and a raw key must not');
    }
    const info: KeyInfo = {
      name,
      type: 'local',
      algo: 'secp256k1',
      address,
      pubkey: j.pubkey as string,
      ...(j.hdPath === undefined ? {} : { hdPath: j.hdPath }),
      backend: this.backend,
      createdAt: j.createdAt,
      ...(this.warning === undefined ? {} : { warning: this.warning }),
    };
    return { info, file, secret };
  }

  /** Loads a key, decrypts its secret and checks that the secret gives the stored public key. */
  private async unlock(name: string): Promise<{ loaded: LoadedKey; secret: Secret; derived: DerivedKey }> {
    const loaded = await this.mustLoad(name);
    let secret: Secret;
    if (loaded.secret.kind === 'encrypted') {
      const sealed = sealedFromJson(loaded.secret) as Sealed; // shape checked by load()
      const passphrase = await this.getPassphrase('unlock');
      let plain: Buffer;
      try {
        plain = await unseal(sealed, passphrase, keyAad(loaded.info.address), `key "${name}"`, loaded.file);
      } catch (e) {
        if (isKeyringError(e, 'WRONG_PASSPHRASE')) this.forgetPassphrase();
        throw e;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(plain.toString('utf8'));
      } catch (e) {
        throw this.corrupt(loaded.file, 'its decrypted secret is not valid JSON', e);
      } finally {
        plain.fill(0);
      }
      const s = decodeSecret(parsed);
      if (typeof s === 'string') throw this.corrupt(loaded.file, s);
      secret = s;
    } else {
      const s = decodeSecret(loaded.secret);
      if (typeof s === 'string') throw this.corrupt(loaded.file, s);
      secret = s;
    }
    if ((secret.kind === 'mnemonic') !== (loaded.info.hdPath !== undefined)) {
      throw this.corrupt(loaded.file, 'a mnemonic key must have an HD path, and a raw key must not');
    }
    let derived: DerivedKey;
    try {
      derived =
        secret.kind === 'mnemonic'
          ? await deriveFromMnemonic(normalizeMnemonic(secret.mnemonic), loaded.info.hdPath as string)
          : await keyFromPrivate(secret.privkey);
    } catch (e) {
      throw this.corrupt(loaded.file, `its secret is not usable (${(e as Error).message})`, e);
    }
    if (b64(derived.pubkey) !== loaded.info.pubkey) {
      derived.privkey.fill(0);
      throw this.corrupt(loaded.file, 'its secret does not match its public key');
    }
    return { loaded, secret, derived };
  }

  /** Writes a new key file (checks name collisions, address collisions, passphrase). */
  private async store(name: string, derived: DerivedKey, secret: Secret, hdPath: string | undefined, overwrite: boolean): Promise<KeyInfo> {
    const file = this.keyFile(name);
    if (!overwrite && (await readFileIfExists(file)) !== undefined) {
      throw new KeyringError(
        'KEY_EXISTS',
        `a key named "${name}" already exists in the ${this.backend} keyring; choose another name, or delete it first (or pass overwrite)`,
        { file },
      );
    }
    const holder = (await this.list({ skipCorrupt: true })).find((k) => k.address === derived.address && k.name !== name);
    if (holder) {
      throw new KeyringError('ADDRESS_EXISTS', `the key "${holder.name}" already holds address ${derived.address}; use that key, or delete it first`);
    }
    const pubkey = b64(derived.pubkey);
    let secretJson: EncryptedJson | PlainSecretJson;
    if (this.backend === 'file') {
      const passphrase = await this.writablePassphrase();
      const plain = encodeSecret(secret);
      try {
        secretJson = sealedToJson(await seal(plain, passphrase, keyAad(derived.address), this.scryptParams));
      } finally {
        plain.fill(0);
      }
    } else {
      secretJson =
        secret.kind === 'mnemonic' ? { kind: 'mnemonic', mnemonic: secret.mnemonic } : { kind: 'privkey', privkey: Buffer.from(secret.privkey).toString('hex') };
    }
    const createdAt = new Date().toISOString();
    const json: KeyFileJson = {
      format: KEY_FILE_FORMAT,
      version: KEY_FILE_VERSION,
      backend: this.backend,
      ...(this.warning === undefined ? {} : { warning: this.warning }),
      name,
      type: 'local',
      algo: 'secp256k1',
      address: derived.address,
      pubkey,
      ...(hdPath === undefined ? {} : { hdPath }),
      createdAt,
      secret: secretJson,
    };
    await this.ensureDir();
    const written = await writeFileAtomic(file, JSON.stringify(json, null, 2) + '\n', { overwrite });
    if (!written) {
      throw new KeyringError('KEY_EXISTS', `a key named "${name}" was just created by another process; choose another name`, { file });
    }
    return {
      name,
      type: 'local',
      algo: 'secp256k1',
      address: derived.address,
      pubkey,
      ...(hdPath === undefined ? {} : { hdPath }),
      backend: this.backend,
      createdAt,
      ...(this.warning === undefined ? {} : { warning: this.warning }),
    };
  }

  private async ensureDir(): Promise<void> {
    await ensurePrivateDir(this.dir);
    if (this.backend === 'test') {
      const readme = path.join(this.dir, 'README.txt');
      if ((await readFileIfExists(readme)) === undefined) {
        await writeFileAtomic(readme, `${TEST_BACKEND_WARNING}\n`, { overwrite: false });
      }
    }
  }

  private forgetPassphrase(): void {
    if (typeof this.passphraseSource === 'function') this.cachedPassphrase = undefined;
    this.passphraseVerified = false;
  }

  private async getPassphrase(purpose: PassphraseRequest['purpose']): Promise<string> {
    if (this.cachedPassphrase !== undefined) return this.cachedPassphrase;
    const src = this.passphraseSource;
    if (src === undefined) {
      throw new KeyringError(
        'PASSPHRASE_REQUIRED',
        `the file keyring (${this.dir}) needs its passphrase for this; give it (e.g. on the terminal prompt), or use the test backend on dev chains`,
      );
    }
    const p = typeof src === 'string' ? src : await src({ backend: 'file', dir: this.dir, purpose });
    if (typeof p !== 'string' || p.length === 0) {
      throw new KeyringError('PASSPHRASE_REQUIRED', `the file keyring (${this.dir}) needs a non-empty passphrase`);
    }
    this.cachedPassphrase = p;
    return p;
  }

  /**
   * The passphrase to encrypt a new key with. It must be the keyring's passphrase: checked against
   * keyhash.json, or, on a keyring without one, against an existing key. On a new keyring it
   * becomes the keyring's passphrase (at least MIN_PASSPHRASE_LENGTH characters).
   */
  private async writablePassphrase(): Promise<string> {
    if (this.passphraseVerified && this.cachedPassphrase !== undefined) return this.cachedPassphrase;
    const keyhashFile = path.join(this.dir, KEYHASH_FILE);
    const keyhashRaw = await readFileIfExists(keyhashFile);
    if (keyhashRaw !== undefined) {
      const sealed = parseKeyhash(keyhashRaw);
      if (typeof sealed === 'string') {
        throw new KeyringError(
          'CORRUPT_KEY_FILE',
          `${keyhashFile} (the keyring's passphrase check) is corrupt: ${sealed}. If your keys still open with your passphrase, delete this file and it will be made again.`,
          { file: keyhashFile },
        );
      }
      const passphrase = await this.getPassphrase('unlock');
      try {
        const plain = await unseal(sealed, passphrase, KEYHASH_AAD, `the ${this.backend} keyring`, keyhashFile);
        if (plain.toString('utf8') !== KEYHASH_PLAINTEXT) throw new KeyringError('CORRUPT_KEY_FILE', `${keyhashFile} holds an unexpected value; delete it`, { file: keyhashFile });
      } catch (e) {
        if (isKeyringError(e, 'WRONG_PASSPHRASE')) this.forgetPassphrase();
        throw e;
      }
      this.passphraseVerified = true;
      return passphrase;
    }
    // No keyhash: check against an existing key (a keyring from before keyhash.json, or copied files).
    const existing = await this.list({ skipCorrupt: true });
    const passphrase = await this.getPassphrase(existing.length === 0 ? 'create' : 'unlock');
    if (existing.length === 0) {
      checkNewPassphrase(passphrase, 'keyring passphrase');
    } else {
      try {
        const { derived } = await this.unlock(existing[0]!.name);
        derived.privkey.fill(0);
      } catch (e) {
        if (isKeyringError(e, 'WRONG_PASSPHRASE')) {
          this.forgetPassphrase();
          throw new KeyringError(
            'WRONG_PASSPHRASE',
            `wrong passphrase for the ${this.backend} keyring: it does not open the existing key "${existing[0]!.name}". New keys must use the keyring's passphrase.`,
            { cause: e },
          );
        }
        throw e;
      }
    }
    const sealed = await seal(Buffer.from(KEYHASH_PLAINTEXT, 'utf8'), passphrase, KEYHASH_AAD, this.scryptParams);
    await ensurePrivateDir(this.dir);
    await writeFileAtomic(
      keyhashFile,
      JSON.stringify({ format: 'aivm-keyring-keyhash', version: 1, secret: sealedToJson(sealed) }, null, 2) + '\n',
      { overwrite: false },
    );
    this.passphraseVerified = true;
    return passphrase;
  }
}

function parseKeyhash(raw: Buffer): Sealed | string {
  let j: unknown;
  try {
    j = JSON.parse(raw.toString('utf8'));
  } catch {
    return 'not valid JSON';
  }
  if (typeof j !== 'object' || j === null) return 'not a JSON object';
  const o = j as { format?: unknown; version?: unknown; secret?: unknown };
  if (o.format !== 'aivm-keyring-keyhash' || o.version !== 1) return 'unknown format or version';
  return sealedFromJson(o.secret);
}

function checkNewPassphrase(p: unknown, what: string): void {
  if (typeof p !== 'string' || p.length === 0) throw new KeyringError('PASSPHRASE_REQUIRED', `a ${what} is required`);
  if ([...p].length < MIN_PASSPHRASE_LENGTH) {
    throw new KeyringError('WEAK_PASSPHRASE', `the ${what} is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters`);
  }
}
