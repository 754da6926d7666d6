import { Level } from 'level';
import { concat, prefixEnd, utf8 } from '../bytes.js';
import { Bucket } from './buckets.js';

export type BatchOp = { readonly type: 'put'; readonly key: Uint8Array; readonly value: Uint8Array } | { readonly type: 'del'; readonly key: Uint8Array };

export class ChainDbError extends Error {
  readonly code = 'CHAIN_DB';
  constructor(message: string) {
    super(message);
    this.name = 'ChainDbError';
  }
}

/**
 * LevelDB's in-memory write buffer (its default is 4 MiB). A busy block writes under a MiB, much
 * of it rewriting the keys the blocks before rewrote (active accounts' balances and sequences,
 * the state tree's upper nodes). With 4 MiB, LevelDB flushed a small table every few blocks and
 * its background compaction merged them at ~10 % of a signature verification per tx (tx
 * benchmark); with 64 MiB it flushes every several dozen blocks, and a merge then folds many
 * rewrites of the same keys at once (none ran during 30 s and 90 s benchmark peaks;
 * docs/benchmarks.md). Costs up to twice this in memory (a buffer being flushed and the next)
 * and up to ~2 s more log replay at start after a crash (docs/operations.md).
 */
const WRITE_BUFFER_BYTES = 64 * 1024 * 1024;

/** Operations put into a batch between two turns of the event loop (~3–10 ms). */
const BATCH_SLICE_OPS = 8192;

/**
 * The node's one LevelDB database for chain data: state, state tree, blocks, index, metadata.
 * Every block goes in with one atomic, fsynced batch (see buckets.ts for the key layout).
 */
export class ChainDB {
  private constructor(
    readonly path: string,
    private readonly db: Level<Uint8Array, Uint8Array>,
  ) {}

  static async open(path: string): Promise<ChainDB> {
    const db = new Level<Uint8Array, Uint8Array>(path, { keyEncoding: 'view', valueEncoding: 'view', writeBufferSize: WRITE_BUFFER_BYTES });
    try {
      await db.open();
    } catch (e) {
      const cause = (e as { cause?: Error }).cause?.message ?? (e as Error).message;
      throw new ChainDbError(
        `cannot open the chain database at ${path}: ${cause}. ` +
          (/lock/i.test(cause)
            ? 'Another aivmd process is probably using this home; stop it first.'
            : 'If the files are damaged, run `aivmd repair --home <home>` to let LevelDB recover what it can, then start again.'),
      );
    }
    return new ChainDB(path, db);
  }

  static async repair(path: string): Promise<void> {
    const { ClassicLevel } = await import('classic-level');
    await ClassicLevel.repair(path);
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  get(key: Uint8Array): Promise<Uint8Array | undefined> {
    return this.db.get(key);
  }

  getSync(key: Uint8Array): Uint8Array | undefined {
    return this.db.getSync(key);
  }

  getMany(keys: Uint8Array[]): Promise<(Uint8Array | undefined)[]> {
    return this.db.getMany(keys);
  }

  /** Writes all ops atomically; with sync (the default) the data is on disk when this resolves. */
  async write(ops: readonly BatchOp[], sync = true): Promise<void> {
    // A chained batch: several times faster than the array form for large blocks (the array
    // form validates and clones every operation object). Filling it is synchronous work (tens of
    // ms for a busy block): the event loop gets a turn every BATCH_SLICE_OPS operations. The
    // batch is private until written, so nothing can see it half filled.
    const batch = this.db.batch();
    try {
      for (let i = 0; i < ops.length; i++) {
        if (i > 0 && i % BATCH_SLICE_OPS === 0) await new Promise((resolve) => setImmediate(resolve));
        const op = ops[i]!;
        if (op.type === 'put') batch.put(op.key, op.value);
        else batch.del(op.key);
      }
    } catch (e) {
      await batch.close();
      throw e;
    }
    await batch.write({ sync });
  }

  /** Entries under `prefix` (keys returned whole), ascending or descending, at most `limit`. */
  async *entries(prefix: Uint8Array, opts: { gte?: Uint8Array; lt?: Uint8Array; reverse?: boolean; limit?: number } = {}): AsyncGenerator<[Uint8Array, Uint8Array]> {
    const end = prefixEnd(prefix);
    const it = this.db.iterator({
      gte: opts.gte ?? prefix,
      ...(opts.lt ? { lt: opts.lt } : end ? { lt: end } : {}),
      reverse: opts.reverse ?? false,
      limit: opts.limit ?? -1,
    });
    try {
      for await (const [k, v] of it) yield [k, v];
    } finally {
      await it.close();
    }
  }
}

export function bucketKey(bucket: number, ...parts: Uint8Array[]): Uint8Array {
  return concat(Uint8Array.of(bucket), ...parts);
}

export function metaKey(name: string): Uint8Array {
  return bucketKey(Bucket.Meta, utf8(name));
}
