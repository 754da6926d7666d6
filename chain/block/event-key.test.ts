import { describe, expect, it } from '@jest/globals';
import { concat, u32be, u64be, utf8 } from '../bytes.js';
import { Bucket } from '../store/buckets.js';
import { eventKey } from './store.js';

// The layout documented in chain/store/buckets.ts, built the slow, obvious way.
function reference(name: string, value: string, height: number, index: number): Uint8Array {
  const seg = (s: string) => {
    const b = utf8(s).subarray(0, 0xffff);
    return concat(Uint8Array.of(b.length >> 8, b.length & 0xff), b);
  };
  return concat(Uint8Array.of(Bucket.TxEvent), seg(name), seg(value), u64be(height), u32be(index));
}

describe('tx event index keys', () => {
  it('are 0x07 ‖ seg(name) ‖ seg(value) ‖ u64 height ‖ u32 index, for ASCII, multi-byte, empty and long values and large heights', () => {
    const cases: Array<[string, string, number, number]> = [
      ['message.sender', 'aivm1qqqsyqcyq5rqwzqfsyqcyq5rqwzqfsyqcyq5rq', 1, 0],
      ['transfer.amount', '1000uaivm', 2 ** 32 + 5, 70_000],
      ['tx.acc_seq', '', Number.MAX_SAFE_INTEGER, 2 ** 32 - 1],
      ['ünïcödé.kéy', '模型 🤖', 123_456, 42],
      ['long.value', 'x'.repeat(300), 7, 1],
      ['huge.value', 'é'.repeat(40_000), 9, 3],
    ];
    for (const [n, v, h, i] of cases) expect(Buffer.from(eventKey(n, v, h, i)).toString('hex')).toBe(Buffer.from(reference(n, v, h, i)).toString('hex'));
  });
});
