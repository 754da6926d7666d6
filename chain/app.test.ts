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
