import { fromBin, toBin } from '../bytes.js';
import { sha256 } from '../hash.js';
import { Bucket } from './buckets.js';
import type { BatchOp, ChainDB } from './chain-db.js';
import type { BinKVStore } from './kv.js';
import { MemStore } from './memory.js';
import { SparseMerkleTree, type SmtUpdate } from './smt.js';

const STATE_PREFIX = String.fromCharCode(Bucket.State);
const TREE_PREFIX = String.fromCharCode(Bucket.StateTree);

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
  private readonly nodes = new Map<string, Uint8Array | null>();
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

  private readNode(pos: string): Uint8Array | undefined {
    const cached = this.nodes.get(pos);
    if (cached !== undefined) return cached ?? undefined;
    if (!this.db) return undefined;
    const v = this.db.getSync(fromBin(TREE_PREFIX + pos));
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
    const updates: SmtUpdate[] = [];
    const ops: BatchOp[] = [];
    for (const [k, v] of writes) {
      updates.push({ keyHash: sha256(fromBin(k)), valueHash: v === null ? undefined : sha256(v) });
      const key = fromBin(STATE_PREFIX + k);
      ops.push(v === null ? { type: 'del', key } : { type: 'put', key, value: v });
    }
    const { root, writes: nodeWrites } = this.tree.update(updates);
    for (const [pos, node] of nodeWrites) {
      const key = fromBin(TREE_PREFIX + pos);
      ops.push(node === null ? { type: 'del', key } : { type: 'put', key, value: node });
    }
    return {
      appHash: root,
      ops,
      apply: () => {
        for (const [k, v] of writes) {
          if (v === null) this.state.deleteBin(k);
          else this.state.setBin(k, v);
        }
        for (const [pos, node] of nodeWrites) this.nodes.set(pos, node);
        this.root = root;
      },
    };
  }

  /** Every state entry in key order (genesis export, round-trip checks). */
  *entries(): IterableIterator<readonly [string, Uint8Array]> {
    yield* this.state.iterateBin(undefined, undefined, false);
  }
}
