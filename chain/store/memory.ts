import * as BTreeModule from 'sorted-btree';
import { fromBin, toBin } from '../bytes.js';
import type { BinKVStore, Entry, KVStore } from './kv.js';

// sorted-btree is CommonJS with `exports.default`; under ESM the default import is the exports object.
type BTreeCtor = typeof BTreeModule.default.default;
const BTree: BTreeCtor = BTreeModule.default.default ?? (BTreeModule.default as unknown as BTreeCtor);

/**
 * An ordered in-memory store keyed by binary strings: a B+ tree for ordered iteration, and a hash
 * map beside it for point reads. On a large state (a million entries) a tree lookup walks several
 * nodes scattered over the heap and compares strings at each; the map answers in one probe. Both
 * hold the same key and value objects, so the map costs only its own slots.
 */
export class MemStore implements KVStore, BinKVStore {
  private readonly tree = new BTree<string, Uint8Array>();
  private readonly byKey = new Map<string, Uint8Array>();

  get size(): number {
    return this.byKey.size;
  }

  get(key: Uint8Array): Uint8Array | undefined {
    return this.byKey.get(toBin(key));
  }

  getBin(key: string): Uint8Array | undefined {
    return this.byKey.get(key);
  }

  has(key: Uint8Array): boolean {
    return this.byKey.has(toBin(key));
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.setBin(toBin(key), value);
  }

  setBin(key: string, value: Uint8Array): void {
    this.tree.set(key, value);
    this.byKey.set(key, value);
  }

  delete(key: Uint8Array): void {
    this.deleteBin(toBin(key));
  }

  deleteBin(key: string): void {
    this.tree.delete(key);
    this.byKey.delete(key);
  }

  *iterateBin(start: string | undefined, end: string | undefined, reverse: boolean): IterableIterator<readonly [string, Uint8Array]> {
    if (!reverse) {
      for (const [k, v] of this.tree.entries(start)) {
        if (end !== undefined && k >= end) return;
        yield [k, v];
      }
    } else {
      // entriesReversed(high) includes `high` itself; the range is half-open.
      for (const [k, v] of this.tree.entriesReversed(end)) {
        if (end !== undefined && k >= end) continue;
        if (start !== undefined && k < start) return;
        yield [k, v];
      }
    }
  }

  *iterator(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<Entry> {
    for (const [k, v] of this.iterateBin(start && toBin(start), end && toBin(end), reverse)) yield [fromBin(k), v];
  }
}
