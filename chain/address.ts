import { fromBech32, toBech32 } from '@cosmjs/encoding';
import { createHash } from 'node:crypto';
import { toBin } from './bytes.js';
import { ChainError, SdkErrors } from './errors.js';

export const BECH32_PREFIX = 'aivm';
export const BECH32_VALOPER_PREFIX = 'aivmvaloper';

const pubkeyAddresses = new Map<string, string>();

/** The account address of a 33-byte compressed secp256k1 key: ripemd160(sha256(key)). */
export function addressFromSecp256k1(pubkey: Uint8Array): Uint8Array {
  const sha = createHash('sha256').update(pubkey).digest();
  return new Uint8Array(createHash('ripemd160').update(sha).digest());
}

/** bech32 address of a secp256k1 key, memoized (the ante chain checks it for every signer). */
export function bech32FromSecp256k1(pubkey: Uint8Array): string {
  const id = toBin(pubkey);
  let a = pubkeyAddresses.get(id);
  if (!a) {
    if (pubkeyAddresses.size >= 100_000) pubkeyAddresses.clear();
    pubkeyAddresses.set(id, (a = toAddress(addressFromSecp256k1(pubkey))));
  }
  return a;
}

export function toAddress(bytes: Uint8Array, prefix = BECH32_PREFIX): string {
  return toBech32(prefix, bytes);
}

// bech32 decoding costs ~10 µs; addresses repeat constantly (every balance and account access).
// One memo holds both forms a caller may want: the bytes, and the binary string store keys are
// built from (see bytes.ts).
const parsed = new Map<string, { readonly bytes: Uint8Array; readonly bin: string }>();
const PARSED_MAX = 100_000;

function parsedAccountAddress(addr: string, field: string): { readonly bytes: Uint8Array; readonly bin: string } {
  let hit = parsed.get(addr);
  if (!hit) {
    const bytes = parseAddressUncached(addr, field, BECH32_PREFIX);
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(addr, (hit = { bytes, bin: toBin(bytes) }));
  }
  return hit;
}

/** Parses a bech32 account address; throws sdk/7 invalid_address with the reason. */
export function parseAddress(addr: string, field = 'address', prefix = BECH32_PREFIX): Uint8Array {
  return prefix === BECH32_PREFIX ? parsedAccountAddress(addr, field).bytes : parseAddressUncached(addr, field, prefix);
}

/** parseAddress's bytes as a binary string, the form store keys are built from. */
export function parseAddressBin(addr: string, field = 'address'): string {
  return parsedAccountAddress(addr, field).bin;
}

function parseAddressUncached(addr: string, field: string, prefix: string): Uint8Array {
  let decoded: { prefix: string; data: Uint8Array };
  try {
    decoded = fromBech32(addr, 256);
  } catch (e) {
    throw new ChainError(SdkErrors.InvalidAddress, `${field} "${addr.slice(0, 100)}" is not a valid bech32 address: ${(e as Error).message}`);
  }
  if (decoded.prefix !== prefix) {
    throw new ChainError(SdkErrors.InvalidAddress, `${field} "${addr}" has prefix "${decoded.prefix}"; aivm addresses start with "${prefix}1"`);
  }
  if (decoded.data.length !== 20 && decoded.data.length !== 32) {
    throw new ChainError(SdkErrors.InvalidAddress, `${field} "${addr}" holds ${decoded.data.length} bytes; expected 20 or 32`);
  }
  return decoded.data;
}

/** The address of a module account (fee collector, …): sha256(name)[:20], as in the Cosmos SDK. */
export function moduleAddress(name: string): string {
  return toAddress(new Uint8Array(createHash('sha256').update(name).digest().subarray(0, 20)));
}
