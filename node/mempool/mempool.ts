import type { App, TxResult } from '../../chain/app.js';
import type { BlockStore } from '../../chain/block/store.js';
import { toBin } from '../../chain/bytes.js';
import { AnteErrors, SdkErrors } from '../../chain/errors.js';
import { sha256 } from '../../chain/hash.js';
import { yieldToEventLoop } from '../event-loop.js';
import type { Logger } from '../log.js';
import type { NodeMetrics } from '../metrics.js';
import type { SignatureVerifier } from './verify-pool.js';

export interface MempoolConfig {
  readonly max_txs: number;
  readonly max_bytes: number;
}

interface Entry {
  readonly tx: Uint8Array;
  readonly hash: Uint8Array;
  readonly gasWanted: number;
}

/** Txs re-checked between two yields to the event loop after a block (~5–10 ms). */
const RECHECK_SLICE_TXS = 128;

export interface AddResult {
  readonly hash: Uint8Array;
  readonly result: TxResult;
}

function reject(kind: { code: number; codespace: string }, log: string): TxResult {
  return { code: kind.code, codespace: kind.codespace, log, gasWanted: 0, gasUsed: 0, events: [], data: new Uint8Array() };
}

/**
 * CheckTx-gated mempool: a tx enters only if the ante chain accepts it against CheckTx state,
 * which then carries its sequence bump (so a client can send its next tx at once). Each account's
 * txs are checked, and kept, in the order they arrived, so in sequence order; txs of different
 * accounts do not wait for each other. After each block the rest are re-checked.
 */
export class Mempool {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private waiters: Array<() => void> = [];

  /** Each signing account's last tx that is not through CheckTx yet: its next tx waits for it. */
  private readonly lastOfSigner = new Map<string, Promise<void>>();
  /** Every tx not through CheckTx yet (a tx whose signers are not known waits for all of them). */
  private readonly unchecked = new Set<Promise<void>>();
  /** The last tx whose signers were not known, while it waits: every later tx waits for it. */
  private barrier: Promise<void> | undefined;
  /** Set while the txs left after a block are re-checked: no new tx is checked meanwhile. */
  private rechecking: Promise<number> | undefined;

  constructor(
    private readonly app: App,
    private readonly blocks: BlockStore,
    private readonly cfg: MempoolConfig,
    private readonly log: Logger,
    private readonly metrics?: NodeMetrics,
    /** Verifies signatures on worker threads before CheckTx; without it CheckTx verifies inline. */
    private readonly pool?: SignatureVerifier,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  has(hash: Uint8Array): boolean {
    return this.entries.has(toBin(hash));
  }

  /**
   * Checks a tx and, if it passes, queues it. Signature verification starts at once (on the
   * verify pool's threads); CheckTx runs once it is done and the signers' earlier txs are
   * checked, so that an account's txs sent back to back are checked in sequence order, while a
   * tx whose signature is still being verified holds up no other account's. `events: false` skips
   * building the check's events for a caller that does not report them.
   */
  async add(tx: Uint8Array, opts: { events?: boolean } = {}): Promise<AddResult> {
    const hash = sha256(tx);
    const id = toBin(hash);
    if (this.entries.has(id)) return { hash, result: reject(SdkErrors.TxInMempoolCache, 'tx already in mempool: it was received before and is waiting for a block') };
    if (this.entries.size >= this.cfg.max_txs || this.bytes + tx.length > this.cfg.max_bytes) {
      return { hash, result: reject(SdkErrors.MempoolIsFull, `mempool is full (${this.entries.size} txs, ${this.bytes} bytes): retry after the next block`) };
    }
    const work = this.pool ? this.app.signatureWork(tx, hash) : undefined;
    const verified = work && work.length > 0 ? this.pool!.verify(work) : undefined;
    const signers = this.app.txSigners(tx, hash);
    const before = this.predecessors(signers);
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    this.unchecked.add(done);
    if (signers) for (const s of signers) this.lastOfSigner.set(s, done);
    else this.barrier = done;
    let added: AddResult;
    try {
      // Neither rejects: the pool answers false for what it could not check, and `done`s resolve.
      const ok = await verified;
      await before;
      // CheckTx state is being rebuilt from the txs left after a block: this tx comes after them.
      while (this.rechecking) await this.rechecking;
      // The awaits above may have let the same tx in.
      if (this.entries.has(id)) return { hash, result: reject(SdkErrors.TxInMempoolCache, 'tx already in mempool: it was received before and is waiting for a block') };
      if (ok && ok.every(Boolean)) this.app.sigCache.add(hash);
      added = this.check(tx, hash, id, opts.events !== false);
    } finally {
      this.unchecked.delete(done);
      if (this.barrier === done) this.barrier = undefined;
      if (signers) for (const s of signers) if (this.lastOfSigner.get(s) === done) this.lastOfSigner.delete(s);
      release();
    }
    // A replayed tx fails on its (used) sequence; only then is the tx index consulted, to say so
    // precisely. (A lookup for every tx would cost a disk read on the hot path.)
    if (added.result.code === SdkErrors.WrongSequence.code && added.result.codespace === SdkErrors.WrongSequence.codespace) {
      const committed = await this.blocks.txLocation(hash);
      if (committed) return { hash, result: reject(AnteErrors.TxAlreadyCommitted, `tx already committed at height ${committed.height} (index ${committed.index}): the same bytes cannot be sent twice`) };
    }
    return added;
  }

  /** What a new tx is checked after: its signers' pending txs, or every pending tx if unknown. */
  private predecessors(signers: readonly string[] | undefined): Promise<unknown> | undefined {
    if (!signers) return this.unchecked.size > 0 ? Promise.all(this.unchecked) : undefined;
    let one: Promise<void> | undefined = this.barrier;
    let all: Array<Promise<void>> | undefined;
    for (const s of signers) {
      const p = this.lastOfSigner.get(s);
      if (!p || p === one) continue;
      if (!one) one = p;
      else (all ??= [one]).push(p);
    }
    return all ? Promise.all(all) : one;
  }

  private check(tx: Uint8Array, hash: Uint8Array, id: string, events: boolean): AddResult {
    const t0 = performance.now();
    const result = this.app.checkTx(tx, hash, { events });
    this.metrics?.checkTxSeconds.observe((performance.now() - t0) / 1000);
    if (result.code === 0) {
      this.entries.set(id, { tx, hash, gasWanted: result.gasWanted });
      this.bytes += tx.length;
      this.updateGauges();
      const w = this.waiters;
      this.waiters = [];
      for (const f of w) f();
    }
    return { hash, result };
  }

  /** Txs for the next block, in arrival order, within the limits. */
  reap(maxTxs: number, maxBytes: number, maxGas = Infinity): Uint8Array[] {
    return this.reapWithHashes(maxTxs, maxBytes, maxGas).txs;
  }

  /** reap(), with each tx's hash (sha256 of its bytes, computed when it arrived). */
  reapWithHashes(maxTxs: number, maxBytes: number, maxGas = Infinity): { txs: Uint8Array[]; hashes: Uint8Array[] } {
    const txs: Uint8Array[] = [];
    const hashes: Uint8Array[] = [];
    let bytes = 0;
    let gas = 0;
    for (const e of this.entries.values()) {
      if (txs.length >= maxTxs || bytes + e.tx.length > maxBytes || gas + e.gasWanted > maxGas) break;
      txs.push(e.tx);
      hashes.push(e.hash);
      bytes += e.tx.length;
      gas += e.gasWanted;
    }
    return { txs, hashes };
  }

  /**
   * After a commit: drops the block's txs and re-checks the rest, in order, against the new
   * state (the commit started CheckTx state afresh from it). Re-checks run in slices with the
   * event loop in between, so requests keep coming in and their signatures keep being verified;
   * their CheckTx waits until the re-check is done. Resolves to the number of txs re-checked.
   */
  update(committedHashes: readonly Uint8Array[]): Promise<number> {
    for (const h of committedHashes) {
      const id = toBin(h);
      const e = this.entries.get(id);
      if (e) {
        this.entries.delete(id);
        this.bytes -= e.tx.length;
      }
    }
    const recheck = this.recheck([...this.entries]);
    this.rechecking = recheck;
    return recheck.finally(() => {
      if (this.rechecking === recheck) this.rechecking = undefined;
      this.updateGauges();
    });
  }

  private async recheck(left: ReadonlyArray<readonly [string, Entry]>): Promise<number> {
    let dropped = 0;
    for (let i = 0; i < left.length; i++) {
      if (i > 0 && i % RECHECK_SLICE_TXS === 0) await yieldToEventLoop();
      const [id, e] = left[i]!;
      const r = this.app.recheckTx(e.tx, e.hash);
      if (r.code !== 0) {
        this.entries.delete(id);
        this.bytes -= e.tx.length;
        dropped++;
      }
    }
    this.metrics?.recheckedTxs.inc(left.length);
    if (dropped) {
      this.metrics?.recheckDroppedTxs.inc(dropped);
      this.log.debug('dropped txs that no longer pass CheckTx', { dropped });
    }
    return left.length;
  }

  /** Resolves when the mempool holds at least one tx, or the signal aborts / the timeout passes. */
  waitForTxs(signal: AbortSignal, timeoutMs = 0): Promise<void> {
    if (this.entries.size > 0 || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        if (timer) clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      this.waiters.push(done);
      signal.addEventListener('abort', done);
      if (timeoutMs > 0) timer = setTimeout(done, timeoutMs);
    });
  }

  txs(limit: number): Uint8Array[] {
    return [...this.entries.values()].slice(0, limit).map((e) => e.tx);
  }

  private updateGauges(): void {
    this.metrics?.mempoolSize.set(this.entries.size);
    this.metrics?.mempoolBytes.set(this.bytes);
  }
}
