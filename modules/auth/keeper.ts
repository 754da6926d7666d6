import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { parseAddressBin, toAddress } from '../../chain/address.js';
import { fromUtf8, readU64be, u64be, utf8 } from '../../chain/bytes.js';
import type { Context } from '../../chain/context.js';
import { delimitedFieldSize, FieldWriter, nestedFieldSize, uint64FieldSize } from '../../chain/proto-fields.js';
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

export function decodeAccount(b: Uint8Array): Account {
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
