import { describe, expect, it } from '@jest/globals';
import { MemStore } from './memory.js';

const b = (...xs: number[]) => Uint8Array.from(xs);

describe('MemStore', () => {
  it('answers point reads, counts entries and iterates in order across its per-prefix maps', () => {
    const m = new MemStore();
    m.set(b(0x02, 0x01), b(1));
    m.set(b(0x01, 0xff), b(2));
    m.set(b(), b(3)); // the empty key has a map of its own
    m.set(b(0x02, 0x01), b(4)); // overwrite: no new entry
    expect(m.size).toBe(3);
    expect(m.get(b(0x02, 0x01))).toEqual(b(4));
    expect(m.get(b())).toEqual(b(3));
    expect(m.has(b(0x03))).toBe(false);
    m.delete(b(0x03)); // absent: nothing changes
    expect(m.size).toBe(3);
    expect([...m.iterator()].map(([k]) => Buffer.from(k).toString('hex'))).toEqual(['', '01ff', '0201']);
    m.delete(b(0x01, 0xff));
    expect(m.size).toBe(2);
    expect(m.get(b(0x01, 0xff))).toBeUndefined();
    expect([...m.iterator()].map(([k]) => Buffer.from(k).toString('hex'))).toEqual(['', '0201']);
  });

  it('scanBin walks the same ascending range as iterateBin and stops when asked', () => {
    const m = new MemStore();
    for (let i = 0; i < 50; i++) m.set(b(i % 3, i), b(i));
    const seen: string[] = [];
    m.scanBin('\u0001', '\u0002', (k) => (seen.push(k), seen.length < 5));
    expect(seen).toEqual([...m.iterateBin('\u0001', '\u0002', false)].slice(0, 5).map(([k]) => k));
    const all: string[] = [];
    m.scanBin(undefined, undefined, (k) => (all.push(k), true));
    expect(all).toEqual([...m.iterateBin(undefined, undefined, false)].map(([k]) => k));
    expect(all).toHaveLength(50);
  });
});
