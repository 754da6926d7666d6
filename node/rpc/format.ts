// CometBFT 0.38 JSON shapes built from aivm's protobuf types. Conventions (as Comet does):
// hashes and addresses UPPERCASE hex, heights/powers/gas decimal strings, times RFC 3339 with
// nanoseconds, tx bytes and result data standard base64, event attributes plain strings.
import { concat, toBase64, toHex } from '../../chain/bytes.js';
import { formatTime } from '../../chain/genesis.js';
import { sha256 } from '../../chain/hash.js';
import type { Block, Commit } from '../../chain/block/hashing.js';
import type { IndexedTx } from '../../chain/block/store.js';

/** CometBFT's block protocol version. */
export const BLOCK_PROTOCOL = '11';
/** CometBFT's p2p protocol version. */
export const P2P_PROTOCOL = '8';
/** The CometBFT release whose RPC this server speaks (cosmjs picks Comet38Client by it). */
export const COMET_VERSION = '0.38.17';

export function hexU(b: Uint8Array | null | undefined): string {
  return b && b.length ? toHex(b).toUpperCase() : '';
}

export function b64(b: Uint8Array | null | undefined): string {
  return b && b.length ? toBase64(b) : '';
}

export function num(n: number | bigint | { toString(): string } | null | undefined): string {
  return n === null || n === undefined ? '0' : String(n);
}

export function time(t: { seconds?: number | null; nanos?: number | null } | null | undefined): string {
  return formatTime({ seconds: Number(t?.seconds ?? 0), nanos: Number(t?.nanos ?? 0) });
}

export interface BlockIdJson {
  hash: string;
  parts: { total: number; hash: string };
}

export function emptyBlockId(): BlockIdJson {
  return { hash: '', parts: { total: 0, hash: '' } };
}

/**
 * The part-set hash of a block. aivm gossips a block as one part, so this is the RFC 6962
 * Merkle root of a single leaf: sha256(0x00 ‖ protobuf-encoded block).
 */
export function partSetHash(encodedBlock: Uint8Array): Uint8Array {
  return sha256(concat(Uint8Array.of(0), encodedBlock));
}

export function blockId(hash: Uint8Array, partsHash: Uint8Array): BlockIdJson {
  return { hash: hexU(hash), parts: { total: 1, hash: hexU(partsHash) } };
}

type HeaderOf<B> = B extends { header?: infer H } ? NonNullable<H> : never;
type HeaderProps = HeaderOf<Block>;

/** A Comet header. `lastBlockId` is the full id of the previous block (empty at the first height). */
export function formatHeader(h: HeaderProps, appVersion: string, lastBlockId: BlockIdJson): Record<string, unknown> {
  return {
    version: { block: BLOCK_PROTOCOL, app: appVersion },
    chain_id: h.chainId ?? '',
    height: num(h.height),
    time: time(h.time),
    last_block_id: lastBlockId,
    last_commit_hash: hexU(h.lastCommitHash),
    data_hash: hexU(h.dataHash),
    validators_hash: hexU(h.validatorsHash),
    next_validators_hash: hexU(h.nextValidatorsHash),
    consensus_hash: '',
    app_hash: hexU(h.appHash),
    last_results_hash: hexU(h.lastResultsHash),
    evidence_hash: '',
    proposer_address: hexU(h.proposerAddress),
  };
}

type CommitProps = NonNullable<Block['lastCommit']> | Commit;

/** A Comet commit; `id` is the block id of the committed block (hash + part-set header). */
export function formatCommit(c: CommitProps, id: BlockIdJson): Record<string, unknown> {
  return {
    height: num(c.height),
    round: Number(c.round ?? 0),
    block_id: id,
    signatures: (c.signatures ?? []).map((s) => ({
      block_id_flag: Number(s.blockIdFlag ?? 0),
      validator_address: hexU(s.validatorAddress),
      timestamp: time(s.timestamp),
      signature: s.signature && s.signature.length ? toBase64(s.signature) : null,
    })),
  };
}

/** An empty commit (first height), as Comet renders it. */
export function emptyCommit(): Record<string, unknown> {
  return { height: '0', round: 0, block_id: emptyBlockId(), signatures: [] };
}

interface EventLike {
  type?: string | null;
  attributes?: ReadonlyArray<{ key?: string | null; value?: string | null; index?: boolean | null }> | null;
}

export function formatEvents(events: ReadonlyArray<EventLike> | null | undefined): Array<Record<string, unknown>> {
  return (events ?? []).map((e) => ({
    type: e.type ?? '',
    attributes: (e.attributes ?? []).map((a) => ({ key: a.key ?? '', value: a.value ?? '', index: a.index !== false })),
  }));
}

interface TxResultLike {
  code?: number | null;
  data?: Uint8Array | null;
  log?: string | null;
  gasWanted?: number | null;
  gasUsed?: number | null;
  events?: ReadonlyArray<EventLike> | null;
  codespace?: string | null;
}

/** ExecTxResult / ResponseCheckTx JSON (Comet 0.38). */
export function formatTxResult(r: TxResultLike): Record<string, unknown> {
  return {
    code: Number(r.code ?? 0),
    data: b64(r.data),
    log: r.log ?? '',
    info: '',
    gas_wanted: num(r.gasWanted),
    gas_used: num(r.gasUsed),
    events: formatEvents(r.events),
    codespace: r.codespace ?? '',
  };
}

/** The zero-valued ExecTxResult Comet returns when there is no result (e.g. CheckTx failed). */
export function zeroTxResult(): Record<string, unknown> {
  return formatTxResult({});
}

/** One tx as `tx` and `tx_search` return it. */
export function formatIndexedTx(t: IndexedTx): Record<string, unknown> {
  return {
    hash: hexU(t.hash),
    height: num(t.height),
    index: t.index,
    tx_result: formatTxResult(t.result),
    tx: toBase64(t.tx),
  };
}
