// Three patches to cosmjs-types' protobuf runtime (the codec of every Cosmos type), all giving the
// same results with far less allocation — a bank send allocates on every encode and decode.
import binaryModule, { BinaryReader, BinaryWriter } from 'cosmjs-types/binary';
import utf8Module from 'cosmjs-types/utf8';
import { asciiString } from './bytes.js';

// 1. BinaryWriter.alloc builds a fresh 8 KiB pool on every call (the pool closure is re-created
//    each time), so every `.finish()` allocated a slab: ~10% of a bank send's CPU. A plain
//    exact-size allocation gives identical bytes and no slab.
(BinaryWriter as unknown as { alloc: (size: number) => Uint8Array }).alloc = (size: number) => new Uint8Array(size);

// 2. utf8Read (every decoded string field: addresses, denoms, type URLs) builds an array of char
//    codes and copies it before making the string. Strings on chain are almost always ASCII:
//    those are read straight from the bytes by Node's latin1 decoder (ASCII is the same in
//    latin1 and UTF-8). Anything else — any byte above 0x7f — goes to the original reader, so
//    non-ASCII and malformed UTF-8 decode exactly as before.
type Utf8Read = (buffer: Uint8Array, start: number, end: number) => string;
const utf8Exports = utf8Module as unknown as { utf8Read: Utf8Read };
const originalRead = utf8Exports.utf8Read;

export function utf8Read(buffer: Uint8Array, start: number, end: number): string {
  if (end <= start) return '';
  return asciiString(buffer, start, end) ?? originalRead(buffer, start, end);
}

utf8Exports.utf8Read = utf8Read;

/** cosmjs-types' own reader, for tests that compare the two. */
export const originalUtf8Read: Utf8Read = originalRead;

// 3. BinaryReader copies its whole input (`new Uint8Array(buf)`) before every decode: the tx, then
//    its body, its auth info, each message, each public key, each stored record. Over 64 bytes the
//    copy is an off-heap allocation (~20 % of preparing a tx's signature check). Reading the input
//    itself gives the same values; bytes fields then view the input instead of a copy. Inputs are
//    not mutated after decoding (tx bytes, stored values, request bodies). A view pins its whole
//    backing buffer, so an input that is a small part of a large buffer (a slice of Node's pooled
//    Buffer slab) is still copied: then at most 16 KiB, or twice the input, is pinned by a view.
const VIEW_MAX_BACKING = 16 * 1024;
class ViewingReader extends BinaryReader {
  constructor(buf?: ArrayLike<number>) {
    if (buf instanceof Uint8Array && (buf.buffer.byteLength <= VIEW_MAX_BACKING || buf.buffer.byteLength <= 2 * buf.byteLength)) {
      super();
      this.buf = buf;
      this.len = buf.length;
    } else super(buf);
  }
}
(binaryModule as unknown as { BinaryReader: typeof BinaryReader }).BinaryReader = ViewingReader;
/** cosmjs-types' own reader class, for tests that compare the two. */
export const CopyingReader = BinaryReader;
