// The table of JSON-RPC methods this server answers (CometBFT 0.38 names and shapes).
import type { MethodSpec } from './context.js';
import { abciQuery } from './methods/abci.js';
import { block, blockByHash, blockchain, blockResults, commit, headerAt, headerByHash } from './methods/blocks.js';
import { abciInfo, genesis, health, netInfo, status, validators } from './methods/info.js';
import { broadcastTxAsync, broadcastTxCommit, broadcastTxSync, numUnconfirmedTxs, tx, txSearch, unconfirmedTxs } from './methods/txs.js';

export const METHODS: ReadonlyMap<string, MethodSpec> = new Map<string, MethodSpec>([
  ['health', health],
  ['status', status],
  ['net_info', netInfo],
  ['genesis', genesis],
  ['abci_info', abciInfo],
  ['abci_query', abciQuery],
  ['block', block],
  ['block_by_hash', blockByHash],
  ['header', headerAt],
  ['header_by_hash', headerByHash],
  ['block_results', blockResults],
  ['blockchain', blockchain],
  ['commit', commit],
  ['validators', validators],
  ['tx', tx],
  ['tx_search', txSearch],
  ['broadcast_tx_sync', broadcastTxSync],
  ['broadcast_tx_async', broadcastTxAsync],
  ['broadcast_tx_commit', broadcastTxCommit],
  ['num_unconfirmed_txs', numUnconfirmedTxs],
  ['unconfirmed_txs', unconfirmedTxs],
]);
