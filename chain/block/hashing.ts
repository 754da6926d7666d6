import { concat } from '../bytes.js';
import { sha256 } from '../hash.js';
import { aivm, types } from '../../proto/index.js';

export type Header = aivm.types.v1.Header;
export type Block = aivm.types.v1.Block;
export type Commit = aivm.types.v1.Commit;
export type BlockResults = aivm.types.v1.BlockResults;
export type ExecTxResult = aivm.types.v1.ExecTxResult;
export type Vote = aivm.types.v1.Vote;
export type Proposal = aivm.types.v1.Proposal;

/** The block hash: sha256 of the encoded header. */
export function headerHash(h: Header): Uint8Array {
  return sha256(types.Header.encode(h).finish());
}

/** sha256 over the concatenated sha256 of every tx (empty block: sha256 of nothing). */
export function dataHash(txs: readonly Uint8Array[]): Uint8Array {
  return dataHashOfTxHashes(txs.map((t) => sha256(t)));
}

/** dataHash from the txs' hashes (sha256 of each tx, in block order), when they are known already. */
export function dataHashOfTxHashes(txHashes: readonly Uint8Array[]): Uint8Array {
  return sha256(concat(...txHashes));
}

export function commitHash(c: Commit | null | undefined): Uint8Array {
  return c ? sha256(types.Commit.encode(c).finish()) : new Uint8Array();
}

export function resultsHash(r: BlockResults | undefined): Uint8Array {
  return r ? encodedResultsHash(types.BlockResults.encode(r).finish()) : new Uint8Array();
}

/** resultsHash of already encoded results. */
export function encodedResultsHash(encoded: Uint8Array): Uint8Array {
  return sha256(encoded);
}
