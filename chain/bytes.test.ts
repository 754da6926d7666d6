import { describe, expect, it } from '@jest/globals';
import { fromBin, fromUtf8, toBin, utf8 } from './bytes.js';

// The short-key fast paths must give exactly what Buffer (latin1) and TextEncoder give.
describe('binary strings and utf-8', () => {
  const bytesOf = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 97 + seed * 31 + (i % 3 === 0 ? 0xff : 0)) & 0xff);

  it('toBin/fromBin are latin1, one char per byte, at every length around the fast-path limit', () => {
    for (let n = 0; n <= 130; n++) {
      for (const seed of [0, 1, 7]) {
        const bytes = bytesOf(n, seed);
        const bin = toBin(bytes);
        expect(bin).toBe(Buffer.from(bytes).toString('latin1'));
        expect(fromBin(bin)).toEqual(bytes);
        // A view into a larger buffer converts only its own bytes.
        const big = bytesOf(n + 10, seed);
        expect(toBin(big.subarray(5, 5 + n))).toBe(Buffer.from(big.subarray(5, 5 + n)).toString('latin1'));
      }
    }
    expect(fromBin('\u0141x')).toEqual(new Uint8Array(Buffer.from('\u0141x', 'latin1')));
  });

  it('utf8 equals TextEncoder for ASCII, non-ASCII, lone surrogates and long strings', () => {
    const enc = new TextEncoder();
    const samples = ['', 'a', 'acme-llm_v2.0', 'x'.repeat(48), 'y'.repeat(49), 'é', 'model-é', 'emoji 🤖', '\ud800', 'a\udc00b', '\u007f\u0080', 'z'.repeat(200) + 'ß'];
    for (const s of samples) expect(utf8(s)).toEqual(enc.encode(s));
  });

  it('fromUtf8 equals strict TextDecoder: ASCII, other UTF-8, and a refusal for malformed bytes', () => {
    const dec = new TextDecoder('utf-8', { fatal: true });
    const samples = ['', '0', '1000000000000', 'uaivm', 'x'.repeat(48), 'y'.repeat(49), 'é', 'model-é', 'emoji 🤖', 'z'.repeat(200) + 'ß'].map((s) => new TextEncoder().encode(s));
    for (const b of samples) {
      expect(fromUtf8(b)).toBe(dec.decode(b));
      // A view into a larger buffer reads only its own bytes.
      const framed = Uint8Array.from([0x41, ...b, 0x42]);
      expect(fromUtf8(framed.subarray(1, 1 + b.length))).toBe(dec.decode(b));
    }
    for (const bad of [Uint8Array.of(0x80), Uint8Array.of(0x41, 0xc3), Uint8Array.of(0xff, 0x41)]) expect(() => fromUtf8(bad)).toThrow(/not valid for encoding utf-8/);
  });
});
