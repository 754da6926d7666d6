import { concat, fromHex, fromUtf8, readU64be, toBin, u32be, u64be, utf8 } from '../bytes.js';
import { sha256 } from '../hash.js';
import { Bucket, MetaKey } from '../store/buckets.js';
import { bucketKey, metaKey, type BatchOp, type ChainDB } from '../store/chain-db.js';
import { aivm, types } from '../../proto/index.js';

type Event = aivm.types.v1.Event;
type EventAttribute = aivm.types.v1.EventAttribute;
import { headerHash, type Block, type Header, type BlockResults, type Commit, type ExecTxResult } from './hashing.js';

export interface TxLocation {
  readonly height: number;
  readonly index: number;
}

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

/** u16 length-prefixed segment: event keys and values can be longer than 255 bytes. */
function seg(s: string): Uint8Array {
  const b = utf8(s);
  const n = Math.min(b.length, 0xffff);
  return concat(Uint8Array.of(n >> 8, n & 0xff), b.subarray(0, n));
}

function loc(height: number, index: number): Uint8Array {
  return concat(u64be(height), u32be(index));
}

/**
 * The index key of one event attribute value at one height: 0x0b ‖ seg(name) ‖ seg(value) ‖
 * u64 height (its value lists the block's txs that carry it). Written straight into one buffer.
 */
export function eventKey(name: string, value: string, height: number): Uint8Array {
  const nl = Buffer.byteLength(name);
  const vl = Buffer.byteLength(value);
  if (nl > 0xffff || vl > 0xffff) return bucketKey(Bucket.TxEventPostings, seg(name), seg(value), u64be(height));
  const b = Buffer.allocUnsafe(1 + 2 + nl + 2 + vl + 8);
  let o = b.writeUInt8(Bucket.TxEventPostings, 0);
  o = b.writeUInt16BE(nl, o);
  o += b.write(name, o, 'utf8');
  o = b.writeUInt16BE(vl, o);
  o += b.write(value, o, 'utf8');
  o = b.writeUInt32BE(Math.floor(height / 0x1_0000_0000), o);
  b.writeUInt32BE(height >>> 0, o);
  return b;
}

/** A posting list's value: the tx indexes as u32 big-endian, ascending. */
export function encodePostings(indexes: readonly number[]): Uint8Array {
  const b = new Uint8Array(indexes.length * 4);
  const view = new DataView(b.buffer);
  for (let i = 0; i < indexes.length; i++) view.setUint32(i * 4, indexes[i]!);
  return b;
}

/** Appends the locations a posting list names to `out`. */
function readPostings(height: number, value: Uint8Array, out: TxLocation[]): void {
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  for (let o = 0; o + 4 <= value.length; o += 4) out.push({ height, index: view.getUint32(o) });
}

function readLoc(b: Uint8Array): TxLocation {
  return { height: Number(readU64be(b)), index: new DataView(b.buffer, b.byteOffset + 8, 4).getUint32(0) };
}

/**
 * Blocks, commits, results and the tx index in the chain database. `commitOps` gives the writes
 * of one block for the node's single atomic batch; the reads serve RPC.
 */
export class BlockStore {
  constructor(private readonly db: ChainDB) {}

  /** The writes that persist a decided, executed block and move the head to it. */
  commitOps(block: Block, commit: Commit, results: BlockResults, txHashes: readonly Uint8Array[], encodedResults = types.BlockResults.encode(results).finish()): BatchOp[] {
    const height = (block.header as Header).height;
    const ops: BatchOp[] = [
      { type: 'put', key: bucketKey(Bucket.Block, u64be(height)), value: types.Block.encode(block).finish() },
      { type: 'put', key: bucketKey(Bucket.Commit, u64be(height)), value: types.Commit.encode(commit).finish() },
      { type: 'put', key: bucketKey(Bucket.BlockResults, u64be(height)), value: encodedResults },
      { type: 'put', key: bucketKey(Bucket.BlockByHash, headerHash(block.header as Header)), value: u64be(height) },
      { type: 'put', key: metaKey(MetaKey.Head), value: u64be(height) },
    ];
    const seen = new Set<string>();
    // Event attribute → value → indexes of the txs carrying it (ascending: txs are visited in
    // order, and a tx that repeats a pair is listed once).
    const postings = new Map<string, Map<string, number[]>>();
    txHashes.forEach((hash, index) => {
      // A tx included twice (only possible in a byzantine proposal) is indexed at its first place.
      const id = toBin(hash);
      if (!seen.has(id)) ops.push({ type: 'put', key: bucketKey(Bucket.TxByHash, hash), value: loc(height, index) });
      seen.add(id);
      const r = results.txResults[index] as ExecTxResult;
      for (const e of r.events as Event[]) {
        for (const a of e.attributes as EventAttribute[]) {
          if (!a.index) continue;
          const name = `${e.type}.${a.key}`;
          let byValue = postings.get(name);
          if (!byValue) postings.set(name, (byValue = new Map()));
          const list = byValue.get(a.value);
          if (!list) byValue.set(a.value, [index]);
          else if (list[list.length - 1] !== index) list.push(index);
        }
      }
    });
    for (const [name, byValue] of postings) {
      for (const [value, indexes] of byValue) ops.push({ type: 'put', key: eventKey(name, value, height), value: encodePostings(indexes) });
    }
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
