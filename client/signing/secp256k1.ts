import { createECDH, createHash, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { addressFromSecp256k1, toAddress } from '../../chain/address.js';
import { SECP256K1_HALF_N, SECP256K1_N } from '../../chain/tx/sigverify.js';

// Fast secp256k1 signing with node:crypto (for load generators, tests and tools that hold a raw
// private key). Signatures are normalized to low-S, as the chain requires.

const N = SECP256K1_N;
const HALF_N = SECP256K1_HALF_N;

export interface Secp256k1Key {
  readonly privateKey: Uint8Array;
  /** 33-byte compressed public key. */
  readonly publicKey: Uint8Array;
  readonly address: string;
  readonly keyObject: KeyObject;
}

const b64url = (b: Uint8Array) => Buffer.from(b).toString('base64url');

export function keyFromPrivate(privateKey: Uint8Array): Secp256k1Key {
  const ecdh = createECDH('secp256k1');
  ecdh.setPrivateKey(Buffer.from(privateKey));
  const uncompressed = ecdh.getPublicKey();
  const publicKey = new Uint8Array(ecdh.getPublicKey(null, 'compressed'));
  const keyObject = createPrivateKey({
    key: { kty: 'EC', crv: 'secp256k1', d: b64url(privateKey), x: b64url(uncompressed.subarray(1, 33)), y: b64url(uncompressed.subarray(33, 65)) },
    format: 'jwk',
  });
  return { privateKey, publicKey, address: toAddress(addressFromSecp256k1(publicKey)), keyObject };
}

/** A deterministic key from a seed string (tests and dev accounts only). */
export function keyFromSeed(seed: string): Secp256k1Key {
  return keyFromPrivate(new Uint8Array(createHash('sha256').update(seed).digest()));
}

/** ECDSA over sha256(message), 64-byte r‖s with s normalized to the lower half. */
export function signSecp256k1(key: Secp256k1Key, message: Uint8Array): Uint8Array {
  const sig = new Uint8Array(sign('sha256', message, { key: key.keyObject, dsaEncoding: 'ieee-p1363' }));
  const s = BigInt('0x' + Buffer.from(sig.subarray(32)).toString('hex'));
  if (s > HALF_N) sig.set(Buffer.from((N - s).toString(16).padStart(64, '0'), 'hex'), 32);
  return sig;
}

/** The high-S twin of a signature (for tests that must see it refused). */
export function toHighS(sig: Uint8Array): Uint8Array {
  const out = Uint8Array.from(sig);
  const s = BigInt('0x' + Buffer.from(sig.subarray(32)).toString('hex'));
  const hi = s > HALF_N ? s : N - s;
  out.set(Buffer.from(hi.toString(16).padStart(64, '0'), 'hex'), 32);
  return out;
}
