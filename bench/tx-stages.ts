// Where a bank send's CPU goes in the deterministic core, one process and one thread: no HTTP,
// no worker threads, no disk (in-memory state). Each stage is timed over whole blocks of
// pre-signed txs and reported per tx and as a multiple of one secp256k1 verification measured in
// the same run, the cost the node's worker threads pay per tx.
//
//   npm run bench:stages            (BENCH_ACCOUNTS=3000, BENCH_BLOCKS=5; the first block warms up)
import '../node/polyfills.js';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { BlockExecution } from '../chain/block/executor.js';
import { decodeExecTxResult } from '../chain/block/result-encoding.js';
import { BlockStore } from '../chain/block/store.js';
import type { ChainDB } from '../chain/store/chain-db.js';
import { sha256 } from '../chain/hash.js';
import { buildSignedTx } from '../client/signing/tx-builder.js';
import { types } from '../proto/index.js';
import { TestChain } from '../test/harness/chain.js';
import { makeVerifyCases, verifyRateOneThread } from './ceiling.js';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 3000);
const BLOCKS = Math.max(2, Number(process.env.BENCH_BLOCKS ?? 5));
const CHAIN_ID = 'aivm-bench-1';

const names = Array.from({ length: ACCOUNTS }, (_, i) => `a${i}`);
const chain = TestChain.create({ accounts: names, chainId: CHAIN_ID });
const app = chain.app;
const recipient = chain.account('a0').address;
const blocks: Uint8Array[][] = [];
for (let seq = 0; seq < BLOCKS; seq++) {
  blocks.push(
    names.map((n) => {
      const a = chain.account(n);
      const msg = MsgSend.encode({ fromAddress: a.address, toAddress: recipient, amount: [{ denom: 'uaivm', amount: '1' }] }).finish();
      return buildSignedTx(a.key, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: msg }], {
        chainId: CHAIN_ID,
        accountNumber: chain.accountNumber(a.address),
        sequence: seq,
        gasLimit: 100_000,
        fee: [{ denom: 'uaivm', amount: '2500' }],
      });
    }),
  );
}

const stages = ['signature work (decode, sign bytes)', 'CheckTx (signature cached)', 'deliver (+ result encoding, index)', 'end block + app hash', 'block batch ops', 'apply'] as const;
// commitOps only builds the block's batch operations: it reads nothing from the database.
const blockStore = new BlockStore(undefined as unknown as ChainDB);
const spent = new Map<string, number>(stages.map((s) => [s, 0]));
let time = 1_800_000_000;
let measuredTxs = 0;
blocks.forEach((txs, i) => {
  const warm = i > 0;
  const lap = (stage: (typeof stages)[number], t0: number) => {
    const t1 = performance.now();
    if (warm) spent.set(stage, spent.get(stage)! + (t1 - t0));
    return t1;
  };
  let t = performance.now();
  const hashes = txs.map((b) => sha256(b));
  txs.forEach((tx, j) => {
    app.signatureWork(tx, hashes[j]!);
    app.sigCache.add(hashes[j]!); // what the worker threads' answer does
  });
  t = lap(stages[0], t);
  txs.forEach((tx, j) => {
    const r = app.checkTx(tx, hashes[j]!, { events: false }); // as for broadcast_tx_sync
    if (r.code !== 0) throw new Error(`CheckTx failed: ${r.log}`);
  });
  t = lap(stages[1], t);
  const header = types.Header.create({ chainId: CHAIN_ID, height: app.height + 1, time: { seconds: time++, nanos: 0 }, proposerAddress: new Uint8Array(20) });
  // As a node runs it: results kept encoded only.
  const exec = new BlockExecution(app, types.Block.create({ header, txs }), undefined, { keepTxResults: false });
  exec.step(Infinity);
  t = lap(stages[2], t);
  const done = exec.finish();
  t = lap(stages[3], t);
  const ops = blockStore.commitOps(types.Block.create({ header, txs }), types.Commit.create({ height: header.height }), done.encodedResults, done.index);
  if (ops.length <= txs.length) throw new Error('the block batch misses the tx index');
  t = lap(stages[4], t);
  done.prepared.apply();
  lap(stages[5], t);
  if (done.encodedTxResults.some((r) => decodeExecTxResult(r).code !== 0)) throw new Error('a tx failed in its block');
  if (warm) measuredTxs += txs.length;
});

const verifyUs = 1e6 / verifyRateOneThread(makeVerifyCases(200, 10), 2);
let total = 0;
console.log(`bank sends from ${ACCOUNTS} accounts, ${BLOCKS - 1} measured blocks of ${ACCOUNTS} txs; one secp256k1 verification (node:crypto, one thread): ${verifyUs.toFixed(0)} µs`);
for (const s of stages) {
  const us = (spent.get(s)! * 1000) / measuredTxs;
  total += us;
  console.log(`  ${s.padEnd(38)} ${us.toFixed(1).padStart(7)} µs/tx  (${(us / verifyUs).toFixed(2)} verifications)`);
}
console.log(`  ${'total'.padEnd(38)} ${total.toFixed(1).padStart(7)} µs/tx  (${(total / verifyUs).toFixed(2)} verifications)`);
