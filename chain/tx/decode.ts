import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { ChainError, SdkErrors } from '../errors.js';
import { toBin } from '../bytes.js';
import { sha256 } from '../hash.js';

export interface DecodedTx {
  readonly bytes: Uint8Array;
  /** sha256 of the tx bytes: the tx hash that tx_search and broadcast results use. */
  readonly hash: Uint8Array;
  readonly raw: TxRaw;
  readonly body: TxBody;
  readonly authInfo: AuthInfo;
  /**
   * What pubkey.ts worked out of each signer info's key, filled in when first asked (the decoded
   * tx is shared by every stage that reads it, so each key is decoded and hashed once per tx).
   */
  signerKeys: Array<SignerKey | Error | undefined> | undefined;
}

/** A signer info's secp256k1 public key and the account address it belongs to. */
export interface SignerKey {
  readonly key: Uint8Array;
  /** bech32 address of the key; undefined unless the key is 33 bytes (compressed secp256k1). */
  readonly address: string | undefined;
}

function decodeOrThrow<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new ChainError(SdkErrors.TxDecode, `tx parse error: cannot decode ${what}: ${(e as Error).message}; send a protobuf-encoded cosmos.tx.v1beta1.TxRaw`);
  }
}

/**
 * Decoded txs by hash: a tx decoded at CheckTx is not decoded again at recheck or in its block.
 * Pure memo (same bytes, same hash, same result); bounded. The app forgets a tx once its block
 * ran it or CheckTx refused it, so the memo holds about what the mempool holds: entries kept
 * longer would be promoted to V8's old generation and cost GC time for nothing.
 */
const decoded = new Map<string, DecodedTx>();
const DECODED_MAX = 50_000;

/** Decodes TxRaw bytes into body and auth info. Throws sdk/2 tx_decode with what went wrong. */
export function decodeTx(bytes: Uint8Array, hash = sha256(bytes)): DecodedTx {
  const id = toBin(hash);
  const hit = decoded.get(id);
  if (hit) return hit;
  const tx = decodeTxUncached(bytes, hash);
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  decoded.set(id, tx);
  return tx;
}

/** Drops a tx from the decode memo (it will not be needed again, or is decoded again if it is). */
export function forgetDecodedTx(hash: Uint8Array): void {
  decoded.delete(toBin(hash));
}

/** Decodes without the memo: for bytes that are decoded once (simulation). */
export function decodeTxUncached(bytes: Uint8Array, hash = sha256(bytes)): DecodedTx {
  if (bytes.length === 0) throw new ChainError(SdkErrors.TxDecode, 'tx parse error: empty transaction bytes');
  const raw = decodeOrThrow('TxRaw', () => TxRaw.decode(bytes));
  // Only the canonical encoding is accepted: otherwise an unknown field appended, or a field
  // repeated, gives another tx hash for the same signed content (the Cosmos SDK rejects unknown
  // fields for the same reason), and a third party could front-run the original under a new hash.
  if (!isCanonicalTxRaw(raw, bytes)) {
    throw new ChainError(SdkErrors.TxDecode, 'tx parse error: the bytes are not the canonical encoding of a TxRaw (unknown, repeated or out-of-order fields); encode the tx with a standard protobuf library');
  }
  if (raw.bodyBytes.length === 0) throw new ChainError(SdkErrors.TxDecode, 'tx parse error: TxRaw has no body_bytes');
  if (raw.authInfoBytes.length === 0) throw new ChainError(SdkErrors.TxDecode, 'tx parse error: TxRaw has no auth_info_bytes');
  const body = decodeOrThrow('TxBody', () => TxBody.decode(raw.bodyBytes));
  const authInfo = decodeOrThrow('AuthInfo', () => AuthInfo.decode(raw.authInfoBytes));
  return { bytes, hash, raw, body, authInfo, signerKeys: undefined };
}

/**
 * Whether `bytes` are exactly what the TxRaw encoder gives for `raw` (fields 1, 2, then each
 * signature as field 3; empty bytes fields omitted; minimal varint lengths), checked in place:
 * re-encoding to compare allocated a copy of every tx (over V8's on-heap size for typed arrays).
 */
export function isCanonicalTxRaw(raw: TxRaw, bytes: Uint8Array): boolean {
  let o = 0;
  const field = (tag: number, value: Uint8Array): boolean => {
    if (bytes[o++] !== tag) return false;
    // The length as the encoder writes it: a minimal varint.
    let n = value.length;
    while (n >= 0x80) {
      if (bytes[o++] !== ((n & 0x7f) | 0x80)) return false;
      n >>>= 7;
    }
    if (bytes[o++] !== n) return false;
    if (o + value.length > bytes.length) return false;
    // Decoded fields are views of the input; anything else is compared byte by byte.
    if (value.buffer !== bytes.buffer || value.byteOffset !== bytes.byteOffset + o) {
      for (let i = 0; i < value.length; i++) if (bytes[o + i] !== value[i]) return false;
    }
    o += value.length;
    return true;
  };
  if (raw.bodyBytes.length !== 0 && !field(0x0a, raw.bodyBytes)) return false;
  if (raw.authInfoBytes.length !== 0 && !field(0x12, raw.authInfoBytes)) return false;
  for (const sig of raw.signatures) if (!field(0x1a, sig)) return false;
  return o === bytes.length;
}
