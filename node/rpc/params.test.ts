import { describe, expect, test } from '@jest/globals';
import { decodeStrictBase64, isStrictBase64, Params } from './params.js';
import { RpcError } from './errors.js';
import { mulberry32 } from '../../test/harness/prng.js';

// The rule as a regular expression (what the params reader used before its char-code loop): the
// loop must accept exactly the same strings.
const REFERENCE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

describe('strict base64 params', () => {
  test('padded, unpadded and empty text decodes to its bytes', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      const padded = Buffer.from(bytes).toString('base64');
      for (const text of [padded, padded.replace(/=+$/, '')]) {
        expect(isStrictBase64(text)).toBe(true);
        const out = decodeStrictBase64(text)!;
        expect(out).toEqual(bytes);
        // An array of its own: not a view into a shared pool that a kept tx would pin.
        expect(out.byteOffset).toBe(0);
        expect(out.buffer.byteLength).toBe(n);
      }
    }
  });

  test('refuses wrong lengths, wrong padding and characters outside the standard alphabet', () => {
    for (const bad of ['A', 'AAAAA', 'AA=', 'A==', 'AAA==', 'AA===', '====', '=', 'AA==AA==', 'AB-_', 'AB C', 'AB\nC', 'ÄBCD', 'AB+/'.repeat(3) + '%', 'QUJD\u0000']) {
      expect(isStrictBase64(bad)).toBe(false);
      expect(decodeStrictBase64(bad)).toBeUndefined();
    }
  });

  test('accepts exactly what the reference expression accepts (20,000 random strings)', () => {
    const next = mulberry32(20261127);
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \u00e9';
    for (let i = 0; i < 20_000; i++) {
      const len = Math.floor(next() * 14);
      let s = '';
      // Mostly alphabet characters with '=' near the end, so that both answers come up often.
      for (let j = 0; j < len; j++) s += next() < 0.9 ? chars[Math.floor(next() * 64)] : chars[64 + Math.floor(next() * (chars.length - 64))];
      if (next() < 0.3) s += next() < 0.5 ? '=' : '==';
      expect([s, isStrictBase64(s)]).toEqual([s, REFERENCE.test(s)]);
    }
  });

  test('a tx param that is not standard base64 is refused with -32602 naming it', () => {
    const p = Params.from({ tx: 'not base64!' }, ['tx'], 'json');
    const thrown = (() => {
      try {
        p.requiredBytes('tx');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(RpcError);
    expect((thrown as RpcError).code).toBe(-32602);
    expect((thrown as RpcError).message).toMatch(/tx.*standard base64/);
  });
});
