// The key-value interface every module and ante handler reads and writes through.
// Reads are synchronous: committed state is held in memory (see state-db.ts), so the
// deterministic core never awaits and never depends on I/O timing.
import { toBin } from '../bytes.js';

export type Entry = readonly [key: Uint8Array, value: Uint8Array];

export interface KVStore {
  get(key: Uint8Array): Uint8Array | undefined;
  has(key: Uint8Array): boolean;
  set(key: Uint8Array, value: Uint8Array): void;
  delete(key: Uint8Array): void;
  /**
   * Entries with start <= key < end, ascending (or descending when reverse is set).
   * Do not write to the store while iterating it: collect the keys first.
   */
  iterator(start?: Uint8Array, end?: Uint8Array, reverse?: boolean): IterableIterator<Entry>;
  /**
   * get / set / delete with the key as a binary string (one char per byte, as bytes.ts `toBin`
   * gives it): the same entries, the same gas. The hot keepers (balances, accounts) build their
   * keys as strings, because every layer keys its maps by strings: no key array per access.
   */
  getBin(key: string): Uint8Array | undefined;
  hasBin(key: string): boolean;
  setBin(key: string, value: Uint8Array): void;
  deleteBin(key: string): void;
}

/**
 * A KVStore layer whose own logic is written once, for binary-string keys: byte-key access
 * converts the key once here and takes that path (every store below keys its maps by binary
 * strings anyway).
 */
export abstract class BinaryKeyedStore implements KVStore {
  abstract getBin(key: string): Uint8Array | undefined;
  abstract hasBin(key: string): boolean;
  abstract setBin(key: string, value: Uint8Array): void;
  abstract deleteBin(key: string): void;
  abstract iterator(start?: Uint8Array, end?: Uint8Array, reverse?: boolean): IterableIterator<Entry>;

  get(key: Uint8Array): Uint8Array | undefined {
    return this.getBin(toBin(key));
  }

  has(key: Uint8Array): boolean {
    return this.hasBin(toBin(key));
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.setBin(toBin(key), value);
  }

  delete(key: Uint8Array): void {
    this.deleteBin(toBin(key));
  }
}

/** A store of binary-string keys, the form the cache layers keep internally. */
export interface BinKVStore {
  getBin(key: string): Uint8Array | undefined;
  iterateBin(start: string | undefined, end: string | undefined, reverse: boolean): IterableIterator<readonly [string, Uint8Array]>;
  /**
   * Optional: entries with start <= key < end in ascending order, handed to `visit` until it
   * returns false. The same entries as iterateBin, without an iterator object per entry.
   */
  scanBin?(start: string | undefined, end: string | undefined, visit: (key: string, value: Uint8Array) => boolean): void;
}

/** A KVStore that can also scan a range without an iterator (see BinKVStore.scanBin). */
export interface ScannableKVStore extends KVStore {
  scan(start: Uint8Array | undefined, end: Uint8Array | undefined, visit: (key: Uint8Array, value: Uint8Array) => boolean): void;
}

export function isScannable(kv: KVStore): kv is ScannableKVStore {
  return typeof (kv as Partial<ScannableKVStore>).scan === 'function';
}
