// Transactions: broadcast (sync/async/commit), lookup by hash, search, and the mempool.
import { toBase64 } from '../../../chain/bytes.js';
import { sha256 } from '../../../chain/hash.js';
import type { MethodSpec } from '../context.js';
import { describeError, invalidParam, RpcCode, RpcError } from '../errors.js';
import { formatIndexedTx, formatTxResult, hexU, num, zeroTxResult } from '../format.js';
import type { Params } from '../params.js';
import { parseTxQuery, QuerySyntaxError } from '../query.js';
import { searchTxLocations } from '../search.js';
import { page as validPage, perPage } from './paging.js';

function txParam(p: Params): Uint8Array {
  const tx = p.requiredBytes('tx');
  if (tx.length === 0) throw invalidParam('tx', 'must not be empty');
  return tx;
}

export const broadcastTxSync: MethodSpec = {
  params: ['tx'],
  async handler(p, { backend }) {
    const tx = txParam(p);
    const r = await backend.broadcastTxSync(tx);
    return { code: r.code, data: '', log: r.log, codespace: r.codespace, hash: hexU(r.hash) };
  },
};

export const broadcastTxAsync: MethodSpec = {
  params: ['tx'],
  handler(p, { backend, logger }) {
    const tx = txParam(p);
    const hash = hexU(sha256(tx));
    Promise.resolve()
      .then(() => backend.broadcastTxSync(tx))
      .then(
      (r) => {
        if (r.code !== 0) logger?.debug('async broadcast rejected by CheckTx', { hash, code: r.code, codespace: r.codespace, log: r.log });
      },
      (e: unknown) => logger?.warn('async broadcast failed', { hash, error: describeError(e) }),
    );
    return { code: 0, data: '', log: '', codespace: '', hash };
  },
};

export const broadcastTxCommit: MethodSpec = {
  params: ['tx'],
  async handler(p, { backend, commitTimeoutMs }) {
    const tx = txParam(p);
    let timer: NodeJS.Timeout | undefined;
    // The backend is asked to give up after commitTimeoutMs; this guard (with a little slack)
    // makes sure the HTTP request ends even if it does not.
    const guard = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new RpcError(RpcCode.InternalError, `timed out waiting for tx to be included in a block (${commitTimeoutMs} ms)`)),
        commitTimeoutMs + 1000,
      );
    });
    try {
      const r = await Promise.race([backend.broadcastTxCommit(tx, commitTimeoutMs), guard]);
      return {
        check_tx: formatTxResult(r.checkTx),
        tx_result: r.txResult ? formatTxResult(r.txResult) : zeroTxResult(),
        hash: hexU(sha256(tx)),
        height: num(r.txResult ? r.height : 0),
      };
    } finally {
      clearTimeout(timer);
    }
  },
};

export const tx: MethodSpec = {
  params: ['hash', 'prove'],
  async handler(p, { backend }) {
    const hash = p.hash('hash');
    p.bool('prove'); // accepted; aivm returns no inclusion proofs
    const t = await backend.tx(hash);
    if (!t) throw new RpcError(RpcCode.InternalError, `tx (${hexU(hash)}) not found`);
    return formatIndexedTx(t);
  },
};

export const txSearch: MethodSpec = {
  params: ['query', 'prove', 'page', 'per_page', 'order_by'],
  async handler(p, { backend, maxHeightScan }) {
    let query = p.requiredStr('query');
    // A query copied from URI style may keep its surrounding double quotes; a query can never
    // start with a quote otherwise, so stripping them is unambiguous.
    if (query.length >= 2 && query.startsWith('"') && query.endsWith('"')) query = query.slice(1, -1);
    p.bool('prove'); // accepted; aivm returns no inclusion proofs
    const order = (p.str('order_by') ?? '').toLowerCase();
    if (order !== '' && order !== 'asc' && order !== 'desc') throw invalidParam('order_by', `expected "asc" or "desc", got ${JSON.stringify(p.str('order_by'))}`);
    const size = perPage(p.int('per_page'));
    const requestedPage = p.int('page');
    let conds;
    try {
      conds = parseTxQuery(query);
    } catch (e) {
      if (e instanceof QuerySyntaxError) throw invalidParam('query', e.message);
      throw e;
    }
    const locs = await searchTxLocations(backend, conds, maxHeightScan);
    const pg = validPage(requestedPage, locs.length, size);
    if (order === 'desc') locs.reverse();
    const slice = locs.slice((pg - 1) * size, pg * size);
    const txs = await Promise.all(slice.map((l) => backend.txAt(l)));
    const missing = txs.findIndex((t) => !t);
    if (missing >= 0) throw new RpcError(RpcCode.InternalError, `indexed tx at height ${slice[missing]!.height}, index ${slice[missing]!.index} is not available on this node`);
    return { txs: txs.map((t) => formatIndexedTx(t!)), total_count: num(locs.length) };
  },
};

export const numUnconfirmedTxs: MethodSpec = {
  params: [],
  handler(_p, { backend }) {
    const s = backend.mempoolStats();
    return { n_txs: num(s.count), total: num(s.count), total_bytes: num(s.bytes), txs: null };
  },
};

export const unconfirmedTxs: MethodSpec = {
  params: ['limit'],
  handler(p, { backend }) {
    const limit = perPage(p.int('limit'));
    const s = backend.mempoolStats();
    const txs = backend.unconfirmedTxs(limit).slice(0, limit);
    return { n_txs: num(txs.length), total: num(s.count), total_bytes: num(s.bytes), txs: txs.map((t) => toBase64(t)) };
  },
};
