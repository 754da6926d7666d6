// Stateless helpers shared by the model-repository modules (registry, versioning, verification,
// access): strict message decoding, canonical addresses, text checks and pagination over the
// aivm.registry.v1.PageRequest wire type. Pure functions only: no keeper, no store.
import protobuf from 'protobufjs/minimal.js';
import type { PageRequest as CosmosPageRequest } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import { parseAddress, toAddress } from '../../chain/address.js';
import { ChainError, SdkErrors, type ErrorCode } from '../../chain/errors.js';
import { paginate, type Page } from '../../chain/pagination.js';
import type { KVStore } from '../../chain/store/kv.js';
import { aivm } from '../../proto/index.js';

const PageResponse = aivm.registry.v1.PageResponse;

interface Decoder<T> {
  decode(reader: protobuf.Reader): T;
}

/**
 * Decodes a message and refuses fields this chain does not know (as the Cosmos SDK's
 * RejectUnknownFields does): a client built for a newer chain must not have part of its message
 * silently dropped. The app turns the error into sdk/2 tx_decode.
 */
export function strictDecode<T>(type: Decoder<T>, bytes: Uint8Array, name: string): T {
  const reader = protobuf.Reader.create(bytes);
  // Keep unknown fields (protobufjs drops them by default) so that they can be refused.
  reader.discardUnknown = false;
  const m = type.decode(reader);
  rejectUnknownFields(m, name);
  return m;
}

function rejectUnknownFields(m: unknown, path: string): void {
  if (!m || typeof m !== 'object' || m instanceof Uint8Array) return;
  if (Array.isArray(m)) {
    m.forEach((x, i) => rejectUnknownFields(x, `${path}[${i}]`));
    return;
  }
  const unknowns = (m as { $unknowns?: Uint8Array[] }).$unknowns;
  if (unknowns && unknowns.length > 0) {
    throw new Error(`${path} carries ${unknowns.length} field(s) this chain does not know (or with the wrong wire type); remove them or upgrade the chain`);
  }
  for (const k of Object.keys(m)) rejectUnknownFields((m as Record<string, unknown>)[k], `${path}.${k}`);
}

/** Parses a bech32 account address and requires its canonical (lowercase) spelling. */
export function canonicalAddress(addr: string, field: string): Uint8Array {
  const bytes = parseAddress(addr, field);
  const canonical = toAddress(bytes);
  if (canonical !== addr) {
    throw new ChainError(SdkErrors.InvalidAddress, `${field} "${addr.slice(0, 100)}" is not in canonical form: write it as ${canonical}`);
  }
  return bytes;
}

const encoder = new TextEncoder();

export function utf8Length(s: string): number {
  return encoder.encode(s).length;
}

/**
 * Checks free text: at most `maxBytes` bytes of UTF-8 and no control characters (newline and tab
 * are allowed when `multiline`). Throws `err` naming `field`.
 */
export function checkText(s: string, maxBytes: number, field: string, err: ErrorCode, multiline = true): void {
  const n = utf8Length(s);
  if (n > maxBytes) throw new ChainError(err, `${field} is ${n} bytes; the maximum is ${maxBytes}: shorten it`);
  // eslint-disable-next-line no-control-regex
  const bad = multiline ? /[\u0000-\u0008\u000b-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/;
  const m = bad.exec(s);
  if (m) {
    throw new ChainError(err, `${field} holds the control character U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} at position ${m.index}${multiline ? ' (only newline and tab are allowed)' : ''}: remove it`);
  }
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Converts the aivm PageRequest (wire-compatible with Cosmos') to the one chain/pagination.ts takes. */
export function toCosmosPageRequest(p: aivm.registry.v1.PageRequest.$Properties | null | undefined): CosmosPageRequest {
  const offset = p?.offset ?? 0;
  const limit = p?.limit ?? 0;
  for (const [name, v] of [['offset', offset], ['limit', limit]] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new ChainError(SdkErrors.InvalidRequest, `pagination ${name} ${v} is not a non-negative integer below 2^53`);
  }
  return { key: p?.key ?? new Uint8Array(), offset: BigInt(offset), limit: BigInt(limit), countTotal: !!p?.countTotal, reverse: !!p?.reverse };
}

/** One page of the entries under `prefix`, honouring PageRequest.reverse. */
export function page(kv: KVStore, prefix: Uint8Array, p: aivm.registry.v1.PageRequest.$Properties | null | undefined): Page {
  const req = toCosmosPageRequest(p);
  return paginate(kv, prefix, req, req.reverse);
}

export function pageResponse(pg: Page): aivm.registry.v1.PageResponse.$Properties {
  return { nextKey: pg.response.nextKey, total: Number(pg.response.total) };
}

/** The encoded aivm.registry.v1.PageResponse of a page, for answers spliced from stored records. */
export function encodePageResponse(pg: Page): Uint8Array {
  return PageResponse.encode(pageResponse(pg)).finish();
}
