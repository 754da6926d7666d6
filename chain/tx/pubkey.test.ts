import { describe, expect, it } from '@jest/globals';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { secp256k1KeyOf } from './pubkey.js';

describe('secp256k1KeyOf', () => {
  it('gives the key PubKey.decode gives, decoding each bytes object once, and throws on bad bytes', () => {
    const key = Uint8Array.from({ length: 33 }, (_, i) => (i === 0 ? 2 : i));
    const value = PubKey.encode({ key }).finish();
    const first = secp256k1KeyOf(value);
    expect(first).toEqual(key);
    expect(first).toEqual(PubKey.decode(value).key);
    // The same bytes object: the same decoded key (no second decode); equal bytes elsewhere decode anew.
    expect(secp256k1KeyOf(value)).toBe(first);
    expect(secp256k1KeyOf(Uint8Array.from(value))).not.toBe(first);
    expect(secp256k1KeyOf(Uint8Array.from(value))).toEqual(key);
    // A truncated encoding does not decode, every time (failures are not remembered).
    const truncated = value.subarray(0, 10);
    expect(() => secp256k1KeyOf(truncated)).toThrow();
    expect(() => secp256k1KeyOf(truncated)).toThrow();
  });
});
