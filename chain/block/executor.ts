import type { App, TxResult } from '../app.js';
import type { ChainEvent } from '../events.js';
import { sha256 } from '../hash.js';
import type { PreparedCommit } from '../store/state-db.js';
import { types } from '../../proto/index.js';
import type { Block, BlockResults, Header } from './hashing.js';

export interface ExecutedBlock {
  readonly results: BlockResults;
  readonly txHashes: Uint8Array[];
  readonly txResults: TxResult[];
  readonly blockEvents: readonly ChainEvent[];
  readonly prepared: PreparedCommit;
}

function toProtoEvents(events: readonly ChainEvent[]) {
  return events.map((e) => types.Event.create({ type: e.type, attributes: e.attributes.map((a) => types.EventAttribute.create({ key: a.key, value: a.value, index: a.index })) }));
}

/**
 * Executes a decided block on the app: every tx in order, then end-of-block hooks, then the app
 * hash. Nothing is persisted here; the caller writes `prepared.ops` with the block in one batch
 * and then calls `prepared.apply()`.
 */
export function executeBlock(app: App, block: Block): ExecutedBlock {
  const h = block.header as Header;
  app.beginBlock({ chainId: h.chainId, height: h.height, time: { seconds: h.time?.seconds ?? 0, nanos: h.time?.nanos ?? 0 }, proposer: h.proposerAddress });
  const txHashes: Uint8Array[] = [];
  const txResults: TxResult[] = [];
  for (const tx of block.txs) {
    const hash = sha256(tx);
    txHashes.push(hash);
    txResults.push(app.deliverTx(tx, hash));
  }
  const blockEvents = app.endBlock();
  const prepared = app.commit();
  const results = types.BlockResults.create({
    height: h.height,
    txResults: txResults.map((r) =>
      types.ExecTxResult.create({ code: r.code, data: r.data, log: r.log, gasWanted: r.gasWanted, gasUsed: r.gasUsed, events: toProtoEvents(r.events), codespace: r.codespace }),
    ),
    finalizeBlockEvents: toProtoEvents(blockEvents),
    appHash: prepared.appHash,
  });
  return { results, txHashes, txResults, blockEvents, prepared };
}
