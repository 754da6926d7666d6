// Every one-byte prefix the node writes to its chain LevelDB database, in one place.
// A number here is never reused for something else, even after the bucket it names is retired.
// The state bucket is further divided by module (STATE_MODULE below).

export const Bucket = {
  /** Application state: 0x01 ‖ module byte ‖ module key → value. Committed by the app hash. */
  State: 0x01,
  /** Sparse Merkle tree nodes over the state bucket: 0x02 ‖ depth ‖ path bits → node. */
  StateTree: 0x02,
  /** Blocks by height: 0x03 ‖ u64 height → aivm.types.v1.Block. */
  Block: 0x03,
  /** Commit (precommit signatures) that decided a height: 0x04 ‖ u64 height → Commit. */
  Commit: 0x04,
  /** Results of one block (tx results, events, app hash): 0x05 ‖ u64 height → BlockResults. */
  BlockResults: 0x05,
  /** Tx hash → location: 0x06 ‖ sha256(tx) → u64 height ‖ u32 index. */
  TxByHash: 0x06,
  /** Retired (never reuse): the event index with one key per tx and attribute (now TxEventPostings). */
  RetiredTxEvent: 0x07,
  /** Node metadata (head pointer, chain id, genesis): 0x08 ‖ name → value. */
  Meta: 0x08,
  /** Block hash → height: 0x09 ‖ hash → u64 height. */
  BlockByHash: 0x09,
  /** Retired (never reuse): the signer record moved to <home>/data/priv_validator_state.json. */
  RetiredSigner: 0x0a,
  /**
   * Event index, one posting list per attribute and height:
   * 0x0b ‖ lp(type.attr) ‖ lp(value) ‖ u64 height → the indexes (u32, ascending) of that block's
   * txs with that attribute value. (A block writes a key per distinct value instead of one per tx
   * and attribute: values shared by many txs — the message action, the fee — cost one key.)
   */
  TxEventPostings: 0x0b,
} as const;

/** Sub-prefixes of Bucket.State, one per module. Never reused. */
export const StateModule = {
  auth: 0x01,
  bank: 0x02,
  validators: 0x03,
  registry: 0x04,
  versioning: 0x05,
  verification: 0x06,
  access: 0x07,
} as const;

export type ModuleName = keyof typeof StateModule;

export const MetaKey = {
  /** u64 height of the last committed block. */
  Head: 'head',
  /** The genesis document as canonical JSON bytes. */
  Genesis: 'genesis',
  /** The chain id, utf-8. */
  ChainId: 'chain-id',
} as const;
