import { concat, prefixEnd, toBin } from '../bytes.js';
import { BinaryKeyedStore, type Entry, type KVStore } from './kv.js';

/** A view of a parent store restricted to keys under `prefix`; keys are given without it. */
export class PrefixStore extends BinaryKeyedStore {
  private readonly prefixBin: string;

  constructor(
    private readonly parent: KVStore,
    private readonly prefix: Uint8Array,
  ) {
    super();
    this.prefixBin = toBin(prefix);
  }

  private k(key: Uint8Array): Uint8Array {
    return concat(this.prefix, key);
  }

  getBin(key: string): Uint8Array | undefined {
    return this.parent.getBin(this.prefixBin + key);
  }

  hasBin(key: string): boolean {
    return this.parent.hasBin(this.prefixBin + key);
  }

  setBin(key: string, value: Uint8Array): void {
    this.parent.setBin(this.prefixBin + key, value);
  }

  deleteBin(key: string): void {
    this.parent.deleteBin(this.prefixBin + key);
  }

  *iterator(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<Entry> {
    const s = start ? this.k(start) : this.prefix;
    const e = end ? this.k(end) : prefixEnd(this.prefix);
    const n = this.prefix.length;
    for (const [k, v] of this.parent.iterator(s, e, reverse)) yield [k.subarray(n), v];
  }
}
