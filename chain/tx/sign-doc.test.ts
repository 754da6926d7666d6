import { describe, expect, it } from '@jest/globals';
import { SignDoc } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { randomBytes } from 'node:crypto';
import { signDocBytes } from './sign-doc.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('signDocBytes', () => {
  it('is byte-identical to cosmjs-types SignDoc.encode, including empty fields, zero and large account numbers, multi-byte chain ids and long bodies', () => {
    const bodies = [new Uint8Array(), new Uint8Array(randomBytes(1)), new Uint8Array(randomBytes(127)), new Uint8Array(randomBytes(128)), new Uint8Array(randomBytes(20_000))];
    const chainIds = ['', 'aivm-1', 'ünïcödé-链', 'x'.repeat(300)];
    const accountNumbers = [0n, 1n, 127n, 128n, 16_383n, 16_384n, 2n ** 53n + 1n, 2n ** 64n - 1n];
    for (const bodyBytes of bodies) {
      for (const authInfoBytes of [new Uint8Array(), new Uint8Array(randomBytes(200))]) {
        for (const chainId of chainIds) {
          for (const accountNumber of accountNumbers) {
            const want = SignDoc.encode({ bodyBytes, authInfoBytes, chainId, accountNumber }).finish();
            expect(hex(signDocBytes(bodyBytes, authInfoBytes, chainId, accountNumber))).toBe(hex(want));
          }
        }
      }
    }
  });

  it('refuses an account number outside uint64', () => {
    expect(() => signDocBytes(new Uint8Array(1), new Uint8Array(1), 'c', -1n)).toThrow(RangeError);
    expect(() => signDocBytes(new Uint8Array(1), new Uint8Array(1), 'c', 2n ** 64n)).toThrow(RangeError);
  });
});
