import { hash } from 'node:crypto';

/** sha256 of the concatenation of `parts` (one-shot `crypto.hash`: no Hash object per call). */
export function sha256(...parts: Uint8Array[]): Uint8Array {
  let data: Uint8Array;
  if (parts.length === 1) data = parts[0]!;
  else {
    let len = 0;
    for (const p of parts) len += p.length;
    data = new Uint8Array(len);
    let off = 0;
    for (const p of parts) {
      data.set(p, off);
      off += p.length;
    }
  }
  const d = hash('sha256', data, 'buffer');
  return new Uint8Array(d.buffer, d.byteOffset, d.length);
}
