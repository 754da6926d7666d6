import { describe, expect, it } from '@jest/globals';
import { Context } from '../context.js';
import { concat, toHex } from '../bytes.js';
import { StateModule } from './buckets.js';
import { CacheStore } from './cache.js';
import { GasMeter } from './gas.js';
import type { Entry, KVStore } from './kv.js';
import { MemStore } from './memory.js';
import { PrefixStore } from './prefix.js';
import { ModuleReadViews, ReadView } from './read-view.js';
import { StateDB } from './state-db.js';
import { mulberry32 as prng } from '../../test/harness/prng.js';

const b = (...xs: number[]) => Uint8Array.of(...xs);
const entries = (it: Iterable<Entry>) => [...it].map(([k, v]) => `${toHex(k)}=${toHex(v)}`);

/** A store with keys under prefixes 0x04, 0x05, 0xff (and next to them) of random suffixes. */
function fill(rnd: () => number): MemStore {
  const m = new MemStore();
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => (rnd() < 0.2 ? [0x00, 0xff][Math.floor(rnd() * 2)]! : Math.floor(rnd() * 256)));
  for (let i = 0; i < 400; i++) {
    const p = [0x03, 0x04, 0x05, 0xff][Math.floor(rnd() * 4)]!;
    m.set(concat(b(p), bytes(Math.floor(rnd() * 70))), bytes(1 + Math.floor(rnd() * 8)));
  }
  m.set(b(0x04), b(1)); // the prefix itself: an empty key in the view
  m.set(b(0x05), b(2));
  return m;
}

describe('ReadView', () => {
  it('reads, checks and iterates its prefix only (forward and reverse, with bounds)', () => {
    const m = new MemStore();
    m.set(b(0x03, 0x01), b(0xa0));
    m.set(b(0x04, 0x01), b(0xa1));
    m.set(b(0x04, 0x02, 0x00), b(0xa2));
    m.set(b(0x04, 0x03), b(0xa3));
    m.set(b(0x05, 0x01), b(0xa4));
    const v = new ReadView(m, b(0x04));
    expect(v.get(b(0x01))).toEqual(b(0xa1));
    expect(v.get(b(0x05))).toBeUndefined();
    expect(v.has(b(0x02, 0x00))).toBe(true);
    expect(v.has(b(0x02))).toBe(false);
    expect(entries(v.iterator())).toEqual(['01=a1', '0200=a2', '03=a3']);
    expect(entries(v.iterator(undefined, undefined, true))).toEqual(['03=a3', '0200=a2', '01=a1']);
    expect(entries(v.iterator(b(0x02)))).toEqual(['0200=a2', '03=a3']);
    expect(entries(v.iterator(undefined, b(0x03)))).toEqual(['01=a1', '0200=a2']);
    expect(entries(v.iterator(b(0x01), b(0x03), true))).toEqual(['0200=a2', '01=a1']);
    expect(entries(v.iterator(b(0x02), b(0x02)))).toEqual([]);
    // An empty start is the prefix itself; an empty end is an empty range, as in PrefixStore.
    expect(entries(v.iterator(new Uint8Array()))).toEqual(['01=a1', '0200=a2', '03=a3']);
    expect(entries(v.iterator(undefined, new Uint8Array()))).toEqual([]);
    // Keys come back as fresh arrays without the prefix.
    const [k] = [...v.iterator()][0]!;
    expect(k.byteOffset).toBe(0);
    expect(k.buffer.byteLength).toBe(1);
  });

  it('reaches the end of the key space under an all-0xff prefix', () => {
    const m = new MemStore();
    m.set(b(0xfe, 0x01), b(1));
    m.set(b(0xff), b(2));
    m.set(b(0xff, 0xff, 0x07), b(3));
    const v = new ReadView(m, b(0xff));
    expect(entries(v.iterator())).toEqual(['=02', 'ff07=03']);
    expect(entries(v.iterator(undefined, undefined, true))).toEqual(['ff07=03', '=02']);
  });

  it('refuses writes', () => {
    const m = new MemStore();
    const v = new ReadView(m, b(0x04));
    expect(() => v.set(b(1), b(2))).toThrow(/queries are read-only/);
    expect(() => v.delete(b(1))).toThrow(/queries are read-only/);
    expect(m.size).toBe(0);
  });

  it('answers as PrefixStore does over the same data (random keys and bounds, over MemStore and CacheStore)', () => {
    const rnd = prng(42);
    const m = fill(rnd);
    const branch = new CacheStore(m);
    // Pending writes and deletes in a branch (the CheckTx state of pending queries).
    for (const [k] of [...m.iterator()].filter(() => rnd() < 0.2)) branch.delete(k);
    for (let i = 0; i < 60; i++) branch.set(b(0x04, Math.floor(rnd() * 256), Math.floor(rnd() * 256)), b(i));
    for (const parent of [m, branch] as const) {
      for (const p of [b(0x04), b(0x05), b(0xff), b(0x04, 0xff)]) {
        const view = new ReadView(parent, p);
        const ref: KVStore = new PrefixStore(parent, p);
        expect(entries(view.iterator())).toEqual(entries(ref.iterator()));
        expect(entries(view.iterator(undefined, undefined, true))).toEqual(entries(ref.iterator(undefined, undefined, true)));
        for (let i = 0; i < 150; i++) {
          const key = () => (rnd() < 0.15 ? undefined : Uint8Array.from({ length: Math.floor(rnd() * 4) }, () => Math.floor(rnd() * 256)));
          const [s, e, rev] = [key(), key(), rnd() < 0.5];
          expect(entries(view.iterator(s, e, rev))).toEqual(entries(ref.iterator(s, e, rev)));
          // scan (MemStore: its own range walk; CacheStore: the iterator fallback) = ascending iterator.
          const scanned: Array<readonly [Uint8Array, Uint8Array]> = [];
          const stopAfter = Math.floor(rnd() * 6);
          view.scan(s, e, (k, v) => {
            scanned.push([k, v]);
            return stopAfter === 0 || scanned.length < stopAfter;
          });
          const ascending = entries(ref.iterator(s, e, false));
          expect(entries(scanned)).toEqual(stopAfter === 0 ? ascending : ascending.slice(0, stopAfter));
          const k = s ?? new Uint8Array();
          expect(view.get(k)).toEqual(ref.get(k));
          expect(view.has(k)).toBe(ref.has(k));
        }
        for (const [k, v] of ref.iterator()) expect(view.get(k)).toEqual(v);
      }
    }
  });
});

describe('ModuleReadViews in a Context', () => {
  const block = { chainId: 'c', height: 1, time: { seconds: 0, nanos: 0 } };

  it('gives each module its own prefix, builds each view once, and refuses writes', () => {
    const state = StateDB.inMemory();
    const setup = new CacheStore(state);
    setup.set(b(StateModule.registry, 0x01), b(0xaa));
    setup.set(b(StateModule.versioning, 0x01), b(0xbb));
    state.prepare(setup.pendingWrites()).apply();
    const ctx = new Context(block, 'query', new ModuleReadViews(state), new GasMeter(Infinity));
    expect(ctx.kv('registry').get(b(0x01))).toEqual(b(0xaa));
    expect(ctx.kv('versioning').get(b(0x01))).toEqual(b(0xbb));
    expect(ctx.kv('access').get(b(0x01))).toBeUndefined();
    expect(entries(ctx.kv('registry').iterator())).toEqual(['01=aa']);
    expect(ctx.kv('registry')).toBe(ctx.kv('registry'));
    expect(() => ctx.kv('registry').set(b(0x02), b(1))).toThrow(/queries are read-only/);
    // It reads the state live: a later commit is visible through the same views.
    const next = new CacheStore(state);
    next.set(b(StateModule.registry, 0x02), b(0xcc));
    state.prepare(next.pendingWrites()).apply();
    expect(ctx.kv('registry').get(b(0x02))).toEqual(b(0xcc));
  });

  it('leaves other query-mode contexts (over a branch) writable', () => {
    const branch = new CacheStore(StateDB.inMemory());
    const ctx = new Context(block, 'query', branch, new GasMeter(Infinity));
    ctx.kv('bank').set(b(0x01), b(0x02));
    expect(branch.get(b(StateModule.bank, 0x01))).toEqual(b(0x02));
  });
});
