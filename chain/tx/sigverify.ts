import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { toBin } from '../bytes.js';

// secp256k1 signatures checked with node:crypto (≈4× faster than pure-JS curves here).
// node:crypto accepts high-S signatures, so low-S is enforced separately: Cosmos requires it,
// or one signature would have two valid encodings.

const SECP256K1_SPKI_PREFIX = Buffer.from('3036301006072a8648ce3d020106052b8104000a032200', 'hex');
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** The order of the secp256k1 group, and half of it (the low-S bound). */
export const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
export const SECP256K1_HALF_N = SECP256K1_N >> 1n;
/** n and n/2 as 32 big-endian bytes: r and s are compared in place (no hex string, no BigInt). */
const N_BYTES = Buffer.from(SECP256K1_N.toString(16).padStart(64, '0'), 'hex');
const HALF_N_BYTES = Buffer.from(SECP256K1_HALF_N.toString(16).padStart(64, '0'), 'hex');

/** Compares the 32-byte big-endian number at sig[offset] with `bound`: -1, 0 or 1. */
function compare32(sig: Uint8Array, offset: number, bound: Uint8Array): number {
  for (let i = 0; i < 32; i++) {
    const a = sig[offset + i]!;
    const b = bound[i]!;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

function isZero32(sig: Uint8Array, offset: number): boolean {
  for (let i = 0; i < 32; i++) if (sig[offset + i] !== 0) return false;
  return true;
}

/** r and s within [1, n-1]. */
export function isWellFormedSignature(sig: Uint8Array): boolean {
  if (sig.length !== 64) return false;
  return !isZero32(sig, 0) && compare32(sig, 0, N_BYTES) < 0 && !isZero32(sig, 32) && compare32(sig, 32, N_BYTES) < 0;
}

/** s ≤ n/2 (for a 64-byte r‖s signature). */
export function isLowS(sig: Uint8Array): boolean {
  return sig.length === 64 && compare32(sig, 32, HALF_N_BYTES) <= 0;
}

/** Bounded cache of parsed public keys (parsing costs about as much as a verification). */
class KeyCache {
  private readonly map = new Map<string, KeyObject>();
  constructor(
    private readonly prefix: Buffer,
    private readonly max = 100_000,
  ) {}

  get(pubkey: Uint8Array): KeyObject {
    const id = toBin(pubkey);
    let k = this.map.get(id);
    if (!k) {
      k = createPublicKey({ key: Buffer.concat([this.prefix, pubkey]), format: 'der', type: 'spki' });
      if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
      this.map.set(id, k);
    }
    return k;
  }
}

const secpKeys = new KeyCache(SECP256K1_SPKI_PREFIX);
const edKeys = new KeyCache(ED25519_SPKI_PREFIX);

/** Verifies a 64-byte r‖s ECDSA signature over sha256(message). Does not check low-S. */
export function verifySecp256k1(pubkey: Uint8Array, message: Uint8Array, sig: Uint8Array): boolean {
  if (pubkey.length !== 33 || sig.length !== 64) return false;
  try {
    return verify('sha256', message, { key: secpKeys.get(pubkey), dsaEncoding: 'ieee-p1363' }, sig);
  } catch {
    return false;
  }
}

export function verifyEd25519(pubkey: Uint8Array, message: Uint8Array, sig: Uint8Array): boolean {
  if (pubkey.length !== 32 || sig.length !== 64) return false;
  try {
    return verify(null, message, edKeys.get(pubkey), sig);
  } catch {
    return false;
  }
}

/**
 * Remembers transactions whose signatures already verified (by tx hash), so a tx checked at
 * CheckTx is not verified again when its block executes. A pure memo: it never changes a result.
 */
export class SigVerifyCache {
  private readonly ok = new Set<string>();
  constructor(private readonly max = 200_000) {}

  has(txHash: Uint8Array): boolean {
    return this.ok.has(toBin(txHash));
  }

  add(txHash: Uint8Array): void {
    if (this.ok.size >= this.max) this.ok.delete(this.ok.values().next().value!);
    this.ok.add(toBin(txHash));
  }

  delete(txHash: Uint8Array): void {
    this.ok.delete(toBin(txHash));
  }
}
