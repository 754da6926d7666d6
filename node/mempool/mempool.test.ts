import { describe, expect, it } from '@jest/globals';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import type { BlockStore } from '../../chain/block/store.js';
import { sha256 } from '../../chain/hash.js';
import { TestChain } from '../../test/harness/chain.js';
import { silentLogger } from '../log.js';
import { Mempool } from './mempool.js';

// Unit test: the chain runs in memory and the block store only answers "not committed" (the
// mempool consults it only to explain a replay).
const noBlocks = { txLocation: async () => undefined } as unknown as BlockStore;

function setup() {
  const chain = TestChain.create();
  const mempool = new Mempool(chain.app, noBlocks, { max_txs: 1000, max_bytes: 1 << 20 }, silentLogger);
  const alice = chain.account('alice');
  const bob = chain.account('bob');
  const send = (sequence: number, amount = '1') =>
    chain.signTx(alice, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: alice.address, toAddress: bob.address, amount: [{ denom: 'uaivm', amount }] }).finish() }], { sequence: BigInt(sequence) });
  return { chain, mempool, send };
}

const ticks = () => new Promise((r) => setTimeout(r, 20));

describe('mempool', () => {
  it('holds CheckTx while a block commits, then checks the held txs once, in arrival order, against the new state', async () => {
    const { chain, mempool, send } = setup();
    const tx0 = send(0);
    expect((await mempool.add(tx0)).result.code).toBe(0);

    // The driver holds checks while it executes and commits a block with tx0.
    const release = mempool.holdChecks();
    const held = [mempool.add(send(1)), mempool.add(send(2))];
    await ticks();
    expect(mempool.size).toBe(1);
    const block = chain.deliverBlock(mempool.reap(10, 1 << 20));
    expect(block.results.map((r) => r.code)).toEqual([0]);
    mempool.update([sha256(tx0)]);
    expect(mempool.size).toBe(0);
    release();

    const results = await Promise.all(held);
    expect(results.map((r) => r.result.code)).toEqual([0, 0]);
    expect(mempool.size).toBe(2);
    // Checked once, after the block: the next block takes both, in sequence order.
    expect(chain.deliverBlock(mempool.reap(10, 1 << 20)).results.map((r) => r.code)).toEqual([0, 0]);
  });

  it('rejects a held tx whose sequence the committed block used', async () => {
    const { chain, mempool, send } = setup();
    const tx0 = send(0);
    expect((await mempool.add(tx0)).result.code).toBe(0);
    const release = mempool.holdChecks();
    const again = mempool.add(send(0, '2')); // another tx with the same sequence
    chain.deliverBlock([tx0]);
    mempool.update([sha256(tx0)]);
    release();
    const r = await again;
    expect(r.result.codespace).toBe('sdk');
    expect(r.result.log).toMatch(/sequence/);
    expect(mempool.size).toBe(0);
  });

  it('forgets the signature check of a tx once its block ran it', async () => {
    const { chain, mempool, send } = setup();
    const tx0 = send(0);
    expect((await mempool.add(tx0)).result.code).toBe(0);
    expect(chain.app.sigCache.has(sha256(tx0))).toBe(true);
    chain.deliverBlock(mempool.reap(10, 1 << 20));
    expect(chain.app.sigCache.has(sha256(tx0))).toBe(false);
  });
});
