// Blocks, headers, commits and block results.
import { toBase64 } from '../../../chain/bytes.js';
import type { StoredBlock } from '../backend.js';
import { appProtocolVersion, blockAt, requestedHeight, type MethodContext, type MethodSpec } from '../context.js';
import { invalidParam, RpcCode, RpcError } from '../errors.js';
import { b64, emptyBlockId, emptyCommit, formatCommit, formatEvents, formatHeader, formatTxResult, hexU, num, type BlockIdJson } from '../format.js';

async function header(ctx: MethodContext, b: StoredBlock, lastId?: BlockIdJson): Promise<Record<string, unknown>> {
  const h = b.block.header;
  if (!h) throw new RpcError(RpcCode.InternalError, 'stored block has no header');
  return formatHeader(h, appProtocolVersion(ctx.backend), lastId ?? (await ctx.blockIds.lastBlockId(b.block)));
}

/** `{block_id, block}` exactly as CometBFT 0.38 renders a block. */
export async function formatBlockResponse(ctx: MethodContext, b: StoredBlock): Promise<Record<string, unknown>> {
  const lastId = await ctx.blockIds.lastBlockId(b.block);
  const lc = b.block.lastCommit;
  let lastCommit: Record<string, unknown>;
  if (!lc) lastCommit = emptyCommit();
  else {
    // last_commit.block_id must equal header.last_block_id; when the parent is not stored here
    // both stay empty, which cosmjs reads as "no last commit" instead of a half-valid one.
    const sameBlock = lastId.hash !== '' && hexU(lc.blockHash) === lastId.hash;
    lastCommit = formatCommit(lc, sameBlock ? lastId : emptyBlockId());
  }
  return {
    block_id: ctx.blockIds.id(b),
    block: {
      header: await header(ctx, b, lastId),
      data: { txs: b.block.txs.map((t) => toBase64(t)) },
      evidence: { evidence: [] },
      last_commit: lastCommit,
    },
  };
}

export const block: MethodSpec = {
  params: ['height'],
  async handler(p, ctx) {
    return formatBlockResponse(ctx, await blockAt(ctx.backend, requestedHeight(p, ctx.backend)));
  },
};

export const blockByHash: MethodSpec = {
  params: ['hash'],
  async handler(p, ctx) {
    const b = await ctx.backend.blockByHash(p.hash('hash'));
    return b ? formatBlockResponse(ctx, b) : { block_id: emptyBlockId(), block: null };
  },
};

export const headerAt: MethodSpec = {
  params: ['height'],
  async handler(p, ctx) {
    return { header: await header(ctx, await blockAt(ctx.backend, requestedHeight(p, ctx.backend))) };
  },
};

export const headerByHash: MethodSpec = {
  params: ['hash'],
  async handler(p, ctx) {
    const b = await ctx.backend.blockByHash(p.hash('hash'));
    return { header: b ? await header(ctx, b) : null };
  },
};

export const blockResults: MethodSpec = {
  params: ['height'],
  async handler(p, { backend }) {
    const height = requestedHeight(p, backend);
    const r = await backend.blockResults(height);
    if (!r) throw new RpcError(RpcCode.InternalError, `results for height ${height} are not available on this node`);
    return {
      height: num(height),
      txs_results: (r.txResults ?? []).map((t) => formatTxResult(t)),
      finalize_block_events: formatEvents(r.finalizeBlockEvents),
      validator_updates: [],
      consensus_param_updates: null,
      app_hash: b64(r.appHash),
    };
  },
};

/** At most this many block metas per `blockchain` call (as CometBFT). */
export const BLOCKCHAIN_LIMIT = 20;

export const blockchain: MethodSpec = {
  params: ['minHeight', 'maxHeight'],
  async handler(p, ctx) {
    const { backend } = ctx;
    let min = p.int('minHeight') ?? 0;
    let max = p.int('maxHeight') ?? 0;
    if (min < 0) throw invalidParam('minHeight', `heights must be non-negative, got ${min}`);
    if (max < 0) throw invalidParam('maxHeight', `heights must be non-negative, got ${max}`);
    const latest = backend.height();
    const base = Math.max(1, (await backend.syncInfo()).earliestBlockHeight || 1);
    // CometBFT's filterMinMax.
    if (min === 0) min = 1;
    if (max === 0) max = latest;
    max = Math.min(latest, max);
    min = Math.max(base, min);
    min = Math.max(min, max - BLOCKCHAIN_LIMIT + 1);
    if (min > max) throw invalidParam('minHeight', `min height ${min} can't be greater than max height ${max}`);
    const blocks: StoredBlock[] = [];
    for (let h = min; h <= max; h++) {
      const b = await blockAt(backend, h);
      ctx.blockIds.info(b); // parents first, so each header's last_block_id comes from the cache
      blocks.push(b);
    }
    const metas: Array<Record<string, unknown>> = [];
    for (const b of blocks.reverse()) {
      metas.push({
        block_id: ctx.blockIds.id(b),
        block_size: num(ctx.blockIds.info(b).size),
        header: await header(ctx, b),
        num_txs: num(b.block.txs.length),
      });
    }
    return { last_height: num(latest), block_metas: metas };
  },
};

export const commit: MethodSpec = {
  params: ['height'],
  async handler(p, ctx) {
    const { backend } = ctx;
    const height = requestedHeight(p, backend);
    const [b, c] = await Promise.all([blockAt(backend, height), backend.commit(height)]);
    if (!c) throw new RpcError(RpcCode.InternalError, `commit for height ${height} is not available on this node`);
    return {
      signed_header: { header: await header(ctx, b), commit: formatCommit(c, ctx.blockIds.id(b)) },
      canonical: true,
    };
  },
};
