// Shape checks of a kernel's root CID, without any network: a CIDv1 in base32 multibase
// ("b" + RFC 4648 lowercase base32, no padding) whose codec is dag-pb (a UnixFS directory or file)
// or raw, and whose multihash is sha2-256. Such a CID is exactly 59 characters
// ("bafybei…" for dag-pb, "bafkrei…" for raw).

export const CID_CODECS: Readonly<Record<number, string>> = { 0x70: 'dag-pb', 0x55: 'raw' };
const SHA2_256 = 0x12;
export const CID_LENGTH = 59;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function base32Decode(s: string): Uint8Array | undefined {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of s) {
    const i = ALPHABET.indexOf(ch);
    if (i < 0) return undefined;
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  // The unused trailing bits must be zero, so that every CID has exactly one spelling.
  if (bits >= 5 || (value & ((1 << bits) - 1)) !== 0) return undefined;
  return Uint8Array.from(out);
}

/** Returns the problem with `cid`, or undefined when it is a well-formed CIDv1 base32 string. */
export function cidProblem(cid: string): string | undefined {
  if (cid.length === 0) return 'is empty: give the kernel root CID (CIDv1, base32, e.g. "bafybei…")';
  if (/^Qm[1-9A-HJ-NP-Za-km-z]{44}$/.test(cid)) return 'is a CIDv0: convert it to CIDv1 base32 (e.g. `ipfs cid format -v 1 -b base32 <cid>`)';
  if (cid[0] !== 'b') return `must be CIDv1 in base32 multibase, which starts with "b"; "${cid[0]}" is another multibase`;
  if (cid.length !== CID_LENGTH) return `is ${cid.length} characters; a CIDv1 base32 sha2-256 CID has ${CID_LENGTH}`;
  const bytes = base32Decode(cid.slice(1));
  if (!bytes) return 'is not lowercase RFC 4648 base32 after the "b" prefix';
  if (bytes[0] !== 0x01) return `has CID version ${bytes[0]}; only CIDv1 is accepted`;
  const codec = bytes[1]!;
  if (!(codec in CID_CODECS)) return `has codec 0x${codec.toString(16)}; kernels are dag-pb (0x70) or raw (0x55)`;
  if (bytes[2] !== SHA2_256 || bytes[3] !== 32) return 'does not hold a sha2-256 multihash (0x12, 32 bytes)';
  if (bytes.length !== 36) return 'has trailing or missing bytes';
  return undefined;
}
