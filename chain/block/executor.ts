import type { App, CommitJob, TxResult } from '../app.js';
import type { ChainEvent } from '../events.js';
import { sha256 } from '../hash.js';
import type { PreparedCommit } from '../store/state-db.js';
import { types } from '../../proto/index.js';
import { ProtoSplice } from '../proto-splice.js';
import type { Block, Header } from './hashing.js';
import { encodeExecTxResult, toProtoEvents } from './result-encoding.js';
import { TxIndexBuilder } from './tx-index.js';

export interface ExecutedBlock {
  /**
   * The block's BlockResults, encoded (the tx results, block events and app hash): the bytes the
   * block store keeps and the next header's results hash commits to.
   */
  readonly encodedResults: Uint8Array;
  /** The block's tx index entries (tx by hash, event postings), for the block's batch. */
  readonly index: TxIndexBuilder;
  readonly txHashes: Uint8Array[];
  /** Each tx's ExecTxResult, encoded (decodeExecTxResult reads one back). */
  readonly encodedTxResults: readonly Uint8Array[];
  /** Each tx's result as it ran, with its events; undefined unless the execution kept them. */
  readonly txResults: TxResult[] | undefined;
  readonly blockEvents: readonly ChainEvent[];
  readonly prepared: PreparedCommit;
}

/** App-hash updates per slice for each tx a slice may deliver (an update costs ~¼ of a bank send). */
const HASH_UPDATES_PER_TX = 4;

export interface BlockExecutionOptions {
  /**
   * Keep every tx's result object (events included) until the block is done, as `txResults`
   * (default true). A node does not: a busy block's thousands of results live through several
   * young-generation collections and are copied and promoted for nothing (measured: ~13 % of
   * the bytes a loaded node promoted); it reads a result back from `encodedTxResults` when
   * someone asks.
   */
  readonly keepTxResults?: boolean;
}

/**
 * A decided block's execution, one slice at a time: a node yields to its event loop between
 * slices so that RPC and tx admission go on during a large block. Each tx's result is encoded and
 * indexed as it runs; after the last tx come the end-of-block hooks, then the app hash, itself in
 * slices. Slicing changes nothing in the result: the txs run in order on the block's own branch
 * of the state, and committed state (what queries and CheckTx read) only changes when the caller
 * applies the commit.
 */
export class BlockExecution {
  private readonly header: Header;
  private readonly txHashes: Uint8Array[] = [];
  private readonly txResults: TxResult[] | undefined;
  /** Each tx's ExecTxResult, encoded as it ran. */
  private readonly encodedTxResults: Uint8Array[] = [];
  private readonly index: TxIndexBuilder;
  private next = 0;
  private blockEvents: readonly ChainEvent[] | undefined;
  private commit: CommitJob | undefined;
  private committed = false;

  /**
   * `knownTxHashes`: sha256 of each of the block's txs, in order, when the caller has them already
   * (a node has hashed every tx it admitted, and a proposal's txs to check its data hash); else
   * each is computed here.
   */
  constructor(
    private readonly app: App,
    private readonly block: Block,
    private readonly knownTxHashes?: readonly Uint8Array[],
    opts: BlockExecutionOptions = {},
  ) {
    if (opts.keepTxResults !== false) this.txResults = [];
    if (knownTxHashes && knownTxHashes.length !== block.txs.length) throw new Error(`${knownTxHashes.length} tx hashes for a block of ${block.txs.length} txs`);
    const h = (this.header = block.header as Header);
    this.index = new TxIndexBuilder(h.height);
    app.beginBlock({ chainId: h.chainId, height: h.height, time: { seconds: h.time?.seconds ?? 0, nanos: h.time?.nanos ?? 0 }, proposer: h.proposerAddress });
  }

  /**
   * Does one slice of what is left: up to `max` txs, or the end-of-block hooks, or up to
   * `max × 4` updates of the app hash. True once the block is fully executed (then `finish()`).
   */
  step(max: number): boolean {
    const txs = this.block.txs;
    if (this.next < txs.length) {
      const end = Math.min(txs.length, this.next + max);
      for (; this.next < end; this.next++) this.deliver(this.next, txs[this.next]!);
      return false;
    }
    if (!this.blockEvents) {
      this.blockEvents = this.app.endBlock();
      this.commit = this.app.commitInSlices();
      return false;
    }
    if (!this.committed) this.committed = this.commit!.step(max * HASH_UPDATES_PER_TX);
    return this.committed;
  }

  private deliver(i: number, tx: Uint8Array): void {
    const hash = this.knownTxHashes?.[i] ?? sha256(tx);
    const r = this.app.deliverTx(tx, hash);
    this.txHashes.push(hash);
    this.txResults?.push(r);
    this.encodedTxResults.push(encodeExecTxResult(r));
    this.index.add(i, hash, r.events);
  }

  /** The executed block, once every slice has run (runs whatever is left first). */
  finish(): ExecutedBlock {
    while (!this.step(Infinity));
    const blockEvents = this.blockEvents!;
    const prepared = this.commit!.result();
    const encodedResults = encodeBlockResults(this.header.height, this.encodedTxResults, blockEvents, prepared.appHash);
    return { encodedResults, index: this.index, txHashes: this.txHashes, encodedTxResults: this.encodedTxResults, txResults: this.txResults, blockEvents, prepared };
  }
}

/**
 * BlockResults from its txs' already encoded results: the same bytes as the generated encoder's
 * (fields in number order, each tx result an embedded message, proto3 defaults left out).
 */
function encodeBlockResults(height: number, encodedTxResults: readonly Uint8Array[], blockEvents: readonly ChainEvent[], appHash: Uint8Array): Uint8Array {
  const out = new ProtoSplice();
  if (height !== 0) out.varint(1, height);
  for (const r of encodedTxResults) out.bytes(2, r);
  for (const e of toProtoEvents(blockEvents)) out.bytes(3, types.Event.encode(e).finish());
  if (appHash.length) out.bytes(4, appHash);
  return out.finish();
}

/**
 * Executes a decided block on the app in one go: every tx in order, then end-of-block hooks,
 * then the app hash. Nothing is persisted here; the caller writes `prepared.ops` with the block
 * in one batch and then calls `prepared.apply()`.
 */
export function executeBlock(app: App, block: Block): ExecutedBlock & { readonly txResults: TxResult[] } {
  const exec = new BlockExecution(app, block);
  exec.step(Infinity);
  const done = exec.finish();
  return { ...done, txResults: done.txResults! };
}
