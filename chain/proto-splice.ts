// Builds a protobuf message from already-encoded parts. A query answer that only wraps stored
// records (a Model, a Version) can splice their stored bytes in as embedded messages instead of
// decoding and re-encoding them: the stored bytes are the canonical encoding written by the same
// generated type, so the answer is byte-for-byte what the generated encoder would produce.
// Fields are written in the order they are added: add them in field-number order, and leave out
// what proto3 omits (zero numbers, empty strings), as the generated encoders do.
import { utf8 } from './bytes.js';

const WIRE_VARINT = 0;
const WIRE_LEN = 2;

export class ProtoSplice {
  // Per field: its tag, and either a varint value or the bytes of a length-delimited field.
  private readonly tags: number[] = [];
  private readonly values: Array<number | Uint8Array> = [];
  private size = 0;

  /** A length-delimited field holding `bytes` as they are: an embedded message, bytes or a string. */
  bytes(field: number, bytes: Uint8Array): this {
    const tag = (field << 3) | WIRE_LEN;
    this.tags.push(tag);
    this.values.push(bytes);
    this.size += varintSize(tag) + varintSize(bytes.length) + bytes.length;
    return this;
  }

  /** A string field (UTF-8). */
  string(field: number, s: string): this {
    return this.bytes(field, utf8(s));
  }

  /** A varint field (uint32/uint64/enum/int32/int64) holding a non-negative safe integer. */
  varint(field: number, n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`proto splice: varint ${n} is not a non-negative safe integer`);
    const tag = (field << 3) | WIRE_VARINT;
    this.tags.push(tag);
    this.values.push(n);
    this.size += varintSize(tag) + varintSize(n);
    return this;
  }

  finish(): Uint8Array {
    // Every byte is written below; a pooled unfilled buffer, as protobufjs's own writer uses.
    const out = Buffer.allocUnsafe(this.size);
    let pos = 0;
    for (let i = 0; i < this.tags.length; i++) {
      pos = writeVarint(out, pos, this.tags[i]!);
      const v = this.values[i]!;
      if (typeof v === 'number') {
        pos = writeVarint(out, pos, v);
      } else {
        pos = writeVarint(out, pos, v.length);
        out.set(v, pos);
        pos += v.length;
      }
    }
    if (pos !== this.size) throw new Error(`proto splice: wrote ${pos} bytes, expected ${this.size}`);
    return out;
  }
}

function varintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

function writeVarint(out: Uint8Array, pos: number, n: number): number {
  while (n >= 0x80) {
    out[pos++] = (n % 128) | 0x80;
    n = Math.floor(n / 128);
  }
  out[pos++] = n;
  return pos;
}
