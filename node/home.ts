// The layout of a node's home directory and the files in it.
//
//   <home>/config/config.json                node configuration (node/config.ts)
//   <home>/config/genesis.json               the genesis document
//   <home>/config/priv_validator_key.json    ed25519 consensus key (validators only)
//   <home>/config/node_key.json              ed25519 node identity (p2p)
//   <home>/data/chain/                       LevelDB: state, blocks, commits, results, tx index
//   <home>/data/priv_validator_state.json    last height/round/step the validator signed
//   <home>/data/committed_head.json          last committed height, written after each block
//   <home>/keyring-file/, keyring-test/      account keys (client/keyring)
//   <home>/dev-accounts.json                 dev accounts and mnemonics (aivmd dev only)
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { mkdir, open, rename } from 'node:fs/promises';

export function defaultHome(): string {
  return process.env.AIVM_HOME || join(homedir(), '.aivm');
}

export function homePaths(home: string) {
  return {
    home,
    config: join(home, 'config', 'config.json'),
    genesis: join(home, 'config', 'genesis.json'),
    privValidatorKey: join(home, 'config', 'priv_validator_key.json'),
    nodeKey: join(home, 'config', 'node_key.json'),
    chainDb: join(home, 'data', 'chain'),
    signerState: join(home, 'data', 'priv_validator_state.json'),
    headMarker: join(home, 'data', 'committed_head.json'),
    devAccounts: join(home, 'dev-accounts.json'),
  };
}

export class HomeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HomeError';
  }
}

/** Writes a file atomically: temp file, fsync, rename. A crash leaves the old or the new file. */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const fd = openSync(tmp, 'w', mode);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** writeFileAtomic without blocking the event loop (the fsync runs on libuv's thread pool). */
export async function writeFileAtomicAsync(path: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const fh = await open(tmp, 'w', mode);
  try {
    await fh.writeFile(typeof data === 'string' ? Buffer.from(data) : data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
}

export function readJsonFile<T>(path: string, what: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new HomeError('HOME_FILE_MISSING', `${what} not found at ${path}: run \`aivmd init\` (or \`aivmd dev\`) first`);
    throw new HomeError('HOME_FILE_UNREADABLE', `cannot read ${what} at ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new HomeError('HOME_FILE_CORRUPT', `${what} at ${path} is not valid JSON (${(e as Error).message}); restore it from a backup or re-create the home`);
  }
}

export interface Ed25519Key {
  /** 32-byte seed. */
  readonly privateKey: Uint8Array;
  readonly publicKey: Uint8Array;
  /** sha256(pubkey)[:20] */
  readonly address: Uint8Array;
}

/** DER prefix that wraps a 32-byte ed25519 seed as a PKCS#8 private key for node:crypto. */
export const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

export function ed25519FromSeed(seed: Uint8Array): Ed25519Key {
  const priv = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = new Uint8Array(createPublicKey(priv).export({ format: 'der', type: 'spki' }).subarray(12));
  return { privateKey: Uint8Array.from(seed), publicKey, address: new Uint8Array(createHash('sha256').update(publicKey).digest().subarray(0, 20)) };
}

export function generateEd25519(): Ed25519Key {
  const { privateKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(16);
  return ed25519FromSeed(new Uint8Array(seed));
}

interface KeyFile {
  address: string;
  pub_key: { type: string; value: string };
  priv_key: { type: string; value: string };
}

export function writeEd25519KeyFile(path: string, key: Ed25519Key): void {
  const file: KeyFile = {
    address: Buffer.from(key.address).toString('hex').toUpperCase(),
    pub_key: { type: 'tendermint/PubKeyEd25519', value: Buffer.from(key.publicKey).toString('base64') },
    // CometBFT stores seed ‖ pubkey (64 bytes).
    priv_key: { type: 'tendermint/PrivKeyEd25519', value: Buffer.concat([key.privateKey, key.publicKey]).toString('base64') },
  };
  writeFileAtomic(path, JSON.stringify(file, null, 2) + '\n');
}

export function readEd25519KeyFile(path: string, what: string): Ed25519Key {
  const f = readJsonFile<KeyFile>(path, what);
  const raw = Buffer.from(f?.priv_key?.value ?? '', 'base64');
  if (raw.length !== 64 && raw.length !== 32) throw new HomeError('HOME_KEY_INVALID', `${what} at ${path} does not hold a 32- or 64-byte ed25519 key; the file is damaged: restore it from a backup`);
  const key = ed25519FromSeed(new Uint8Array(raw.subarray(0, 32)));
  if (raw.length === 64 && !Buffer.from(key.publicKey).equals(raw.subarray(32))) {
    throw new HomeError('HOME_KEY_INVALID', `${what} at ${path}: the public half does not match the private key; the file is damaged: restore it from a backup`);
  }
  return key;
}
