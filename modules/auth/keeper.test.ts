import { describe, expect, it } from '@jest/globals';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { randomBytes } from 'node:crypto';
import { TestChain } from '../../test/harness/chain.js';
import { mulberry32 } from '../../test/harness/prng.js';
import { parseAddress, parseAddressBin } from '../../chain/address.js';
import { toBin } from '../../chain/bytes.js';
import { BankKeys } from '../bank/keys.js';
import { decodeAccount, decodeAccountGenerated, encodeAccount, SECP256K1_PUBKEY_TYPE, type Account } from './keeper.js';
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

  it('decodes any record, canonical or not, as the generated BaseAccount decoder reads it', () => {
    // The reference: cosmjs-types' decoder (what decodeAccount falls back to off the fast path).
    const reference = (b: Uint8Array): Account | string => {
      try {
        return decodeAccountGenerated(b);
      } catch {
        return 'throws';
      }
    };
    const ours = (b: Uint8Array): Account | string => {
      try {
        return decodeAccount(b);
      } catch {
        return 'throws';
      }
    };
    const rand = mulberry32(42);
    const int = (n: number) => Math.floor(rand() * n);
    const numbers = [0n, 1n, 127n, 128n, 2n ** 49n - 1n, 2n ** 49n, 2n ** 56n + 3n, 2n ** 63n, 2n ** 64n - 1n];
    let mutated = 0;
    for (let i = 0; i < 3000; i++) {
      const a: Account = {
        address: int(5) === 0 ? 'aivm1ünï' : 'aivm1' + 'q'.repeat(int(60)),
        pubKey: int(4) === 0 ? undefined : new Uint8Array(randomBytes(33)),
        accountNumber: int(3) === 0 ? numbers[int(numbers.length)]! : BigInt(int(100_000)),
        sequence: int(3) === 0 ? numbers[int(numbers.length)]! : BigInt(int(1000)),
      };
      const bytes = encodeAccount(a);
      expect(decodeAccount(bytes)).toEqual(a);
      // Truncated, with a byte changed, or with something appended (an unknown field, another
      // number): the same reading as the generated decoder, or the same refusal.
      const variants = [
        bytes.subarray(0, int(bytes.length)),
        Uint8Array.from(bytes, (x, j) => (j === int(bytes.length) ? int(256) : x)),
        Uint8Array.from([...bytes, 0x28, int(128)]),
        Uint8Array.from([...bytes, 0x20, int(128)]),
        Uint8Array.from([...bytes.subarray(0, bytes.length - 1), 0x80 | bytes[bytes.length - 1]!, 0x01]),
      ];
      for (const v of variants) {
        expect(ours(v)).toEqual(reference(v));
        mutated++;
      }
    }
    expect(mutated).toBe(15_000);
  });
});
