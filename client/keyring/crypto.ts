// Passphrase encryption shared by key files (file backend) and armored exports:
// scrypt(passphrase, random 16-byte salt) -> 32-byte key -> AES-256-GCM with a random 12-byte
// nonce and a 16-byte tag. The caller passes "associated data" (a fixed context string) that is
// authenticated but not stored, so a ciphertext made for one purpose cannot be passed off as
// another. A GCM authentication failure means the passphrase is wrong (or the data was modified):
// it is reported as WRONG_PASSPHRASE, never as garbage plaintext.
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb } from 'node:crypto';
import { KeyringError } from './errors.js';

export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelism. */
  p: number;
}

/** Default cost: N = 2^16 (64 MiB, ~0.3 s on one core of the project's machine), r = 8, p = 1. */
export const DEFAULT_SCRYPT: Readonly<ScryptParams> = Object.freeze({ N: 1 << 16, r: 8, p: 1 });

export const SALT_BYTES = 16;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** Upper bounds accepted when reading someone else's file, so a hostile file cannot ask for 100 GB. */
const MAX_SCRYPT_MEMORY = 1024 * 1024 * 1024; // 128 * N * r
const MAX_P = 16;
const MAX_R = 32;

/** Returns a reason when the parameters are unusable, else undefined. */
export function checkScryptParams(params: ScryptParams): string | undefined {
  const { N, r, p } = params;
  if (!Number.isSafeInteger(N) || N < 2 || (N & (N - 1)) !== 0) return `scrypt N must be a power of two ≥ 2, got ${String(N)}`;
  if (!Number.isSafeInteger(r) || r < 1 || r > MAX_R) return `scrypt r must be an integer in 1..${MAX_R}, got ${String(r)}`;
  if (!Number.isSafeInteger(p) || p < 1 || p > MAX_P) return `scrypt p must be an integer in 1..${MAX_P}, got ${String(p)}`;
  if (128 * N * r > MAX_SCRYPT_MEMORY) return `scrypt N=${N}, r=${r} needs ${(128 * N * r) / 2 ** 20} MiB; the limit is ${MAX_SCRYPT_MEMORY / 2 ** 20} MiB`;
  return undefined;
}

function passphraseBytes(passphrase: string): Buffer {
  // NFC so that the same passphrase typed through different input methods gives the same bytes.
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

export function deriveKey(passphrase: string, salt: Uint8Array, params: ScryptParams): Promise<Buffer> {
  const bad = checkScryptParams(params);
  if (bad) return Promise.reject(new KeyringError('INVALID_OPTIONS', bad));
  const maxmem = 128 * params.N * params.r + 128 * params.r * params.p + 32 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scryptCb(passphraseBytes(passphrase), salt, KEY_BYTES, { N: params.N, r: params.r, p: params.p, maxmem }, (err, key) => {
      if (err) reject(new KeyringError('IO_ERROR', `scrypt failed: ${err.message}`, { cause: err }));
      else resolve(key);
    });
  });
}

export interface Sealed {
  params: ScryptParams;
  salt: Uint8Array;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  tag: Uint8Array;
}

export async function seal(plaintext: Uint8Array, passphrase: string, aad: string, params: ScryptParams): Promise<Sealed> {
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const key = await deriveKey(passphrase, salt, params);
  try {
    const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const tag = cipher.getAuthTag();
    return { params: { ...params }, salt, nonce, ciphertext, tag };
  } finally {
    key.fill(0);
  }
}

/**
 * Decrypts and authenticates. Throws KeyringError WRONG_PASSPHRASE when the tag does not match
 * (`what` names the thing, e.g. `key "alice"`, for the message).
 */
export async function unseal(sealed: Sealed, passphrase: string, aad: string, what: string, file?: string): Promise<Buffer> {
  if (sealed.salt.length < 8) throw new KeyringError('INVALID_OPTIONS', `${what}: salt is ${sealed.salt.length} bytes; at least 8 expected`);
  if (sealed.nonce.length !== NONCE_BYTES) throw new KeyringError('INVALID_OPTIONS', `${what}: nonce is ${sealed.nonce.length} bytes; expected ${NONCE_BYTES}`);
  if (sealed.tag.length !== TAG_BYTES) throw new KeyringError('INVALID_OPTIONS', `${what}: tag is ${sealed.tag.length} bytes; expected ${TAG_BYTES}`);
  const key = await deriveKey(passphrase, sealed.salt, sealed.params);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.tag);
    const out = decipher.update(sealed.ciphertext);
    try {
      return Buffer.concat([out, decipher.final()]);
    } catch (e) {
      out.fill(0);
      throw new KeyringError(
        'WRONG_PASSPHRASE',
        `wrong passphrase for ${what}: decryption failed authentication (or the data was modified). Try again with the right passphrase.`,
        { cause: e, ...(file === undefined ? {} : { file }) },
      );
    }
  } finally {
    key.fill(0);
  }
}
