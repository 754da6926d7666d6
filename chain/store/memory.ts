import * as BTreeModule from 'sorted-btree';
import { fromBin, toBin } from '../bytes.js';
import type { BinKVStore, Entry, KVStore } from './kv.js';

// sorted-btree is CommonJS with `exports.default`; under ESM the default import is the exports object.
type BTreeCtor = typeof BTreeModule.default.default;
const BTree: BTreeCtor = BTreeModule.default.default ?? (BTreeModule.default as unknown as BTreeCtor);

/** An ordered in-memory store (a B+ tree keyed by binary strings). */
export class MemStore implements KVStore, BinKVStore {
  private readonly tree = new BTree<string, Uint8Array>();

  get size(): number {
    return this.tree.size;
  }

  get(key: Uint8Array): Uint8Array | undefined {
    return this.tree.get(toBin(key));
  }

  getBin(key: string): Uint8Array | undefined {
    return this.tree.get(key);
  }

  has(key: Uint8Array): boolean {
    return this.tree.has(toBin(key));
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.tree.set(toBin(key), value);
  }

  setBin(key: string, value: Uint8Array): void {
    this.tree.set(key, value);
  }

  delete(key: Uint8Array): void {
    this.tree.delete(toBin(key));
  }

  deleteBin(key: string): void {
    this.tree.delete(key);
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
