import { describe, expect, it } from '@jest/globals';
import { DecodedByBytes } from './decoded-values.js';

describe('DecodedByBytes', () => {
  it('decodes each stored bytes object once, and new bytes (a new write) again', () => {
    let calls = 0;
    const memo = new DecodedByBytes((b) => (calls++, b.length));
    const v1 = Uint8Array.of(1, 2, 3);
    expect(memo.get(v1)).toBe(3);
    expect(memo.get(v1)).toBe(3);
    expect(calls).toBe(1);
    expect(memo.get(Uint8Array.of(1, 2, 3, 4))).toBe(4);
    expect(memo.get(Uint8Array.of(1, 2, 3))).toBe(3); // equal bytes, another object: decoded anew
    expect(calls).toBe(3);
  });
});
