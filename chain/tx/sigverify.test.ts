import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { isLowS, isWellFormedSignature, SECP256K1_HALF_N, SECP256K1_N } from './sigverify.js';

// The byte-wise range checks against the obvious BigInt definitions, at every edge.

const be32 = (n: bigint) => Buffer.from(n.toString(16).padStart(64, '0'), 'hex');
const sig = (r: bigint, s: bigint) => new Uint8Array(Buffer.concat([be32(r), be32(s)]));
const big = (b: Uint8Array) => BigInt('0x' + Buffer.from(b).toString('hex'));

describe('signature range checks', () => {
  const edges = [0n, 1n, 2n, SECP256K1_HALF_N - 1n, SECP256K1_HALF_N, SECP256K1_HALF_N + 1n, SECP256K1_N - 1n, SECP256K1_N, SECP256K1_N + 1n, (1n << 256n) - 1n];

  it('r, s in [1, n-1] and low-S (s ≤ n/2), for every pair of edge values', () => {
    for (const r of edges) {
      for (const s of edges) {
        const b = sig(r, s);
        expect([r, s, isWellFormedSignature(b)]).toEqual([r, s, r > 0n && r < SECP256K1_N && s > 0n && s < SECP256K1_N]);
        expect([r, s, isLowS(b)]).toEqual([r, s, s <= SECP256K1_HALF_N]);
      }
    }
  });

  it('agree with the BigInt definitions on random signatures', () => {
    for (let i = 0; i < 2000; i++) {
      const b = new Uint8Array(randomBytes(64));
      // Half of them with a leading byte that puts s near n/2 or n.
      if (i % 2) b[32] = i % 4 === 1 ? 0x7f : 0xff;
      const r = big(b.subarray(0, 32));
      const s = big(b.subarray(32));
      expect(isWellFormedSignature(b)).toBe(r > 0n && r < SECP256K1_N && s > 0n && s < SECP256K1_N);
      expect(isLowS(b)).toBe(s <= SECP256K1_HALF_N);
    }
  });

  it('refuse signatures that are not 64 bytes', () => {
    for (const n of [0, 32, 63, 65, 72]) {
      expect(isWellFormedSignature(new Uint8Array(n).fill(1))).toBe(false);
      expect(isLowS(new Uint8Array(n).fill(1))).toBe(false);
    }
  });
});
