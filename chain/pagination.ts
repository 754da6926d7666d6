import type { PageRequest, PageResponse } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import { concat, prefixEnd } from './bytes.js';
import { ChainError, SdkErrors } from './errors.js';
import { isScannable, type KVStore } from './store/kv.js';

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;

export interface Page {
  readonly keys: Uint8Array[];
  readonly values: Uint8Array[];
  readonly response: PageResponse;
}

/**
 * Cosmos-style pagination over the keys under `prefix`, in key order (stable across calls):
 * `key` resumes after a previous page's next_key; `offset` skips entries; `count_total` counts.
 */
export function paginate(kv: KVStore, prefix: Uint8Array, req: PageRequest | undefined, reverse = false): Page {
  const limit = req && req.limit > 0n ? Number(req.limit) : DEFAULT_PAGE_LIMIT;
  if (limit > MAX_PAGE_LIMIT) throw new ChainError(SdkErrors.InvalidRequest, `pagination limit ${limit} is above the maximum ${MAX_PAGE_LIMIT}`);
  if (req && req.key.length > 0 && req.offset > 0n) throw new ChainError(SdkErrors.InvalidRequest, 'pagination: give either key or offset, not both');
  const end = prefixEnd(prefix);
  let start: Uint8Array | undefined = prefix;
  let stop: Uint8Array | undefined = end;
  if (req && req.key.length > 0) {
    if (reverse) stop = concat(prefix, req.key, Uint8Array.of(0));
    else start = concat(prefix, req.key);
  }
  const keys: Uint8Array[] = [];
  const values: Uint8Array[] = [];
  let skip = req ? Number(req.offset) : 0;
  let nextKey = new Uint8Array();
  let total = 0n;
  const countTotal = !!req?.countTotal && !(req.key.length > 0);
  /** Takes one entry; false once the page is full and nothing more needs counting. */
  const take = (k: Uint8Array, v: Uint8Array): boolean => {
    if (skip > 0) {
      skip--;
      total++;
      return true;
    }
    if (keys.length === limit) {
      if (nextKey.length === 0) nextKey = k.slice(prefix.length);
      if (!countTotal) return false;
      total++;
      return true;
    }
    keys.push(k.slice(prefix.length));
    values.push(v);
    total++;
    return true;
  };
  // Query views scan without an iterator object per entry; other stores iterate.
  if (!reverse && isScannable(kv)) kv.scan(start, stop, take);
  else for (const [k, v] of kv.iterator(start, stop, reverse)) if (!take(k, v)) break;
  return { keys, values, response: { nextKey, total: countTotal ? total : 0n } };
}
