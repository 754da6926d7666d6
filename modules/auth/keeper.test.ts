import { describe, expect, it } from '@jest/globals';
import { TestChain } from '../../test/harness/chain.js';

describe('auth keeper', () => {
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
});
