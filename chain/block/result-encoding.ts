import type { TxResult } from '../app.js';
import type { ChainEvent } from '../events.js';
import { delimitedFieldSize, FieldWriter, nestedFieldSize, uintFieldSize } from '../proto-fields.js';
import { aivm, types } from '../../proto/index.js';
import type { ExecTxResult } from './hashing.js';

// A tx's result as BlockResults holds it (aivm.types.v1.ExecTxResult), encoded once per tx while
// its block executes. The generated encoder builds a list of writer operations per field and
// allocates as it goes; a bank send's result (11 events, 25 attributes, ~1.3 KB) is instead written
// straight into one exact-size buffer, byte-identical to the generated encoder's output (tested).

/**
 * Events as the protobuf types take them. A ChainEvent has exactly the fields of
 * aivm.types.v1.Event / EventAttribute (type; key, value, index), and the generated encoders read
 * plain objects: no copy is needed, and the bytes are the same.
 */
export function toProtoEvents(events: readonly ChainEvent[]): aivm.types.v1.Event.$Properties[] {
  return events as unknown as aivm.types.v1.Event.$Properties[];
}

/** A tx's result as the generated ExecTxResult type holds it. */
export function execTxResult(r: TxResult): ExecTxResult {
  return types.ExecTxResult.create({ code: r.code, data: r.data, log: r.log, gasWanted: r.gasWanted, gasUsed: r.gasUsed, events: toProtoEvents(r.events), codespace: r.codespace });
}

/** UTF-16 length of an all-ASCII string (then also its UTF-8 length), or -1. */
function asciiLength(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return -1;
  return s.length;
}

function isSafeCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/**
 * The encoded ExecTxResult of a tx result. Results whose strings are all ASCII and whose numbers
 * are safe non-negative integers (every result the chain produces in practice) are written
 * directly; anything else goes through the generated encoder, whose UTF-8 and int64 rules then
 * apply unchanged.
 */
export function encodeExecTxResult(r: TxResult): Uint8Array {
  const logLength = asciiLength(r.log);
  const codespaceLength = asciiLength(r.codespace);
  if (logLength < 0 || codespaceLength < 0 || !isSafeCount(r.gasWanted) || !isSafeCount(r.gasUsed) || !(r.code >= 0 && r.code <= 0xffffffff && Number.isInteger(r.code))) {
    return generated(r);
  }
  // Sizes first (each event's and attribute's, kept for their length prefixes), then the bytes.
  const sizes: number[] = [];
  let eventsSize = 0;
  for (const e of r.events) {
    const typeLength = asciiLength(e.type);
    if (typeLength < 0) return generated(r);
    const at = sizes.length;
    sizes.push(0);
    let eventSize = delimitedFieldSize(typeLength);
    for (const a of e.attributes) {
      const keyLength = asciiLength(a.key);
      const valueLength = asciiLength(a.value);
      if (keyLength < 0 || valueLength < 0) return generated(r);
      const attributeSize = delimitedFieldSize(keyLength) + delimitedFieldSize(valueLength) + (a.index ? 2 : 0);
      sizes.push(attributeSize);
      eventSize += nestedFieldSize(attributeSize);
    }
    sizes[at] = eventSize;
    eventsSize += nestedFieldSize(eventSize);
  }
  const size =
    uintFieldSize(r.code) +
    delimitedFieldSize(r.data.length) +
    delimitedFieldSize(logLength) +
    uintFieldSize(r.gasWanted) +
    uintFieldSize(r.gasUsed) +
    eventsSize +
    delimitedFieldSize(codespaceLength);
  // Transient: the bytes are spliced into the block's BlockResults at its end, then dropped.
  const w = new FieldWriter(size, true).uint(0x08, r.code).bytes(0x12, r.data).string(0x1a, r.log, logLength).uint(0x20, r.gasWanted).uint(0x28, r.gasUsed);
  let k = 0;
  for (const e of r.events) {
    w.nested(0x32, sizes[k++]!).string(0x0a, e.type, e.type.length);
    for (const a of e.attributes) {
      w.nested(0x12, sizes[k++]!)
        .string(0x0a, a.key, a.key.length)
        .string(0x12, a.value, a.value.length)
        .bool(0x18, a.index);
    }
  }
  return w.string(0x3a, r.codespace, codespaceLength).finish();
}

function generated(r: TxResult): Uint8Array {
  return types.ExecTxResult.encode(execTxResult(r)).finish();
}

/**
 * A tx's result back from its encoded ExecTxResult: what a node hands a broadcast_tx_commit
 * caller, instead of keeping every result object of a block until its commit.
 */
export function decodeExecTxResult(bytes: Uint8Array): TxResult {
  const r = types.ExecTxResult.decode(bytes);
  return {
    code: r.code ?? 0,
    codespace: r.codespace ?? '',
    log: r.log ?? '',
    gasWanted: Number(r.gasWanted),
    gasUsed: Number(r.gasUsed),
    events: r.events.map((e) => ({ type: e.type ?? '', attributes: (e.attributes ?? []).map((a) => ({ key: a.key ?? '', value: a.value ?? '', index: a.index === true })) })),
    data: r.data ?? new Uint8Array(),
  };
}

/**
 * A successful tx's data: cosmos.base.abci.v1beta1.TxMsgData with one Any per message response
 * (field 2; the deprecated field 1 left empty), byte-identical to cosmjs-types' encoder (tested),
 * written into one exact-size array instead of through its writer and two fromPartial copies.
 */
export function encodeTxMsgData(responses: ReadonlyArray<{ readonly typeUrl: string; readonly value: Uint8Array }>): Uint8Array {
  let size = 0;
  const typeUrlLengths: number[] = [];
  for (const r of responses) {
    const n = Buffer.byteLength(r.typeUrl);
    typeUrlLengths.push(n);
    const any = delimitedFieldSize(n) + delimitedFieldSize(r.value.length);
    // Each Any is written even when empty (a nested message), its empty fields left out.
    size += nestedFieldSize(any);
  }
  const w = new FieldWriter(size);
  responses.forEach((r, i) => {
    const n = typeUrlLengths[i]!;
    w.nested(0x12, delimitedFieldSize(n) + delimitedFieldSize(r.value.length)).string(0x0a, r.typeUrl, n).bytes(0x12, r.value);
  });
  return w.finish();
}
