// SIGN_MODE_DIRECT sign bytes: a cosmos.tx.v1beta1.SignDoc encoded exactly as cosmjs-types
// encodes it (fields 1–4 in order, each left out when empty or zero), written straight into one
// array. Built for every tx at admission (for the signature threads), so without the generic
// protobuf writer's per-field bookkeeping.

function varintLength(n: bigint): number {
  let len = 1;
  while (n >= 0x80n) {
    n >>= 7n;
    len++;
  }
  return len;
}

/** Writes `n` (< 2^53) as a protobuf varint at `o`; returns the offset after it. */
function writeVarint(out: Uint8Array, o: number, n: number): number {
  while (n >= 0x80) {
    out[o++] = (n % 0x80) | 0x80;
    n = Math.floor(n / 0x80);
  }
  out[o++] = n;
  return o;
}

function writeBigVarint(out: Uint8Array, o: number, n: bigint): number {
  while (n >= 0x80n) {
    out[o++] = Number(n & 0x7fn) | 0x80;
    n >>= 7n;
  }
  out[o++] = Number(n);
  return o;
}

function lengthOfField(len: number): number {
  return len === 0 ? 0 : 1 + varintLength(BigInt(len)) + len;
}

export function signDocBytes(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, chainId: string, accountNumber: bigint): Uint8Array {
  if (accountNumber < 0n || accountNumber >= 1n << 64n) throw new RangeError(`account number ${accountNumber} is not a uint64`);
  const chainLen = Buffer.byteLength(chainId);
  const size = lengthOfField(bodyBytes.length) + lengthOfField(authInfoBytes.length) + lengthOfField(chainLen) + (accountNumber === 0n ? 0 : 1 + varintLength(accountNumber));
  const out = Buffer.allocUnsafe(size);
  let o = 0;
  if (bodyBytes.length) {
    out[o++] = 0x0a;
    o = writeVarint(out, o, bodyBytes.length);
    out.set(bodyBytes, o);
    o += bodyBytes.length;
  }
  if (authInfoBytes.length) {
    out[o++] = 0x12;
    o = writeVarint(out, o, authInfoBytes.length);
    out.set(authInfoBytes, o);
    o += authInfoBytes.length;
  }
  if (chainLen) {
    out[o++] = 0x1a;
    o = writeVarint(out, o, chainLen);
    o += out.write(chainId, o, 'utf8');
  }
  if (accountNumber !== 0n) {
    out[o++] = 0x20;
    o = writeBigVarint(out, o, accountNumber);
  }
  return out;
}
