import { fromBin, toBin } from '../bytes.js';
import type { BinKVStore, Entry, KVStore } from './kv.js';

/**
 * A branch of a parent store: reads fall through, writes stay here until `write()` pushes them
 * down (or the branch is dropped). CheckTx state, the block's FinalizeBlock state and each tx's
 * message execution are branches.
 */
export class CacheStore implements KVStore, BinKVStore {
  private readonly writes = new Map<string, Uint8Array | null>();

  constructor(private readonly parent: BinKVStore) {}

  get(key: Uint8Array): Uint8Array | undefined {
    return this.getBin(toBin(key));
  }

  getBin(key: string): Uint8Array | undefined {
    const w = this.writes.get(key);
    if (w !== undefined) return w ?? undefined;
    return this.parent.getBin(key);
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined;
  }

  hasBin(key: string): boolean {
    return this.getBin(key) !== undefined;
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.writes.set(toBin(key), value);
  }

  delete(key: Uint8Array): void {
    this.writes.set(toBin(key), null);
  }

  /** The pending writes, keys sorted (null = delete). */
  pendingWrites(): Array<readonly [string, Uint8Array | null]> {
    return [...this.writes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  get dirtyCount(): number {
    return this.writes.size;
  }

  /** Push every pending write into the parent (which must be writable) and clear this branch. */
  write(): void {
    const parent = this.parent as unknown as WritableBin;
    // No sort needed: the parent keeps its writes by key, so the order they arrive in is moot.
    for (const [k, v] of this.writes) {
      if (v === null) parent.deleteBin(k);
      else parent.setBin(k, v);
    }
    this.writes.clear();
  }

  discard(): void {
    this.writes.clear();
  }

  setBin(key: string, value: Uint8Array): void {
    this.writes.set(key, value);
  }

  deleteBin(key: string): void {
    this.writes.set(key, null);
  }

  *iterateBin(start: string | undefined, end: string | undefined, reverse: boolean): IterableIterator<readonly [string, Uint8Array]> {
    const local: Array<readonly [string, Uint8Array | null]> = [];
    for (const e of this.writes) {
      if ((start === undefined || e[0] >= start) && (end === undefined || e[0] < end)) local.push(e);
    }
    local.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    if (reverse) local.reverse();
    const before = reverse ? (a: string, b: string) => a > b : (a: string, b: string) => a < b;
    let i = 0;
    for (const [pk, pv] of this.parent.iterateBin(start, end, reverse)) {
      while (i < local.length && before(local[i]![0], pk)) {
        const [lk, lv] = local[i++]!;
        if (lv !== null) yield [lk, lv];
      }
      if (i < local.length && local[i]![0] === pk) {
        const [lk, lv] = local[i++]!;
        if (lv !== null) yield [lk, lv];
        continue;
      }
      yield [pk, pv];
    }
    while (i < local.length) {
      const [lk, lv] = local[i++]!;
      if (lv !== null) yield [lk, lv];
    }
  }

  *iterator(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<Entry> {
    for (const [k, v] of this.iterateBin(start && toBin(start), end && toBin(end), reverse)) yield [fromBin(k), v];
  }
}

interface WritableBin {
  setBin(key: string, value: Uint8Array): void;
  deleteBin(key: string): void;
}
