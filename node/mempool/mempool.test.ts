import { describe, expect, it } from '@jest/globals';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { AuthInfo, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { BlockStore } from '../../chain/block/store.js';
import { toBin } from '../../chain/bytes.js';
import { sha256 } from '../../chain/hash.js';
import { TestChain, type TestAccount } from '../../test/harness/chain.js';
import { silentLogger } from '../log.js';
import { NodeMetrics } from '../metrics.js';
import { Mempool, type AddResult } from './mempool.js';
import type { SignatureVerifier } from './verify-pool.js';

// Unit test: the chain runs in memory and the block store only answers "not committed" (the
// mempool consults it only to explain a replay).
const noBlocks = { txLocation: async () => undefined } as unknown as BlockStore;

function setup() {
  const chain = TestChain.create();
  const metrics = new NodeMetrics(false);
  const mempool = new Mempool(chain.app, noBlocks, { max_txs: 1000, max_bytes: 1 << 20 }, silentLogger, metrics);
  const alice = chain.account('alice');
  const bob = chain.account('bob');
  const send = (sequence: number, amount = '1') =>
    chain.signTx(alice, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: alice.address, toAddress: bob.address, amount: [{ denom: 'uaivm', amount }] }).finish() }], { sequence: BigInt(sequence) });
  const counter = async (name: string) => (await metrics.registry.getSingleMetric(name)!.get()).values[0]?.value;
  return { chain, mempool, send, counter };
}

describe('mempool', () => {
  it('after a block, keeps the txs that still pass CheckTx and drops those the block made invalid', async () => {
    const { chain, mempool, send, counter } = setup();
    const tx0 = send(0);
    const tx1 = send(1);
    expect((await mempool.add(tx0)).result.code).toBe(0);
    expect((await mempool.add(tx1)).result.code).toBe(0);
    // Another node's block used alice's sequence 0 with other bytes: tx0 is committed elsewhere
    // in spirit, so tx0 (sequence 0) must go; tx1 (sequence 1) is still next in line.
    const rival = send(0, '2');
    expect(chain.deliverBlock([rival]).results.map((r) => r.code)).toEqual([0]);
    await mempool.update([sha256(rival)]);
    expect(mempool.txs(10).map((t) => Buffer.from(sha256(t)).toString('hex'))).toEqual([Buffer.from(sha256(tx1)).toString('hex')]);
    // Operators see the re-check load and what it dropped.
    expect(await counter('aivm_mempool_rechecked_txs_total')).toBe(2);
    expect(await counter('aivm_mempool_recheck_dropped_txs_total')).toBe(1);
    expect(chain.deliverBlock(mempool.reap(10, 1 << 20)).results.map((r) => r.code)).toEqual([0]);
  });

  it('reaps txs in arrival order with their hashes, within the limits', async () => {
    const { mempool, send } = setup();
    const txs = [send(0), send(1), send(2)];
    for (const tx of txs) expect((await mempool.add(tx)).result.code).toBe(0);
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    const all = mempool.reapWithHashes(10, 1 << 20);
    expect(all.txs).toEqual(txs);
    expect(all.hashes.map(hex)).toEqual(txs.map((t) => hex(sha256(t))));
    const two = mempool.reapWithHashes(2, 1 << 20);
    expect(two.txs).toEqual(txs.slice(0, 2));
    expect(two.hashes.map(hex)).toEqual(txs.slice(0, 2).map((t) => hex(sha256(t))));
    expect(mempool.reapWithHashes(10, txs[0]!.length).txs).toEqual([txs[0]]);
  });

  it('forgets the signature check of a tx once its block ran it', async () => {
    const { chain, mempool, send } = setup();
    const tx0 = send(0);
    expect((await mempool.add(tx0)).result.code).toBe(0);
    expect(chain.app.sigCache.has(sha256(tx0))).toBe(true);
    chain.deliverBlock(mempool.reap(10, 1 << 20));
    await mempool.update([sha256(tx0)]);
    expect(chain.app.sigCache.has(sha256(tx0))).toBe(false);
    expect(mempool.size).toBe(0);
  });

  it('checks a tx that arrives during the re-check after the txs left from before, whatever the slicing', async () => {
    const { chain, mempool, send } = setup();
    // Enough left-over txs for the re-check to yield to the event loop several times.
    const left = Array.from({ length: 300 }, (_, i) => send(i + 1));
    const first = send(0);
    for (const tx of [first, ...left]) expect((await mempool.add(tx)).result.code).toBe(0);
    expect(chain.deliverBlock([first]).results.map((r) => r.code)).toEqual([0]);
    const rechecked = mempool.update([sha256(first)]);
    // Sent while the re-check runs: its sequence (301) is only right once all 300 are re-checked.
    const late = mempool.add(send(301));
    expect(await rechecked).toBe(300);
    expect((await late).result).toMatchObject({ code: 0 });
    expect(mempool.size).toBe(301);
    expect(chain.deliverBlock(mempool.reap(1000, 1 << 20)).results.every((r) => r.code === 0)).toBe(true);
  });

  it("checks each account's txs in the order they arrived, and no account's behind another's signature check", async () => {
    const chain = TestChain.create();
    const [alice, bob, carol] = [chain.account('alice'), chain.account('bob'), chain.account('carol')];
    // A verifier that holds alice's signature checks until released (a busy worker, say).
    let release!: () => void;
    const aliceVerified = new Promise<void>((r) => (release = r));
    const verifier: SignatureVerifier = {
      verify: async (items) => {
        if (items.some((it) => toBin(it.pubKey) === toBin(alice.key.publicKey))) await aliceVerified;
        return items.map(() => true);
      },
    };
    const mempool = new Mempool(chain.app, noBlocks, { max_txs: 1000, max_bytes: 1 << 20 }, silentLogger, undefined, verifier);
    const pay = (from: TestAccount, to: TestAccount, sequence: number) =>
      chain.signTx(from, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: from.address, toAddress: to.address, amount: [{ denom: 'uaivm', amount: '1' }] }).finish() }], { sequence: BigInt(sequence) });
    const order: string[] = [];
    const codes = new Map<string, number>();
    const add = (name: string, tx: Uint8Array) =>
      mempool.add(tx).then((r: AddResult) => {
        order.push(name);
        codes.set(name, r.result.code);
      });
    const settle = () => new Promise((r) => setTimeout(r, 20));

    const alice01 = [add('alice 0', pay(alice, bob, 0)), add('alice 1', pay(alice, bob, 1))];
    await add('bob 0', pay(bob, alice, 0));
    await settle();
    expect(order).toEqual(['bob 0']);
    // A tx that does not carry its signer's key could be anyone's: it waits for every tx before
    // it, and every tx after it waits for it.
    const raw = TxRaw.decode(pay(bob, alice, 1));
    const authInfo = AuthInfo.decode(raw.authInfoBytes);
    authInfo.signerInfos[0]!.publicKey = undefined;
    const anonymous = add('keyless', TxRaw.encode({ ...raw, authInfoBytes: AuthInfo.encode(authInfo).finish() }).finish());
    const carol0 = add('carol 0', pay(carol, alice, 0));
    await settle();
    expect(order).toEqual(['bob 0']);

    release();
    await Promise.all([...alice01, anonymous, carol0]);
    expect(order).toEqual(['bob 0', 'alice 0', 'alice 1', 'keyless', 'carol 0']);
    expect([...codes].filter(([, c]) => c !== 0).map(([n]) => n)).toEqual(['keyless']);
    // The mempool keeps them in the order they passed, each account's in sequence order.
    expect(mempool.txs(10).length).toBe(4);
    expect(chain.deliverBlock(mempool.reap(10, 1 << 20)).results.map((r) => r.code)).toEqual([0, 0, 0, 0]);
  });
});
