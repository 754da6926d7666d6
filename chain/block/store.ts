import { fromHex, fromUtf8, readU64be, u64be } from '../bytes.js';
import { sha256 } from '../hash.js';
import { Bucket, MetaKey } from '../store/buckets.js';
import { bucketKey, metaKey, type BatchOp, type ChainDB } from '../store/chain-db.js';
import { types } from '../../proto/index.js';
import { readLoc, readPostings, seg, type TxIndexBuilder, type TxLocation } from './tx-index.js';
import { headerHash, type Block, type BlockResults, type Header, type Commit, type ExecTxResult } from './hashing.js';

export type { TxLocation } from './tx-index.js';

export interface IndexedTx extends TxLocation {
  readonly hash: Uint8Array;
  readonly tx: Uint8Array;
  readonly result: ExecTxResult;
}

/** One condition of a tx_search query: `key = value` (tx.hash and tx.height are built in). */
export interface TxCondition {
  readonly key: string;
  readonly value: string;
}

/**
 * Blocks, commits, results and the tx index in the chain database. `commitOps` gives the writes
 * of one block for the node's single atomic batch; the reads serve RPC.
 */
export class BlockStore {
  constructor(private readonly db: ChainDB) {}

  /**
   * The writes that persist a decided, executed block and move the head to it: the block, its
   * commit, its encoded results and the tx index the execution built (TxIndexBuilder).
   */
  commitOps(block: Block, commit: Commit, encodedResults: Uint8Array, index: TxIndexBuilder): BatchOp[] {
    const height = (block.header as Header).height;
    if (index.height !== height) throw new Error(`tx index built for height ${index.height}, block is at ${height}`);
    const ops: BatchOp[] = [
      { type: 'put', key: bucketKey(Bucket.Block, u64be(height)), value: types.Block.encode(block).finish() },
      { type: 'put', key: bucketKey(Bucket.Commit, u64be(height)), value: types.Commit.encode(commit).finish() },
      { type: 'put', key: bucketKey(Bucket.BlockResults, u64be(height)), value: encodedResults },
      { type: 'put', key: bucketKey(Bucket.BlockByHash, headerHash(block.header as Header)), value: u64be(height) },
      { type: 'put', key: metaKey(MetaKey.Head), value: u64be(height) },
    ];
    index.appendOps(ops);
    return ops;
  }

  async head(): Promise<number> {
    const b = await this.db.get(metaKey(MetaKey.Head));
    return b ? Number(readU64be(b)) : 0;
  }

  async block(height: number): Promise<Block | undefined> {
    const b = await this.db.get(bucketKey(Bucket.Block, u64be(height)));
    return b ? types.Block.decode(b) : undefined;
  }

  async heightByHash(hash: Uint8Array): Promise<number | undefined> {
    const b = await this.db.get(bucketKey(Bucket.BlockByHash, hash));
    return b ? Number(readU64be(b)) : undefined;
  }

  async commit(height: number): Promise<Commit | undefined> {
    const b = await this.db.get(bucketKey(Bucket.Commit, u64be(height)));
    return b ? types.Commit.decode(b) : undefined;
  }

  async results(height: number): Promise<BlockResults | undefined> {
    const b = await this.db.get(bucketKey(Bucket.BlockResults, u64be(height)));
    return b ? types.BlockResults.decode(b) : undefined;
  }

  async txLocation(hash: Uint8Array): Promise<TxLocation | undefined> {
    const b = await this.db.get(bucketKey(Bucket.TxByHash, hash));
    return b ? readLoc(b) : undefined;
  }

  async txAt(l: TxLocation): Promise<IndexedTx | undefined> {
    const [block, results] = await Promise.all([this.block(l.height), this.results(l.height)]);
    const tx = block?.txs[l.index];
    const result = results?.txResults[l.index] as ExecTxResult | undefined;
    if (!tx || !result) return undefined;
    return { ...l, hash: sha256(tx), tx, result };
  }

  async tx(hash: Uint8Array): Promise<IndexedTx | undefined> {
    const l = await this.txLocation(hash);
    return l ? this.txAt(l) : undefined;
  }

  /**
   * Locations of the txs matching every condition (AND), ascending by (height, index).
   * `tx.hash` and `tx.height` are answered from their own indexes; any other key is
   * `<event type>.<attribute key>`.
   */
  async search(conditions: readonly TxCondition[]): Promise<TxLocation[]> {
    let result: TxLocation[] | undefined;
    for (const c of conditions) {
      const set = await this.match(c);
      if (!result) result = set;
      else {
        const keep = new Set(set.map((l) => `${l.height}:${l.index}`));
        result = result.filter((l) => keep.has(`${l.height}:${l.index}`));
      }
      if (result.length === 0) return [];
    }
    return (result ?? []).sort((a, b) => a.height - b.height || a.index - b.index);
  }

  private async match(c: TxCondition): Promise<TxLocation[]> {
    if (c.key === 'tx.hash') {
      if (!/^[0-9a-fA-F]{64}$/.test(c.value)) return [];
      const l = await this.txLocation(fromHex(c.value));
      return l ? [l] : [];
    }
    if (c.key === 'tx.height') {
      const height = Number(c.value);
      if (!Number.isSafeInteger(height) || height < 1) return [];
      const r = await this.results(height);
      return r ? r.txResults.map((_, index) => ({ height, index })) : [];
    }
    const prefix = bucketKey(Bucket.TxEventPostings, seg(c.key), seg(c.value));
    const out: TxLocation[] = [];
    // Keys end in the u64 height: the lists come in height order.
    for await (const [k, v] of this.db.entries(prefix)) {
      if (k.length !== prefix.length + 8) continue;
      readPostings(Number(readU64be(k.subarray(prefix.length))), v, out);
    }
    return out;
  }

  async chainId(): Promise<string | undefined> {
    const b = await this.db.get(metaKey(MetaKey.ChainId));
    return b ? fromUtf8(b) : undefined;
  }
}
