import { describe, expect, it } from '@jest/globals';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { randomBytes } from 'node:crypto';
import { TestChain } from '../../test/harness/chain.js';
import { parseAddress, parseAddressBin } from '../../chain/address.js';
import { toBin } from '../../chain/bytes.js';
import { BankKeys } from '../bank/keys.js';
import { decodeAccount, encodeAccount, SECP256K1_PUBKEY_TYPE, type Account } from './keeper.js';
import { AuthKeys } from './keys.js';

describe('auth keeper', () => {
  it('builds the binary-string account and balance keys byte-identical to the byte keys', () => {
    const chain = TestChain.create();
    const alice = chain.account('alice').address;
    expect(parseAddressBin(alice)).toBe(toBin(parseAddress(alice)));
    expect(AuthKeys.accountBin(parseAddressBin(alice))).toBe(toBin(AuthKeys.account(parseAddress(alice))));
    for (const denom of ['uaivm', 'ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2', 'ünï', '€']) {
      expect(BankKeys.balanceBin(parseAddressBin(alice), denom)).toBe(toBin(BankKeys.balance(parseAddress(alice), denom)));
    }
    expect(() => parseAddressBin('aivm1notanaddress')).toThrow(/not a valid bech32 address/);
  });

  it('reads the account as last written, through every write, in nested branches too', () => {
    const chain = TestChain.create();
    const auth = chain.keepers.auth;
    const ctx = chain.ctx();
    const alice = chain.account('alice').address;
    const first = auth.getAccount(ctx, alice)!;
    expect(auth.getAccount(ctx, alice)).toEqual(first);
    for (let i = 1n; i <= 5n; i++) {
      auth.setAccount(ctx, { ...first, sequence: first.sequence + i });
      expect(auth.getAccount(ctx, alice)!.sequence).toBe(first.sequence + i);
    }
    // The decoded account for one stored value is shared by its readers (it is read-only): a new
    // write stores new bytes, and an account read before keeps what it read.
    const a = auth.getAccount(ctx, alice)!;
    auth.setAccount(ctx, { ...a, sequence: 100n });
    expect(a.sequence).toBe(first.sequence + 5n);
    expect(auth.getAccount(ctx, alice)!.sequence).toBe(100n);
  });

  it('encodes an account record byte-identically to cosmjs-types BaseAccount, and decodes it back', () => {
    const reference = (a: Account) =>
      BaseAccount.encode({
        address: a.address,
        pubKey: a.pubKey ? Any.fromPartial({ typeUrl: SECP256K1_PUBKEY_TYPE, value: PubKey.encode({ key: a.pubKey }).finish() }) : undefined,
        accountNumber: a.accountNumber,
        sequence: a.sequence,
      }).finish();
    const addresses = ['', 'aivm1qqqsyqcyq5rqwzqfsyqcyq5rqwzqfsyqcyq5rq', 'aivm1' + 'q'.repeat(120)];
    const keys = [undefined, new Uint8Array(), new Uint8Array(randomBytes(33))];
    const numbers = [0n, 1n, 127n, 128n, 300n, 2n ** 32n, 2n ** 64n - 1n];
    for (const address of addresses) {
      for (const pubKey of keys) {
        for (const accountNumber of numbers) {
          for (const sequence of numbers) {
            const a: Account = { address, pubKey, accountNumber, sequence };
            const bytes = encodeAccount(a);
            expect(Buffer.from(bytes).toString('hex')).toBe(Buffer.from(reference(a)).toString('hex'));
            // The CheckTx form (a slice of Node's pooled slab) holds the same bytes; the kept form has an array of its own.
            expect(Buffer.from(encodeAccount(a, true)).toString('hex')).toBe(Buffer.from(bytes).toString('hex'));
            expect(bytes.buffer.byteLength).toBe(bytes.length);
            if (pubKey?.length !== 0) expect(decodeAccount(bytes)).toEqual(a);
          }
        }
      }
    }
  });
});
