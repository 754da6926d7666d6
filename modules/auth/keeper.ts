import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { parseAddressBin, toAddress } from '../../chain/address.js';
import { asciiString, fromUtf8, readU64be, u64be, utf8 } from '../../chain/bytes.js';
import type { Context } from '../../chain/context.js';
import { delimitedFieldSize, FieldWriter, nestedFieldSize, readUint64Varint, uint64FieldSize } from '../../chain/proto-fields.js';
import { DecodedByBytes } from '../../chain/store/decoded-values.js';
import { SECP256K1_PUBKEY_TYPE } from '../../chain/tx/pubkey.js';
import { AuthKeys } from './keys.js';
import { DEFAULT_AUTH_PARAMS, type AuthParams } from './params.js';

const parsedParams = new DecodedByBytes((b) => JSON.parse(fromUtf8(b)) as AuthParams);

export { SECP256K1_PUBKEY_TYPE };
export const BASE_ACCOUNT_TYPE = '/cosmos.auth.v1beta1.BaseAccount';

export interface Account {
  readonly address: string;
  /** 33-byte compressed secp256k1 key, once the account has signed. */
  readonly pubKey: Uint8Array | undefined;
  readonly accountNumber: bigint;
  readonly sequence: bigint;
}

const PUBKEY_TYPE_LENGTH = Buffer.byteLength(SECP256K1_PUBKEY_TYPE);

/**
 * A cosmos.auth.v1beta1.BaseAccount, byte-identical to cosmjs-types' encoder (its public key as
 * an Any of a secp256k1 PubKey), written straight into one buffer: a signer's record is encoded
 * at CheckTx, at re-check and in its block. `transient`: see FieldWriter.
 */
export function encodeAccount(a: Account, transient = false): Uint8Array {
  const addressLength = Buffer.byteLength(a.address);
  const pubKeyMsg = a.pubKey ? delimitedFieldSize(a.pubKey.length) : 0;
  const anyLength = a.pubKey ? delimitedFieldSize(PUBKEY_TYPE_LENGTH) + delimitedFieldSize(pubKeyMsg) : 0;
  const size = delimitedFieldSize(addressLength) + (a.pubKey ? nestedFieldSize(anyLength) : 0) + uint64FieldSize(a.accountNumber) + uint64FieldSize(a.sequence);
  const w = new FieldWriter(size, transient).string(0x0a, a.address, addressLength);
  if (a.pubKey) {
    w.nested(0x12, anyLength).string(0x0a, SECP256K1_PUBKEY_TYPE, PUBKEY_TYPE_LENGTH);
    if (pubKeyMsg) w.nested(0x12, pubKeyMsg).bytes(0x0a, a.pubKey);
  }
  return w.uint64(0x18, a.accountNumber).uint64(0x20, a.sequence).finish();
}

const decodedAccounts = new DecodedByBytes(decodeAccount);

/** The Any type URL of a secp256k1 key as encodeAccount writes it: tag, length, then the URL. */
const PUBKEY_TYPE_FIELD = Uint8Array.from([0x0a, PUBKEY_TYPE_LENGTH, ...Buffer.from(SECP256K1_PUBKEY_TYPE)]);

/**
 * An account record in the exact layout encodeAccount writes (every record in the store is one):
 * address (ASCII), an optional secp256k1 key, then the two numbers; undefined for anything else,
 * which the generated decoder then reads. Skips its reader objects, the Any and the key's own
 * message, and reading the numbers through strings (~3 decodes per bank send).
 */
function decodeCanonicalAccount(b: Uint8Array): Account | undefined {
  if (b[0] !== 0x0a) return undefined;
  const addressLength = b[1]!;
  if (addressLength >= 0x80 || 2 + addressLength > b.length) return undefined;
  const address = asciiString(b, 2, 2 + addressLength);
  if (address === undefined) return undefined;
  let o = 2 + addressLength;
  let pubKey: Uint8Array | undefined;
  if (b[o] === 0x12) {
    // Any { type_url, value: PubKey { key (33 bytes) } }: every length fits in one byte.
    const anyEnd = o + 2 + b[o + 1]!;
    o += 2;
    for (let i = 0; i < PUBKEY_TYPE_FIELD.length; i++) if (b[o + i] !== PUBKEY_TYPE_FIELD[i]) return undefined;
    o += PUBKEY_TYPE_FIELD.length;
    if (b[o] !== 0x12 || b[o + 1] !== 35 || b[o + 2] !== 0x0a || b[o + 3] !== 33 || o + 37 !== anyEnd) return undefined;
    pubKey = b.subarray(o + 4, anyEnd);
    o = anyEnd;
  }
  let accountNumber = 0n;
  let sequence = 0n;
  if (b[o] === 0x18) {
    const r = readUint64Varint(b, o + 1);
    if (!r) return undefined;
    [accountNumber, o] = r;
  }
  if (b[o] === 0x20) {
    const r = readUint64Varint(b, o + 1);
    if (!r) return undefined;
    [sequence, o] = r;
  }
  return o === b.length ? { address, pubKey, accountNumber, sequence } : undefined;
}

export function decodeAccount(b: Uint8Array): Account {
  return decodeCanonicalAccount(b) ?? decodeAccountGenerated(b);
}

/** An account record as the generated BaseAccount decoder reads it (any valid encoding). */
export function decodeAccountGenerated(b: Uint8Array): Account {
  const a = BaseAccount.decode(b);
  return {
    address: a.address,
    pubKey: a.pubKey && a.pubKey.typeUrl === SECP256K1_PUBKEY_TYPE ? PubKey.decode(a.pubKey.value).key : undefined,
    accountNumber: a.accountNumber,
    sequence: a.sequence,
  };
}

/** Accounts, public keys, account numbers and sequences. */
export class AuthKeeper {
  getParams(ctx: Context): AuthParams {
    const b = ctx.kv('auth').get(AuthKeys.params);
    return b ? parsedParams.get(b) : DEFAULT_AUTH_PARAMS;
  }

  setParams(ctx: Context, p: AuthParams): void {
    ctx.kv('auth').set(AuthKeys.params, utf8(JSON.stringify(p)));
  }

  getAccount(ctx: Context, address: string): Account | undefined {
    const b = ctx.kv('auth').getBin(AuthKeys.accountBin(parseAddressBin(address)));
    // A signer's account is read for its signature work, at CheckTx and in its block: decoded once.
    return b ? decodedAccounts.get(b) : undefined;
  }

  hasAccount(ctx: Context, address: string): boolean {
    return ctx.kv('auth').hasBin(AuthKeys.accountBin(parseAddressBin(address)));
  }

  setAccount(ctx: Context, a: Account): void {
    // A record dropped at the next commit may be a pooled slice rather than an array of its own
    // (over 64 bytes, that is an off-heap allocation, ~2 µs, at CheckTx and again at re-check).
    ctx.kv('auth').setBin(AuthKeys.accountBin(parseAddressBin(a.address)), encodeAccount(a, ctx.writesDroppedAtCommit));
  }

  /** Creates the account with the next account number (as on first receipt of funds). */
  createAccount(ctx: Context, address: string): Account {
    const a: Account = { address, pubKey: undefined, accountNumber: this.nextAccountNumber(ctx), sequence: 0n };
    this.setAccount(ctx, a);
    return a;
  }

  ensureAccount(ctx: Context, address: string): Account {
    return this.getAccount(ctx, address) ?? this.createAccount(ctx, address);
  }

  peekNextAccountNumber(ctx: Context): bigint {
    const b = ctx.kv('auth').get(AuthKeys.nextAccountNumber);
    return b ? readU64be(b) : 0n;
  }

  private nextAccountNumber(ctx: Context): bigint {
    const n = this.peekNextAccountNumber(ctx);
    ctx.kv('auth').set(AuthKeys.nextAccountNumber, u64be(n + 1n));
    return n;
  }

  setNextAccountNumber(ctx: Context, n: bigint): void {
    ctx.kv('auth').set(AuthKeys.nextAccountNumber, u64be(n));
  }

  /** Every account, in address-byte order. */
  *accounts(ctx: Context): IterableIterator<Account> {
    const kv = ctx.kv('auth');
    const prefix = AuthKeys.accountPrefix;
    for (const [, v] of kv.iterator(prefix, Uint8Array.of(prefix[0]! + 1))) yield decodeAccount(v);
  }
}

export { toAddress };
