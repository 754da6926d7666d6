import { fromBin, toBin } from '../bytes.js';
import { sha256Bin } from '../hash.js';
import { Bucket } from './buckets.js';
import type { BatchOp, ChainDB } from './chain-db.js';
import type { BinKVStore } from './kv.js';
import { MemStore } from './memory.js';
import { nodeBytesForWrite, SparseMerkleTree, type EncodedNode, type Hash32, type NodeWrites, type SmtResult, type SmtUpdate } from './smt.js';

const STATE_PREFIX = String.fromCharCode(Bucket.State);
const TREE_PREFIX = String.fromCharCode(Bucket.StateTree);

/** A state key's bytes while they are hashed (synchronous use only). */
let keyScratch = Buffer.alloc(256);

/** sha256 of a state key given as a binary string, as the state tree takes it. */
function keyHashOf(key: string): Hash32 {
  if (key.length > keyScratch.length) keyScratch = Buffer.alloc(Math.max(key.length, keyScratch.length * 2));
  keyScratch.write(key, 0, key.length, 'latin1');
  return sha256Bin(keyScratch.subarray(0, key.length));
}

export interface PreparedCommit {
  readonly appHash: Uint8Array;
  /** The state and state-tree writes, to go into the block's one atomic batch. */
  readonly ops: BatchOp[];
  /** Applies the commit to the in-memory view; call only after the batch is on disk. */
  apply(): void;
}

/**
 * Committed application state. The whole state is kept in memory (an ordered B+ tree loaded at
 * start-up) so that reads in the deterministic core are synchronous; LevelDB is the durable copy.
 * The sparse Merkle tree over it gives the app hash; its nodes are read lazily from LevelDB.
 */
export class StateDB implements BinKVStore {
  private readonly state = new MemStore();
  /** State-tree nodes read or written so far, by position (null: none stored there). */
  private readonly nodes = new Map<string, EncodedNode | null>();
  private readonly tree: SparseMerkleTree;
  private root: Uint8Array;

  private constructor(private readonly db: ChainDB | undefined) {
    this.tree = new SparseMerkleTree((pos) => this.readNode(pos));
    this.root = new Uint8Array(32);
  }

  /** Loads the committed state from the chain database. */
  static async load(db: ChainDB): Promise<StateDB> {
    const s = new StateDB(db);
    for await (const [k, v] of db.entries(Uint8Array.of(Bucket.State))) s.state.setBin(toBin(k.subarray(1)), v);
    s.root = s.tree.root();
    return s;
  }

  /** A state with no database behind it (unit tests, simulations, replay checks). */
  static inMemory(): StateDB {
    return new StateDB(undefined);
  }

  get appHash(): Uint8Array {
    return this.root;
  }

  get size(): number {
    return this.state.size;
  }

  private readNode(pos: string): EncodedNode | undefined {
    const cached = this.nodes.get(pos);
    if (cached !== undefined) return cached ?? undefined;
    if (!this.db) return undefined;
    const b = this.db.getSync(fromBin(TREE_PREFIX + pos));
    const v = b ? toBin(b) : undefined;
    this.nodes.set(pos, v ?? null);
    return v;
  }

  /**
   * Forgets the cached state-tree nodes (they are read back from the database on demand). After
   * a large genesis import the cache holds every node of the tree.
   */
  dropTreeCache(): void {
    if (this.db) this.nodes.clear();
  }

  getBin(key: string): Uint8Array | undefined {
    return this.state.getBin(key);
  }

  iterateBin(start: string | undefined, end: string | undefined, reverse: boolean): IterableIterator<readonly [string, Uint8Array]> {
    return this.state.iterateBin(start, end, reverse);
  }

  scanBin(start: string | undefined, end: string | undefined, visit: (key: string, value: Uint8Array) => boolean): void {
    this.state.scanBin(start, end, visit);
  }

  /** Computes the new app hash for a block's writes (keys sorted, null = delete). */
  prepare(writes: ReadonlyArray<readonly [string, Uint8Array | null]>): PreparedCommit {
    const job = this.prepareInSlices(writes);
    while (!job.step(Infinity));
    return job.result();
  }

  /**
   * The same, a slice at a time (see PrepareJob): a node lets RPC and tx admission run between
   * slices. Committed state does not change until the result is applied.
   */
  prepareInSlices(writes: ReadonlyArray<readonly [string, Uint8Array | null]>): PrepareJob {
    return new PrepareJob(writes, this.tree, (nodeWrites, root) => {
      for (const [k, v] of writes) {
        if (v === null) this.state.deleteBin(k);
        else this.state.setBin(k, v);
      }
      for (const [pos, node] of nodeWrites) this.nodes.set(pos, node);
      this.root = root;
    });
  }

  /** Every state entry in key order (genesis export, round-trip checks). */
  *entries(): IterableIterator<readonly [string, Uint8Array]> {
    yield* this.state.iterateBin(undefined, undefined, false);
  }
}

/**
 * A block's app hash and state writes, computed in slices of `step(max)`: first the writes'
 * key and value hashes and their batch ops (`max` writes per slice), then the state tree
 * (subtrees of at most `max` updates per slice), then the tree's batch ops (`max` nodes per
 * slice). The result is the same however it is sliced.
 */
export class PrepareJob {
  private readonly updates: SmtUpdate[] = [];
  private readonly ops: BatchOp[] = [];
  private hashed = 0;
  private tree: Generator<number, SmtResult> | undefined;
  private treeResult: SmtResult | undefined;
  private nodeOps: Iterator<readonly [string, EncodedNode | null]> | undefined;
  private done = false;

  constructor(
    private readonly writes: ReadonlyArray<readonly [string, Uint8Array | null]>,
    private readonly smt: SparseMerkleTree,
    private readonly applyTo: (nodeWrites: NodeWrites, root: Uint8Array) => void,
  ) {}

  /** Does up to `max` units of the work left; true when the result is ready. */
  step(max: number): boolean {
    if (this.done) return true;
    if (this.hashed < this.writes.length) {
      const end = Math.min(this.writes.length, this.hashed + max);
      for (; this.hashed < end; this.hashed++) {
        const [k, v] = this.writes[this.hashed]!;
        this.updates.push({ keyHash: keyHashOf(k), valueHash: v === null ? undefined : sha256Bin(v) });
        const key = fromBin(STATE_PREFIX + k);
        this.ops.push(v === null ? { type: 'del', key } : { type: 'put', key, value: v });
      }
      return false;
    }
    if (!this.treeResult) {
      this.tree ??= this.smt.updateInSlices(this.updates, max);
      const r = this.tree.next();
      if (r.done) this.treeResult = r.value;
      return false;
    }
    this.nodeOps ??= this.treeResult.writes.entries();
    for (let i = 0; i < max; i++) {
      const r = this.nodeOps.next();
      if (r.done) return (this.done = true);
      const [pos, node] = r.value;
      const key = fromBin(TREE_PREFIX + pos);
      this.ops.push(node === null ? { type: 'del', key } : { type: 'put', key, value: nodeBytesForWrite(node) });
    }
    return false;
  }

  /** The prepared commit; only once `step` has returned true. */
  result(): PreparedCommit {
    if (!this.done || !this.treeResult) throw new Error('PrepareJob.result() before the job is done');
    const { root, writes: nodeWrites } = this.treeResult;
    return { appHash: root, ops: this.ops, apply: () => this.applyTo(nodeWrites, root) };
  }
}
