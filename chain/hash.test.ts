import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { sha256 } from './hash.js';

const ref = (...parts: Uint8Array[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

describe('sha256', () => {
  it('equals node:crypto for one part and for several, of every size up to and past its join buffer', () => {
    for (let n = 0; n < 700; n += 7) {
      const a = randomBytes(n);
      const b = randomBytes((n * 3) % 101);
      expect(sha256(a)).toEqual(ref(a));
      expect(sha256(a, b)).toEqual(ref(a, b));
      expect(sha256(b, a, b)).toEqual(ref(b, a, b));
    }
    expect(sha256()).toEqual(ref());
  });

  it('gives each call its own 32 bytes (no digest shares memory with another)', () => {
    const x = sha256(Uint8Array.of(1), Uint8Array.of(2));
    const copy = Uint8Array.from(x);
    const y = sha256(Uint8Array.of(3), Uint8Array.of(4));
    y.fill(0);
    expect(x).toEqual(copy);
    expect(x.length).toBe(32);
    expect(x.byteOffset).toBe(0);
    expect(x.buffer.byteLength).toBe(32);
  });
});
