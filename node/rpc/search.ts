// Turns parsed tx_search conditions into backend lookups. Equality conditions go to the
// backend's index as they are (exact, AND-ed); range conditions on tx.height filter those
// results, or, when there is no equality condition at all, a bounded range of heights is
// scanned through the tx.height index.
import type { TxCondition } from '../../chain/block/store.js';
import type { RpcBackend } from './backend.js';
import { invalidParam } from './errors.js';
import type { QueryCondition } from './query.js';

export interface TxLoc {
  readonly height: number;
  readonly index: number;
}

interface Plan {
  readonly equalities: TxCondition[];
  /** Inclusive tx.height bounds. */
  readonly lo: number;
  readonly hi: number;
  /** A condition can never match (e.g. a malformed tx.hash): the answer is empty. */
  readonly impossible: boolean;
}

const RANGE_HINT = 'only = is supported (and <, <=, >, >= on tx.height)';

export function planQuery(conds: readonly QueryCondition[]): Plan {
  const equalities: TxCondition[] = [];
  let lo = 1;
  let hi = Number.MAX_SAFE_INTEGER;
  let impossible = false;
  for (const c of conds) {
    if (c.key === 'tx.hash') {
      if (c.op !== '=') throw invalidParam('query', `operator ${c.op} cannot be used on tx.hash; ${RANGE_HINT}`);
      const hex = c.value.replace(/^0x/i, '');
      if (!/^[0-9a-fA-F]{64}$/.test(hex)) impossible = true;
      else equalities.push({ key: 'tx.hash', value: hex.toUpperCase() });
      continue;
    }
    if (c.key === 'tx.height') {
      const v = c.value.trim();
      if (!/^-?[0-9]+$/.test(v) || !Number.isSafeInteger(Number(v))) {
        throw invalidParam('query', `tx.height must be compared with an integer, got ${JSON.stringify(c.value)}`);
      }
      const h = Number(v);
      switch (c.op) {
        case '=':
          if (h < 1) impossible = true;
          else equalities.push({ key: 'tx.height', value: String(h) });
          break;
        case '<':
          hi = Math.min(hi, h - 1);
          break;
        case '<=':
          hi = Math.min(hi, h);
          break;
        case '>':
          lo = Math.max(lo, h + 1);
          break;
        case '>=':
          lo = Math.max(lo, h);
          break;
      }
      continue;
    }
    if (c.op !== '=') throw invalidParam('query', `operator ${c.op} cannot be used on ${c.key}; ${RANGE_HINT}`);
    if (!c.key.includes('.') || c.key.startsWith('.') || c.key.endsWith('.')) {
      throw invalidParam('query', `key ${JSON.stringify(c.key)} must be tx.hash, tx.height or <event type>.<attribute key>`);
    }
    equalities.push({ key: c.key, value: c.value });
  }
  if (lo > hi) impossible = true;
  return { equalities, lo, hi, impossible };
}

/** Every matching tx location, ascending by (height, index); the count is exact. */
export async function searchTxLocations(backend: RpcBackend, conds: readonly QueryCondition[], maxHeightScan: number): Promise<TxLoc[]> {
  const plan = planQuery(conds);
  if (plan.impossible) return [];
  const inRange = (l: TxLoc) => l.height >= plan.lo && l.height <= plan.hi;
  if (plan.equalities.length > 0) {
    const locs = await backend.searchTxs(plan.equalities);
    return plan.lo === 1 && plan.hi === Number.MAX_SAFE_INTEGER ? locs : locs.filter(inRange);
  }
  // Only tx.height ranges: walk the heights that exist.
  const latest = backend.height();
  const base = Math.max(1, (await backend.syncInfo()).earliestBlockHeight || 1);
  const lo = Math.max(plan.lo, base);
  const hi = Math.min(plan.hi, latest);
  if (lo > hi) return [];
  if (hi - lo + 1 > maxHeightScan) {
    throw invalidParam(
      'query',
      `a tx.height range without an equality condition may span at most ${maxHeightScan} heights (this one spans ${hi - lo + 1}); narrow it or add a condition such as message.sender='…'`,
    );
  }
  const out: TxLoc[] = [];
  for (let h = lo; h <= hi; h++) out.push(...(await backend.searchTxs([{ key: 'tx.height', value: String(h) }])));
  return out;
}
