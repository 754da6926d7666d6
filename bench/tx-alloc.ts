// Which code allocates on the JS heap during one stage of a bank send, per tx: V8's sampling heap
// profiler (keeping objects the young and old collections freed) over the last of three blocks of
// 1,500 pre-signed txs, in one process. Allocation drives the node's GC cost under load (see
// docs/benchmarks.md); this shows where it comes from.
//
//   BENCH_STAGE=work|check|deliver npx tsx bench/tx-alloc.ts     (deliver includes end block + app hash)
import '../node/polyfills.js';
import { Session } from 'node:inspector/promises';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { sha256 } from '../chain/hash.js';
import { buildSignedTx } from '../client/signing/tx-builder.js';
import { TestChain } from '../test/harness/chain.js';
import { BlockExecution } from '../chain/block/executor.js';
import { types } from '../proto/index.js';
const N = 1500, CHAIN_ID = 'aivm-bench-1';
const names = Array.from({ length: N }, (_, i) => `a${i}`);
const chain = TestChain.create({ accounts: names, chainId: CHAIN_ID });
const app = chain.app;
const recipient = chain.account('a0').address;
const mk = (seq: number) => names.map((n) => { const a = chain.account(n); return buildSignedTx(a.key, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: a.address, toAddress: recipient, amount: [{ denom: 'uaivm', amount: '1' }] }).finish() }], { chainId: CHAIN_ID, accountNumber: chain.accountNumber(a.address), sequence: seq, gasLimit: 100_000, fee: [{ denom: 'uaivm', amount: '2500' }] }); });
const blocks = [mk(0), mk(1), mk(2)];
const s = new Session(); s.connect();
let time = 1_800_000_000;
const stage = process.env.BENCH_STAGE ?? 'check';
if (!['work', 'check', 'deliver'].includes(stage)) throw new Error(`BENCH_STAGE must be work, check or deliver, not ${stage}`);
for (let i = 0; i < blocks.length; i++) {
  const txs = blocks[i]!; const last = i === blocks.length - 1;
  const hashes = txs.map((b) => sha256(b));
  if (last && stage === 'work') await s.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as any);
  txs.forEach((tx, j) => { app.signatureWork(tx, hashes[j]!); app.sigCache.add(hashes[j]!); });
  if (last && stage === 'work') break;
  if (last && stage === 'check') await s.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as any);
  txs.forEach((tx, j) => app.checkTx(tx, hashes[j]!, { events: false })); // as for broadcast_tx_sync
  if (last && stage === 'check') break;
  if (last && stage === 'deliver') await s.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as any);
  const header = types.Header.create({ chainId: CHAIN_ID, height: app.height + 1, time: { seconds: time++, nanos: 0 }, proposerAddress: new Uint8Array(20) });
  const exec = new BlockExecution(app, types.Block.create({ header, txs }), undefined, { keepTxResults: false });
  exec.step(Infinity);
  const done = exec.finish();
  if (last) break;
  done.prepared.apply();
}
const { profile } = await s.post('HeapProfiler.stopSampling');
const self = new Map<string, number>();
let total = 0;
const walk = (n: any, stack: string[]) => {
  const cf = n.callFrame; const name = `${cf.functionName || '(anon)'} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber}`;
  const st = [...stack, name];
  if (n.selfSize) { const key = st.slice(-3).reverse().join(' < '); self.set(key, (self.get(key) ?? 0) + n.selfSize); total += n.selfSize; }
  for (const c of n.children) walk(c, st);
};
walk(profile.head, []);
console.log(`${stage}: ${(total / N).toFixed(0)} B/tx allocated (sampled every 256 B); the largest sites, innermost frame first:`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(v / N).toFixed(0).padStart(7)} B/tx  ${k}`);
