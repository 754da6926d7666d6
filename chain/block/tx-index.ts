import { concat, readU64be, toBin, u64be, utf8 } from '../bytes.js';
import { Bucket } from '../store/buckets.js';
import { bucketKey, type BatchOp } from '../store/chain-db.js';

// The tx index's key layout (buckets.ts names the buckets) and the builder that collects one
// block's index entries as its txs execute.

export interface TxLocation {
  readonly height: number;
  readonly index: number;
}

/** What the index reads of an event: ChainEvents and decoded protobuf events both fit. */
export interface IndexableEvent {
  readonly type: string;
  readonly attributes: ReadonlyArray<{ readonly key: string; readonly value: string; readonly index?: boolean | null }>;
}

/** u16 length-prefixed segment: event keys and values can be longer than 255 bytes. */
export function seg(s: string): Uint8Array {
  const b = utf8(s);
  const n = Math.min(b.length, 0xffff);
  return concat(Uint8Array.of(n >> 8, n & 0xff), b.subarray(0, n));
}

/** A tx's location as the tx-by-hash index stores it: u64 height ‖ u32 index. */
export function loc(height: number, index: number): Uint8Array {
  const b = new Uint8Array(12);
  const v = new DataView(b.buffer);
  v.setUint32(0, Math.floor(height / 0x1_0000_0000));
  v.setUint32(4, height >>> 0);
  v.setUint32(8, index);
  return b;
}

export function readLoc(b: Uint8Array): TxLocation {
  return { height: Number(readU64be(b)), index: new DataView(b.buffer, b.byteOffset + 8, 4).getUint32(0) };
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
  for (let i = 0, o = 0; i < indexes.length; i++, o += 4) {
    const x = indexes[i]!;
    b[o] = x >>> 24;
    b[o + 1] = (x >>> 16) & 0xff;
    b[o + 2] = (x >>> 8) & 0xff;
    b[o + 3] = x & 0xff;
  }
  return b;
}

/** Appends the locations a posting list names to `out`. */
export function readPostings(height: number, value: Uint8Array, out: TxLocation[]): void {
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  for (let o = 0; o + 4 <= value.length; o += 4) out.push({ height, index: view.getUint32(o) });
}

interface Posting {
  readonly key: Uint8Array;
  readonly indexes: number[];
}

interface QueryKey {
  readonly name: string;
  readonly byValue: Map<string, Posting>;
}

/**
 * One block's tx index, built a tx at a time while the block executes (so that the work falls in
 * the execution's slices, not in one stretch at commit): each tx by hash, and for every indexed
 * event attribute (`<type>.<key>` = value) the list of the block's txs that carry it.
 */
export class TxIndexBuilder {
  private readonly byHash: BatchOp[] = [];
  private readonly seen = new Set<string>();
  /**
   * Query key (`<type>.<key>`) → its lists: value → its index key (built when the value is first
   * seen, so that the work falls in the execution's slices) and the indexes of the txs carrying
   * it (ascending, each once).
   */
  private readonly postings = new Map<string, QueryKey>();
  /** Event type → attribute key → its entry in `postings` (saves building the name per attribute). */
  private readonly byTypeAndKey = new Map<string, Map<string, QueryKey>>();

  constructor(readonly height: number) {}

  /** Adds the block's tx at `index` (call in block order). */
  add(index: number, hash: Uint8Array, events: readonly IndexableEvent[]): void {
    // A tx included twice (only possible in a byzantine proposal) is indexed at its first place.
    const id = toBin(hash);
    if (!this.seen.has(id)) {
      this.seen.add(id);
      this.byHash.push({ type: 'put', key: bucketKey(Bucket.TxByHash, hash), value: loc(this.height, index) });
    }
    for (const e of events) {
      let byKey = this.byTypeAndKey.get(e.type);
      for (const a of e.attributes) {
        if (!a.index) continue;
        if (!byKey) this.byTypeAndKey.set(e.type, (byKey = new Map()));
        let q = byKey.get(a.key);
        if (!q) byKey.set(a.key, (q = this.queryKey(`${e.type}.${a.key}`)));
        const p = q.byValue.get(a.value);
        if (!p) q.byValue.set(a.value, { key: eventKey(q.name, a.value, this.height), indexes: [index] });
        else if (p.indexes[p.indexes.length - 1] !== index) p.indexes.push(index);
      }
    }
  }

  /** The lists of one query key (types and keys may hold dots: "a.b"+"c" and "a"+"b.c" share one). */
  private queryKey(name: string): QueryKey {
    let q = this.postings.get(name);
    if (!q) this.postings.set(name, (q = { name, byValue: new Map() }));
    return q;
  }

  /** Appends the index's writes to a block's batch. */
  appendOps(ops: BatchOp[]): void {
    for (const op of this.byHash) ops.push(op);
    for (const q of this.postings.values()) {
      for (const p of q.byValue.values()) ops.push({ type: 'put', key: p.key, value: encodePostings(p.indexes) });
    }
  }
}
