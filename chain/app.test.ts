import { describe, expect, it } from '@jest/globals';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TestChain } from '../test/harness/chain.js';
import { sha256 } from './hash.js';

describe('App.recheckTx', () => {
  const setup = () => {
    const chain = TestChain.create();
    const alice = chain.account('alice');
    const bob = chain.account('bob');
    const send = (sequence: number, amount = '1') =>
      chain.signTx(alice, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: alice.address, toAddress: bob.address, amount: [{ denom: 'uaivm', amount }] }).finish() }], { sequence: BigInt(sequence) });
    return { chain, send };
  };

  it('gives the verdict and CheckTx-state writes of checkTx, without events', () => {
    const { chain, send } = setup();
    const [tx0, tx1, tx2] = [send(0), send(1), send(2)];
    const checked = chain.app.checkTx(tx0, sha256(tx0));
    expect(checked.code).toBe(0);
    expect(checked.events.map((e) => e.type)).toContain('tx');
    // A block without tx0 starts CheckTx state afresh; the re-check puts tx0's sequence back.
    chain.deliverBlock([]);
    const rechecked = chain.app.recheckTx(tx0, sha256(tx0));
    expect(rechecked).toMatchObject({ code: 0, gasWanted: checked.gasWanted, gasUsed: checked.gasUsed });
    expect(rechecked.events).toEqual([]);
    expect(chain.app.checkTx(tx1, sha256(tx1)).code).toBe(0);
    // And it refuses what checkTx refuses, with the same code: tx2's sequence is not next yet
    // once a block has used sequences 0 and 1 with other bytes.
    chain.deliverBlock([send(0, '2'), send(1, '2')]);
    const again = chain.app.recheckTx(tx0, sha256(tx0));
    expect(again.code).toBe(chain.app.checkTx(tx0, sha256(tx0)).code);
    expect(again.code).not.toBe(0);
    expect(chain.app.recheckTx(tx2, sha256(tx2)).code).toBe(0);
  });
});

describe('App.checkTx without events (broadcast_tx_sync)', () => {
  it('gives the same verdict, gas and CheckTx-state writes as with events, and builds none', () => {
    const withEvents = TestChain.create();
    const without = TestChain.create();
    const send = (chain: TestChain, sequence: number) => {
      const alice = chain.account('alice');
      const bob = chain.account('bob');
      return chain.signTx(alice, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: alice.address, toAddress: bob.address, amount: [{ denom: 'uaivm', amount: '1' }] }).finish() }], { sequence: BigInt(sequence) });
    };
    // Sequence 0 passes, 0 again fails on its used sequence, 5 fails on a gap: each with the same
    // code and gas either way, and the sequence bump of the first one kept in CheckTx state.
    const codes: number[] = [];
    for (const sequence of [0, 0, 5, 1]) {
      const a = send(withEvents, sequence);
      const b = send(without, sequence);
      const r = withEvents.app.checkTx(a, sha256(a));
      const q = without.app.checkTx(b, sha256(b), { events: false });
      expect(q).toMatchObject({ code: r.code, codespace: r.codespace, log: r.log, gasWanted: r.gasWanted, gasUsed: r.gasUsed });
      expect(q.events).toEqual([]);
      if (r.code === 0) expect(r.events.length).toBeGreaterThan(0);
      codes.push(q.code);
    }
    expect(codes).toEqual([0, 32, 32, 0]);
    // Both kept the bumps of sequences 0 and 1: 2 is next in both.
    const a = send(withEvents, 2);
    const b = send(without, 2);
    expect(withEvents.app.checkTx(a, sha256(a)).code).toBe(0);
    expect(without.app.checkTx(b, sha256(b), { events: false }).code).toBe(0);
  });
});
