import type { App, TxResult } from '../app.js';
import type { ChainEvent } from '../events.js';
import { sha256 } from '../hash.js';
import type { PreparedCommit } from '../store/state-db.js';
import { aivm, types } from '../../proto/index.js';
import type { Block, BlockResults, Header } from './hashing.js';

export interface ExecutedBlock {
  readonly results: BlockResults;
  readonly txHashes: Uint8Array[];
  readonly txResults: TxResult[];
  readonly blockEvents: readonly ChainEvent[];
  readonly prepared: PreparedCommit;
}

/**
 * Events as the protobuf types take them. A ChainEvent has exactly the fields of
 * aivm.types.v1.Event / EventAttribute (type; key, value, index), and the generated encoders read
 * plain objects: no copy is needed, and the bytes are the same.
 */
function toProtoEvents(events: readonly ChainEvent[]): aivm.types.v1.Event.$Properties[] {
  return events as unknown as aivm.types.v1.Event.$Properties[];
}

/**
 * A decided block's execution, one slice of txs at a time: a node yields to its event loop
 * between slices so that RPC and tx admission go on during a large block. Slicing changes
 * nothing in the result: the txs run in order on the block's own branch of the state, and
 * committed state (what queries and CheckTx read) only changes when the caller applies the commit.
 */
export class BlockExecution {
  private readonly header: Header;
  private readonly txHashes: Uint8Array[] = [];
  private readonly txResults: TxResult[] = [];
  private next = 0;

  constructor(
    private readonly app: App,
    private readonly block: Block,
  ) {
    const h = (this.header = block.header as Header);
    app.beginBlock({ chainId: h.chainId, height: h.height, time: { seconds: h.time?.seconds ?? 0, nanos: h.time?.nanos ?? 0 }, proposer: h.proposerAddress });
  }

  /** Delivers up to `max` more txs; true when every tx of the block has run. */
  step(max: number): boolean {
    const txs = this.block.txs;
    const end = Math.min(txs.length, this.next + max);
    for (; this.next < end; this.next++) {
      const tx = txs[this.next]!;
      const hash = sha256(tx);
      this.txHashes.push(hash);
      this.txResults.push(this.app.deliverTx(tx, hash));
    }
    return this.next >= txs.length;
  }

  /** End-of-block hooks and the app hash, after every tx has run. Nothing is persisted here. */
  finish(): ExecutedBlock {
    if (this.next < this.block.txs.length) throw new Error(`block ${this.header.height}: finish() before every tx was delivered`);
    const blockEvents = this.app.endBlock();
    const prepared = this.app.commit();
    const results = types.BlockResults.create({
      height: this.header.height,
      txResults: this.txResults.map((r) =>
        types.ExecTxResult.create({ code: r.code, data: r.data, log: r.log, gasWanted: r.gasWanted, gasUsed: r.gasUsed, events: toProtoEvents(r.events), codespace: r.codespace }),
      ),
      finalizeBlockEvents: toProtoEvents(blockEvents),
      appHash: prepared.appHash,
    });
    return { results, txHashes: this.txHashes, txResults: this.txResults, blockEvents, prepared };
  }
}

/**
 * Executes a decided block on the app in one go: every tx in order, then end-of-block hooks,
 * then the app hash. Nothing is persisted here; the caller writes `prepared.ops` with the block
 * in one batch and then calls `prepared.apply()`.
 */
export function executeBlock(app: App, block: Block): ExecutedBlock {
  const exec = new BlockExecution(app, block);
  exec.step(Infinity);
  return exec.finish();
}
