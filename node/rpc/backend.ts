// What the JSON-RPC server needs from a running node. node/node.ts implements it; the RPC layer
// only formats (CometBFT JSON shapes, see shared/reference/cosmjs-rpc.md) and never reaches into
// the chain directly.
import type { QueryResult, TxResult } from '../../chain/app.js';
import type { Block, BlockResults, Commit } from '../../chain/block/hashing.js';
import type { IndexedTx, TxCondition } from '../../chain/block/store.js';
import type { GenesisDoc } from '../../chain/genesis.js';

export interface NodeInfo {
  /** Hex node id (the node key's id). */
  readonly id: string;
  readonly moniker: string;
  readonly network: string;
  readonly listenAddr: string;
  readonly version: string;
}

export interface ValidatorInfo {
  /** Hex consensus address (20 bytes). */
  readonly address: string;
  /** Base64 ed25519 public key. */
  readonly pubKey: string;
  readonly votingPower: number;
}

export interface SyncInfo {
  readonly latestBlockHash: Uint8Array;
  /** App hash after the latest block. */
  readonly latestAppHash: Uint8Array;
  readonly latestBlockHeight: number;
  /** RFC 3339 with nanoseconds. */
  readonly latestBlockTime: string;
  readonly earliestBlockHeight: number;
  readonly earliestBlockHash: Uint8Array;
  readonly earliestAppHash: Uint8Array;
  readonly earliestBlockTime: string;
  readonly catchingUp: boolean;
}

export interface StoredBlock {
  readonly block: Block;
  readonly hash: Uint8Array;
}

export interface BroadcastResult {
  /** sha256 of the tx bytes. */
  readonly hash: Uint8Array;
  readonly code: number;
  readonly codespace: string;
  readonly log: string;
}

export interface CommitResult {
  readonly hash: Uint8Array;
  readonly checkTx: TxResult;
  /** Undefined when CheckTx failed. */
  readonly txResult?: TxResult;
  readonly height: number;
}

export interface RpcBackend {
  nodeInfo(): NodeInfo;
  /** Undefined on a node that does not validate. */
  validatorInfo(): ValidatorInfo | undefined;
  syncInfo(): Promise<SyncInfo>;
  /** Latest committed height (0 before the first block). */
  height(): number;
  appHash(): Uint8Array;
  appVersion(): string;
  query(path: string, data: Uint8Array): QueryResult & { height: number };
  /** Runs CheckTx and adds the tx to the mempool; resolves with the CheckTx outcome. */
  broadcastTxSync(tx: Uint8Array): Promise<BroadcastResult>;
  /**
   * Waits until the tx is in a committed block. When `timeoutMs` passes first it rejects with an
   * RpcError (the tx may still commit later), which the client gets as is and the node does not
   * log as a failure.
   */
  broadcastTxCommit(tx: Uint8Array, timeoutMs: number): Promise<CommitResult>;
  block(height?: number): Promise<StoredBlock | undefined>;
  blockByHash(hash: Uint8Array): Promise<StoredBlock | undefined>;
  blockResults(height: number): Promise<BlockResults | undefined>;
  commit(height: number): Promise<Commit | undefined>;
  tx(hash: Uint8Array): Promise<IndexedTx | undefined>;
  /** Matching tx locations in ascending (height, index) order; exact count. */
  searchTxs(conditions: readonly TxCondition[]): Promise<Array<{ height: number; index: number }>>;
  txAt(loc: { height: number; index: number }): Promise<IndexedTx | undefined>;
  validators(height?: number): Promise<ValidatorInfo[]>;
  /** The genesis document (may be large: read on demand, not kept in memory). */
  genesis(): GenesisDoc | Promise<GenesisDoc>;
  mempoolStats(): { count: number; bytes: number };
  unconfirmedTxs(limit: number): Uint8Array[];
  netInfo(): { listening: boolean; listeners: string[]; peers: Array<{ id: string; remoteIp: string; moniker: string }> };
}
