import { fromBin, prefixEnd, toBin } from '../bytes.js';
import { StateModule, type ModuleName } from './buckets.js';
import { BinaryKeyedStore, type BinKVStore, type Entry, type ScannableKVStore } from './kv.js';

/**
 * A read-only view of one key prefix of a binary-string store, for queries. A query never writes
 * and is never metered, so it skips the cache, gas and prefix layers: each read is one lookup in
 * the parent with the prefix prepended as a binary string, and iteration is one generator over
 * the parent's (keys converted once, without the prefix).
 */
export class ReadView extends BinaryKeyedStore implements ScannableKVStore {
  private readonly prefix: string;
  /** The end of the prefix's range (undefined when the prefix is all 0xff: up to the end). */
  private readonly end: string | undefined;

  constructor(
    private readonly parent: BinKVStore,
    prefix: Uint8Array,
  ) {
    super();
    this.prefix = toBin(prefix);
    const end = prefixEnd(prefix);
    this.end = end && toBin(end);
  }

  getBin(key: string): Uint8Array | undefined {
    return this.parent.getBin(this.prefix + key);
  }

  hasBin(key: string): boolean {
    return this.getBin(key) !== undefined;
  }

  setBin(_key: string, _value: Uint8Array): void {
    throw readOnly('write to');
  }

  deleteBin(_key: string): void {
    throw readOnly('delete from');
  }

  // Same bounds as PrefixStore: an absent start/end is the start/end of the prefix's range.
  *iterator(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<Entry> {
    const s = start === undefined ? this.prefix : this.prefix + toBin(start);
    const e = end === undefined ? this.end : this.prefix + toBin(end);
    const n = this.prefix.length;
    for (const [k, v] of this.parent.iterateBin(s, e, reverse)) yield [fromBin(k.slice(n)), v];
  }

  /** Ascending entries as iterator() gives them, handed to `visit` until it returns false. */
  scan(start: Uint8Array | undefined, end: Uint8Array | undefined, visit: (key: Uint8Array, value: Uint8Array) => boolean): void {
    const s = start === undefined ? this.prefix : this.prefix + toBin(start);
    const e = end === undefined ? this.end : this.prefix + toBin(end);
    const n = this.prefix.length;
    if (this.parent.scanBin) {
      this.parent.scanBin(s, e, (k, v) => visit(fromBin(k.slice(n)), v));
      return;
    }
    for (const [k, v] of this.parent.iterateBin(s, e, false)) if (!visit(fromBin(k.slice(n)), v)) return;
  }
}

function readOnly(action: string): Error {
  return new Error(`queries are read-only: a query context cannot ${action} the store`);
}

/** The read-only views of every module over one store, each built once and then reused. */
export class ModuleReadViews {
  private readonly views = new Map<ModuleName, ReadView>();

  constructor(private readonly parent: BinKVStore) {}

  view(module: ModuleName): ReadView {
    let v = this.views.get(module);
    if (!v) this.views.set(module, (v = new ReadView(this.parent, Uint8Array.of(StateModule[module]))));
    return v;
  }
}
