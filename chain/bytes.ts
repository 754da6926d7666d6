// Byte helpers shared by the deterministic core. Keys of in-memory maps are "binary strings":
// one char per byte (latin1), which compare in the same order as the bytes themselves.

// Store keys are mostly short (a module prefix and a name or hash): below this length a plain
// char-code conversion beats Buffer's per-call overhead several times over; the strings are the same.
const SHORT_BIN = 48;

export function toBin(bytes: Uint8Array): string {
  // A hash (tx ids, key hashes): each tx's is turned into a map key a dozen times. Explicit
  // arguments skip apply()'s array-to-arguments step (~100 ns of ~250, measured).
  if (bytes.length === 32) {
    const b = bytes;
    return String.fromCharCode(
      b[0]!, b[1]!, b[2]!, b[3]!, b[4]!, b[5]!, b[6]!, b[7]!, b[8]!, b[9]!, b[10]!, b[11]!, b[12]!, b[13]!, b[14]!, b[15]!,
      b[16]!, b[17]!, b[18]!, b[19]!, b[20]!, b[21]!, b[22]!, b[23]!, b[24]!, b[25]!, b[26]!, b[27]!, b[28]!, b[29]!, b[30]!, b[31]!,
    );
  }
  if (bytes.length <= SHORT_BIN) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

export function fromBin(bin: string): Uint8Array {
  if (bin.length > SHORT_BIN) return new Uint8Array(Buffer.from(bin, 'latin1'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new Error(`invalid hex string: ${hex.slice(0, 40)}`);
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export function fromBase64(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function compare(a: Uint8Array, b: Uint8Array): number {
  return Buffer.compare(a, b);
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

export function utf8(s: string): Uint8Array {
  // Names, tags and versions in keys are short ASCII: copying the char codes is several times
  // cheaper than TextEncoder's per-call overhead, with the same bytes. Anything else: TextEncoder.
  if (s.length > SHORT_BIN) return enc.encode(s);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return enc.encode(s);
    out[i] = c;
  }
  return out;
}

/** The UTF-8 bytes of s as a binary string (toBin(utf8(s))); ASCII, the usual case, is s itself. */
export function utf8Bin(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return toBin(utf8(s));
  return s;
}

const latin1Slice = (Buffer.prototype as unknown as { latin1Slice: (this: Uint8Array, start: number, end: number) => string }).latin1Slice;

/**
 * The bytes b[start, end) as a string when they are all ASCII (then UTF-8, latin1 and ASCII read
 * the same), undefined otherwise. One native call, no intermediate copies.
 */
export function asciiString(b: Uint8Array, start: number, end: number): string | undefined {
  for (let i = start; i < end; i++) if (b[i]! > 0x7f) return undefined;
  return latin1Slice.call(b, start, end);
}

export function fromUtf8(b: Uint8Array): string {
  // Short ASCII (amounts, denoms, names) skips TextDecoder's per-call cost; anything else goes
  // through the strict decoder.
  return (b.length <= SHORT_BIN ? asciiString(b, 0, b.length) : undefined) ?? dec.decode(b);
}

/** Big-endian unsigned 64-bit, so that numeric order equals byte order in keys. */
export function u64be(n: number | bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n));
  return out;
}

export function readU64be(b: Uint8Array, offset = 0): bigint {
  return new DataView(b.buffer, b.byteOffset, b.byteLength).getBigUint64(offset);
}

export function u32be(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

/** A length-prefixed segment (one byte of length), for composite keys whose parts vary in length. */
export function lp(part: Uint8Array): Uint8Array {
  if (part.length > 255) throw new Error('key segment longer than 255 bytes');
  return concat(Uint8Array.of(part.length), part);
}

/** The smallest key greater than every key with this prefix, or undefined if none exists. */
export function prefixEnd(prefix: Uint8Array): Uint8Array | undefined {
  const end = Uint8Array.from(prefix);
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i] !== 0xff) {
      end[i]!++;
      return end.slice(0, i + 1);
    }
  }
  return undefined;
}
