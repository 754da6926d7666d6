import { describe, expect, it } from '@jest/globals';
import { fromBin, toBin, utf8 } from '../bytes.js';
import { CacheStore } from './cache.js';
import { GasMeter, GasStore } from './gas.js';
import { MemStore } from './memory.js';
import { PrefixStore } from './prefix.js';
import { ReadView } from './read-view.js';

const k = (s: string) => utf8(s);
const keys = (it: Iterable<readonly [Uint8Array, Uint8Array]>) => [...it].map(([key]) => Buffer.from(key).toString());

describe('store branches', () => {
  it('reads through, shadows, deletes and merges iteration in key order', () => {
    const base = new MemStore();
    for (const s of ['a', 'c', 'e', 'g']) base.set(k(s), k(s.toUpperCase()));
    const c = new CacheStore(base);
    c.set(k('b'), k('B'));
    c.delete(k('c'));
    c.set(k('e'), k('E2'));
    expect(c.get(k('c'))).toBeUndefined();
    expect(Buffer.from(c.get(k('e'))!).toString()).toBe('E2');
    expect(keys(c.iterator())).toEqual(['a', 'b', 'e', 'g']);
    expect(keys(c.iterator(undefined, undefined, true))).toEqual(['g', 'e', 'b', 'a']);
    expect(keys(c.iterator(k('b'), k('g')))).toEqual(['b', 'e']);
    expect(keys(c.iterator(k('b'), k('g'), true))).toEqual(['e', 'b']);
    // Nothing reached the parent yet.
    expect(keys(base.iterator())).toEqual(['a', 'c', 'e', 'g']);
    c.write();
    expect(keys(base.iterator())).toEqual(['a', 'b', 'e', 'g']);
  });

  it('nests: a discarded child branch leaves its parent untouched', () => {
    const base = new MemStore();
    const block = new CacheStore(base);
    const tx = new CacheStore(block);
    tx.set(k('x'), k('1'));
    tx.discard();
    expect(block.get(k('x'))).toBeUndefined();
    const tx2 = new CacheStore(block);
    tx2.set(k('y'), k('2'));
    tx2.write();
    expect(Buffer.from(block.get(k('y'))!).toString()).toBe('2');
    expect(base.get(k('y'))).toBeUndefined();
  });

  it('prefix stores isolate their keys and strip the prefix when iterating', () => {
    const base = new MemStore();
    const a = new PrefixStore(base, Uint8Array.of(1));
    const b = new PrefixStore(base, Uint8Array.of(2));
    a.set(k('k1'), k('v'));
    b.set(k('k1'), k('w'));
    a.set(k('k2'), k('v'));
    expect(keys(a.iterator())).toEqual(['k1', 'k2']);
    expect(keys(b.iterator())).toEqual(['k1']);
    expect([...base.iterator()].map(([key]) => key[0])).toEqual([1, 1, 2]);
  });

  it('binary-string keys reach the same entries as byte keys through prefix, gas and cache layers, for the same gas', () => {
    // Two identical stacks (state ← block branch ← gas ← prefix): one driven with byte keys, one
    // with binary-string keys; every result, every gas figure and the final state must agree.
    const stack = () => {
      const base = new MemStore();
      base.set(Uint8Array.of(7, 0xff, 0), k('old'));
      const branch = new CacheStore(base);
      const meter = new GasMeter(Infinity);
      return { base, branch, meter, kv: new PrefixStore(new GasStore(branch, meter), Uint8Array.of(7)) };
    };
    const bytes = stack();
    const bin = stack();
    const key = Uint8Array.of(0xff, 0);
    const other = Uint8Array.of(0x80, 1, 2);
    const same = () => expect(bin.meter.consumed).toBe(bytes.meter.consumed);
    const read = bin.kv.getBin(toBin(key));
    expect(Buffer.from(read!).toString()).toBe('old');
    expect(bytes.kv.get(key)).toEqual(read);
    same();
    expect(bin.kv.hasBin(toBin(other))).toBe(bytes.kv.has(other));
    same();
    bytes.kv.set(other, k('new'));
    bin.kv.setBin(toBin(other), k('new'));
    same();
    bytes.kv.delete(key);
    bin.kv.deleteBin(toBin(key));
    same();
    expect(bin.kv.getBin(toBin(key))).toBeUndefined();
    expect(bytes.kv.get(key)).toBeUndefined();
    expect(bin.kv.hasBin(toBin(other))).toBe(true);
    expect(bytes.kv.has(other)).toBe(true);
    same();
    bytes.branch.write();
    bin.branch.write();
    expect([...bin.base.iterator()]).toEqual([...bytes.base.iterator()]);
    expect(keys(bin.base.iterator())).toEqual([Buffer.from(Uint8Array.of(7, 0x80, 1, 2)).toString()]);
    // A query view reads binary keys too, and refuses to write them.
    const view = new ReadView(bin.base, Uint8Array.of(7));
    expect(view.hasBin(toBin(other))).toBe(true);
    expect(() => view.setBin(toBin(other), k('x'))).toThrow(/queries are read-only/);
    expect(() => view.deleteBin(toBin(other))).toThrow(/queries are read-only/);
  });

  it('binary keys round-trip and sort bytewise', () => {
    const bytes = Uint8Array.of(0, 255, 128, 1);
    expect(fromBin(toBin(bytes))).toEqual(bytes);
    expect(toBin(Uint8Array.of(0x7f)) < toBin(Uint8Array.of(0x80))).toBe(true);
    expect(toBin(Uint8Array.of(1)) < toBin(Uint8Array.of(1, 0))).toBe(true);
  });
});
