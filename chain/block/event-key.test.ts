import { describe, expect, it } from '@jest/globals';
import { concat, u32be, u64be, utf8 } from '../bytes.js';
import { Bucket } from '../store/buckets.js';
import { encodePostings, eventKey, loc, readLoc } from './tx-index.js';

// The layout documented in chain/store/buckets.ts, built the slow, obvious way.
function reference(name: string, value: string, height: number): Uint8Array {
  const seg = (s: string) => {
    const b = utf8(s).subarray(0, 0xffff);
    return concat(Uint8Array.of(b.length >> 8, b.length & 0xff), b);
  };
  return concat(Uint8Array.of(Bucket.TxEventPostings), seg(name), seg(value), u64be(height));
}

describe('tx event index keys', () => {
  it('are 0x0b ‖ seg(name) ‖ seg(value) ‖ u64 height, for ASCII, multi-byte, empty and long values and large heights', () => {
    const cases: Array<[string, string, number]> = [
      ['message.sender', 'aivm1qqqsyqcyq5rqwzqfsyqcyq5rqwzqfsyqcyq5rq', 1],
      ['transfer.amount', '1000uaivm', 2 ** 32 + 5],
      ['tx.acc_seq', '', Number.MAX_SAFE_INTEGER],
      ['ünïcödé.kéy', '模型 🤖', 123_456],
      ['long.value', 'x'.repeat(300), 7],
      ['huge.value', 'é'.repeat(40_000), 9],
    ];
    for (const [n, v, h] of cases) expect(Buffer.from(eventKey(n, v, h)).toString('hex')).toBe(Buffer.from(reference(n, v, h)).toString('hex'));
  });

  it('list the txs of one height as u32 big-endian indexes', () => {
    expect(Buffer.from(encodePostings([0, 1, 258, 2 ** 32 - 1])).toString('hex')).toBe('00000000' + '00000001' + '00000102' + 'ffffffff');
    expect(encodePostings([]).length).toBe(0);
  });

  it('store a tx location as u64 height ‖ u32 index, read back the same', () => {
    for (const height of [0, 1, 255, 2 ** 32 - 1, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER]) {
      for (const index of [0, 1, 65_535, 2 ** 32 - 1]) {
        expect(Buffer.from(loc(height, index)).toString('hex')).toBe(Buffer.from(concat(u64be(height), u32be(index))).toString('hex'));
        expect(readLoc(loc(height, index))).toEqual({ height, index });
      }
    }
  });
});
