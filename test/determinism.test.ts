// App-hash determinism: the same blocks replayed into fresh stores five times give the same app
// hash at every height — four in-memory states and one real LevelDB database on disk.
import { afterAll, describe, expect, it } from '@jest/globals';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '../chain/app.js';
import { BlockExecution, executeBlock, type ExecutedBlock } from '../chain/block/executor.js';
import { execTxResult } from '../chain/block/result-encoding.js';
import type { Block } from '../chain/block/hashing.js';
import { toHex } from '../chain/bytes.js';
import { sha256 } from '../chain/hash.js';
import { ChainDB, type BatchOp } from '../chain/store/chain-db.js';
import { StateDB } from '../chain/store/state-db.js';
import { createApp } from '../modules/index.js';
import { types } from '../proto/index.js';
import { TestChain } from './harness/chain.js';

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Builds 30 blocks of random sends (some failing) with the harness; returns them and the hashes. */
function makeBlocks(seed: number) {
  const r = rng(seed);
  const names = Array.from({ length: 12 }, (_, i) => `u${i}`);
  const chain = TestChain.create({ accounts: names, balance: '1000000' });
  const extra = Array.from({ length: 5 }, (_, i) => chain.newAccount(`new${i}`));
  const blocks: Block[] = [];
  const hashes: string[] = [];
  for (let h = 0; h < 30; h++) {
    const txs: Uint8Array[] = [];
    const seqs = new Map<string, bigint>();
    const n = Math.floor(r() * 8);
    for (let i = 0; i < n; i++) {
      const from = chain.account(names[Math.floor(r() * names.length)]!);
      const to = r() < 0.2 ? extra[Math.floor(r() * extra.length)]! : chain.account(names[Math.floor(r() * names.length)]!);
      // Sometimes more than the balance: the msg fails, fee and sequence stay.
      const amount = r() < 0.1 ? '99999999' : String(1 + Math.floor(r() * 1000));
      const seq = seqs.get(from.address) ?? chain.nextSequence(from.address);
      seqs.set(from.address, seq + 1n);
      txs.push(
        chain.signTx(from, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: from.address, toAddress: to.address, amount: [{ denom: 'uaivm', amount }] }).finish() }], {
          sequence: seq,
          gasLimit: 200_000,
          fee: [{ denom: 'uaivm', amount: '5000' }],
        }),
      );
    }
    const height = chain.height + 1;
    const block = types.Block.create({
      header: types.Header.create({ chainId: chain.chainId, height, time: { seconds: 1_800_000_000 + height, nanos: 0 }, proposerAddress: new Uint8Array(20) }),
      txs,
    });
    const exec = executeBlock(chain.app, block);
    exec.prepared.apply();
    blocks.push(block);
    hashes.push(toHex(exec.prepared.appHash));
  }
  return { chain, blocks, hashes };
}

function replayInMemory(genesisChain: TestChain, blocks: Block[]): string[] {
  const { app } = createApp(StateDB.inMemory(), genesisChain.chainId);
  app.initChain(genesisChain.genesis).apply();
  return replay(app, blocks);
}

function replay(app: App, blocks: Block[]): string[] {
  return blocks.map((b) => {
    const exec = executeBlock(app, b);
    exec.prepared.apply();
    return toHex(exec.prepared.appHash);
  });
}

describe('determinism', () => {
  it('replaying the same blocks into 5 fresh stores gives the same app hash at every height', async () => {
    const { chain, blocks, hashes } = makeBlocks(42);
    expect(new Set(hashes).size).toBeGreaterThan(20); // the state really changes block to block
    for (let i = 0; i < 4; i++) expect(replayInMemory(chain, blocks)).toEqual(hashes);

    // The fifth replay persists every block to LevelDB and reloads the state from disk midway.
    const dir = mkdtempSync(join(tmpdir(), 'aivm-determinism-'));
    dirs.push(dir);
    let db = await ChainDB.open(dir);
    let state = await StateDB.load(db);
    let { app } = createApp(state, chain.chainId);
    const init = app.initChain(chain.genesis);
    await db.write(init.ops);
    init.apply();
    const got: string[] = [];
    for (let i = 0; i < blocks.length; i++) {
      if (i === 15) {
        await db.close();
        db = await ChainDB.open(dir);
        state = await StateDB.load(db);
        ({ app } = createApp(state, chain.chainId, { lastHeight: i }));
        expect(toHex(app.appHash)).toBe(hashes[i - 1]);
      }
      const exec = executeBlock(app, blocks[i]!);
      await db.write(exec.prepared.ops);
      exec.prepared.apply();
      got.push(toHex(exec.prepared.appHash));
    }
    await db.close();
    expect(got).toEqual(hashes);
  });

  it('a block executed in slices of any size gives the same app hash, writes, results bytes and index as in one go', () => {
    const { chain, blocks } = makeBlocks(7);
    // Plus a tx that does not decode in every third block: its result is an error, still indexed.
    const withJunk = blocks.map((b, i) => (i % 3 ? b : types.Block.create({ header: b.header, txs: [...b.txs, Uint8Array.of(0x0a, 0xff, 0x01)] })));
    const fresh = () => {
      const { app } = createApp(StateDB.inMemory(), chain.chainId);
      app.initChain(chain.genesis).apply();
      return app;
    };
    const hex = (ops: readonly BatchOp[]) => ops.map((o) => `${toHex(o.key)}=${o.type === 'put' ? toHex(o.value) : 'del'}`);
    const view = (e: ExecutedBlock) => {
      const indexOps: BatchOp[] = [];
      e.index.appendOps(indexOps);
      return { appHash: toHex(e.prepared.appHash), state: hex(e.prepared.ops), results: toHex(e.encodedResults), index: hex(indexOps) };
    };
    const whole = fresh();
    const apps = [1, 3, 1000].map((max) => ({ max, app: fresh() }));
    let sawSlicedHash = false;
    for (const b of withJunk) {
      const w = executeBlock(whole, b);
      // The results bytes are exactly the generated encoder's (the next header commits to them).
      const results = { height: Number(b.header!.height), txResults: w.txResults.map(execTxResult), finalizeBlockEvents: w.blockEvents.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ ...a })) })), appHash: w.prepared.appHash };
      expect(toHex(w.encodedResults)).toBe(toHex(types.BlockResults.encode(results).finish()));
      for (const { max, app } of apps) {
        // With the txs' hashes handed over (as a node does for blocks it built or checked) or not.
        const exec = new BlockExecution(app, b, max === 3 ? b.txs.map((t) => sha256(t)) : undefined);
        let slices = 1;
        while (!exec.step(max)) slices++;
        if (max === 1 && slices > b.txs.length + 2) sawSlicedHash = true;
        const e = exec.finish();
        expect(view(e)).toEqual(view(w));
        e.prepared.apply();
      }
      w.prepared.apply();
    }
    expect(sawSlicedHash).toBe(true); // the app hash itself took several slices
  });

  it('refuses tx hashes that do not line up with the block', () => {
    const { chain, blocks } = makeBlocks(3);
    const { app } = createApp(StateDB.inMemory(), chain.chainId);
    app.initChain(chain.genesis).apply();
    const b = blocks.find((x) => x.txs.length > 1)!;
    expect(() => new BlockExecution(app, b, b.txs.slice(1).map((t) => sha256(t)))).toThrow(/tx hashes for a block of/);
  });

    it('different blocks give different app hashes', () => {
    expect(makeBlocks(1).hashes.at(-1)).not.toBe(makeBlocks(2).hashes.at(-1));
  });
});
