// Crash safety of a real aivmd: a continuous load of signed txs from 20 accounts, kill -9 at
// random moments (some while the node is still starting), restart, ≥ 10 cycles. Every block and
// tx the node reported committed before a kill is still there afterwards with the same header
// hash, app hash and result; the node keeps producing blocks after every restart; after a clean
// stop the database holds the same app hash for every height. Then damaged files: a corrupt
// config.json or priv_validator_key.json is refused with a message that names the file and what
// to do (and the node starts again once the file is restored), and a truncated tail of the newest
// LevelDB log gives a refusal or a start that kept every committed block — never a crash loop or
// a silent start with a different chain.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlockStore } from '../../chain/block/store.js';
import { headerHash, type Header } from '../../chain/block/hashing.js';
import { ChainDB } from '../../chain/store/chain-db.js';
import { buildSignedTx } from '../../client/signing/tx-builder.js';
import { keyFromSeed, type Secp256k1Key } from '../../client/signing/secp256k1.js';
import { accountInfo, cleanupAll, freePort, keyFromMnemonic, makeTempDir, msgSend, NodeProcess, rpcCall, runAivmd } from '../harness/node-process.js';

jest.setTimeout(240_000);

const CHAIN_ID = 'aivm-dev-1';
const CYCLES = 10;
const BLOCK_MS = 300;
const SEED = Number(process.env.AIVM_CRASH_SEED ?? Date.now() % 2 ** 31);
let rs = SEED >>> 0;
function rand(): number {
  rs = (rs + 0x6d2b79f5) >>> 0;
  let t = rs;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const randInt = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface BlockRecord {
  readonly hash: string;
  /** App hash after executing the block (block_results.app_hash), hex upper. */
  readonly appHash: string;
  /** The header's app_hash (after the previous block). */
  readonly headerAppHash: string;
  readonly results: string;
}
interface TxRecord {
  readonly height: number;
  readonly index: number;
  readonly result: string;
}

const blocks = new Map<number, BlockRecord>();
const txs = new Map<string, TxRecord>();
let home: string;
let node: NodeProcess;
let port = 0;

interface LoadAccount {
  readonly key: Secp256k1Key;
  accountNumber: bigint;
  sequence: bigint;
}
const accounts: LoadAccount[] = [];
const sink = Array.from({ length: 5 }, (_, i) => keyFromSeed(`crash/sink-${i}`).address);
const unexpected: string[] = [];
let acknowledged = 0;

const b64hex = (b64: string) => Buffer.from(b64, 'base64').toString('hex').toUpperCase();
const txHash = (b64: string) => createHash('sha256').update(Buffer.from(b64, 'base64')).digest('hex').toUpperCase();

/** Reads blocks and results the node serves above what is recorded (stops quietly on errors). */
async function recordNewBlocks(url: string): Promise<void> {
  const head = Number((await rpcCall(url, 'status', {}, 3000)).sync_info.latest_block_height);
  for (let h = (blocks.size ? Math.max(...blocks.keys()) : 0) + 1; h <= head; h++) {
    const [b, r] = await Promise.all([rpcCall(url, 'block', { height: String(h) }, 3000), rpcCall(url, 'block_results', { height: String(h) }, 3000)]);
    const bt: string[] = b.block.data.txs ?? [];
    bt.forEach((t, i) => txs.set(txHash(t), { height: h, index: i, result: JSON.stringify(r.txs_results[i]) }));
    blocks.set(h, { hash: b.block_id.hash, appHash: b64hex(r.app_hash), headerAppHash: String(b.block.header.app_hash).toUpperCase(), results: JSON.stringify(r.txs_results) });
  }
}

/** Sends txs from every account until stopped; a refused sequence re-reads the account. */
function startLoad(url: string): { stop(): Promise<void> } {
  let running = true;
  const worker = async (a: LoadAccount) => {
    while (running) {
      const bytes = buildSignedTx(a.key, [msgSend(a.key.address, sink[randInt(0, sink.length - 1)]!, randInt(1, 100))], {
        chainId: CHAIN_ID,
        accountNumber: a.accountNumber,
        sequence: a.sequence,
      });
      let r: any;
      try {
        r = await rpcCall(url, 'broadcast_tx_sync', { tx: Buffer.from(bytes).toString('base64') }, 5000);
      } catch {
        if (running) await sleep(50);
        continue;
      }
      if (r.code === 0) {
        a.sequence++;
        acknowledged++;
      } else if (r.codespace === 'sdk' && r.code === 32) {
        const info = await accountInfo(url, a.key.address).catch(() => undefined);
        if (info) a.sequence = info.sequence;
      } else if (!(r.codespace === 'sdk' && r.code === 20)) unexpected.push(`${r.codespace}/${r.code}: ${r.log}`);
      await sleep(randInt(0, 40));
    }
  };
  const recorder = (async () => {
    while (running) {
      await recordNewBlocks(url).catch(() => {});
      await sleep(150);
    }
  })();
  const workers = accounts.map((a) => worker(a));
  return {
    async stop() {
      running = false;
      await Promise.all([...workers, recorder]);
    },
  };
}

/** Every recorded block and a sample of recorded txs, as the (restarted) node serves them now. */
async function verifyRecorded(n: NodeProcess, txSample: number): Promise<void> {
  const heights = [...blocks.keys()].sort((a, b) => a - b);
  const mismatches: string[] = [];
  const check = async (h: number) => {
    const rec = blocks.get(h)!;
    const [b, r] = await Promise.all([n.rpc('block', { height: String(h) }), n.rpc('block_results', { height: String(h) })]);
    if (b.block_id.hash !== rec.hash) mismatches.push(`height ${h}: block hash ${b.block_id.hash}, was ${rec.hash}`);
    if (b64hex(r.app_hash) !== rec.appHash) mismatches.push(`height ${h}: app hash ${b64hex(r.app_hash)}, was ${rec.appHash}`);
    if (JSON.stringify(r.txs_results) !== rec.results) mismatches.push(`height ${h}: tx results differ`);
  };
  for (let i = 0; i < heights.length; i += 16) await Promise.all(heights.slice(i, i + 16).map(check));
  const all = [...txs.entries()];
  const sample = txSample >= all.length ? all : Array.from({ length: txSample }, () => all[randInt(0, all.length - 1)]!);
  for (let i = 0; i < sample.length; i += 16) {
    await Promise.all(
      sample.slice(i, i + 16).map(async ([hash, rec]) => {
        const t = await n.rpc('tx', { hash }).catch((e: Error) => ({ missing: e.message }));
        if ('missing' in t) mismatches.push(`tx ${hash} (height ${rec.height}) is gone: ${t.missing}`);
        else if (Number(t.height) !== rec.height || t.index !== rec.index || JSON.stringify(t.tx_result) !== rec.result) {
          mismatches.push(`tx ${hash}: now at ${t.height}/${t.index}, was ${rec.height}/${rec.index}, or its result changed`);
        }
      }),
    );
  }
  expect({ seed: SEED, mismatches: mismatches.slice(0, 10), count: mismatches.length }).toEqual({ seed: SEED, mismatches: [], count: 0 });
}

const maxRecorded = () => (blocks.size ? Math.max(...blocks.keys()) : 0);

async function restart(extra: { wait?: boolean; blockTimeMs?: number } = {}): Promise<NodeProcess> {
  const n = await NodeProcess.start({ home, command: 'dev', blockTimeMs: extra.blockTimeMs ?? BLOCK_MS, port, minHeight: 1, wait: extra.wait });
  port = n.port;
  return n;
}

beforeAll(async () => {
  node = await NodeProcess.start({ accounts: 1, blockTimeMs: BLOCK_MS });
  home = node.home;
  port = node.port;
  // fund 20 fresh accounts in one tx
  const dev0 = await keyFromMnemonic(node.devAccounts().find((a) => a.name === 'dev0')!.mnemonic);
  const info = (await accountInfo(node.url, dev0.address))!;
  const keys = Array.from({ length: 20 }, (_, i) => keyFromSeed(`crash/load-${i}`));
  const fund = buildSignedTx(dev0, keys.map((k) => msgSend(dev0.address, k.address, 10_000_000_000)), {
    chainId: CHAIN_ID,
    accountNumber: info.accountNumber,
    sequence: info.sequence,
    gasLimit: 4_000_000,
    fee: [{ denom: 'uaivm', amount: '100000' }],
  });
  const r = await node.rpc('broadcast_tx_sync', { tx: Buffer.from(fund).toString('base64') });
  expect(r.code).toBe(0);
  for (const end = Date.now() + 30_000; Date.now() < end; await sleep(150)) {
    const t = await node.rpc('tx', { hash: r.hash }).catch(() => undefined);
    if (t) {
      expect(t.tx_result.code).toBe(0);
      break;
    }
  }
  for (const k of keys) {
    const a = await accountInfo(node.url, k.address);
    expect(a).toBeDefined();
    accounts.push({ key: k, accountNumber: a!.accountNumber, sequence: a!.sequence });
  }
}, 180_000);

afterAll(async () => {
  await node?.kill();
  await cleanupAll();
});

describe(`crash safety (seed ${SEED})`, () => {
  test(`kill -9 under load at random moments, ${CYCLES} cycles: nothing committed is lost or changed, blocks keep coming`, async () => {
    const t0 = Date.now();
    let cyclesDone = 0;
    let earlyKills = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      // load, then kill -9 at a random moment while txs are in flight
      const load = startLoad(node.url);
      await sleep(randInt(800, 3000));
      const killedAt = Date.now();
      await node.kill();
      await load.stop();
      expect(Date.now() - killedAt).toBeLessThan(20_000);

      // in some cycles, kill it again while it is starting up (opening the database, recovering)
      if (cycle % 5 === 1) {
        const early = await restart({ wait: false });
        await sleep(randInt(300, 2500));
        await early.kill();
        earlyKills++;
      }

      node = await restart();
      const head = await node.height();
      expect({ cycle, head, lostBlocks: head < maxRecorded() }).toEqual({ cycle, head, lostBlocks: false });
      await node.waitForHeight(head + 2, 20_000);
      await verifyRecorded(node, 100);
      // the accounts re-read their sequences (the mempool does not survive a kill)
      for (const a of accounts) a.sequence = (await accountInfo(node.url, a.key.address))!.sequence;
      cyclesDone++;
    }
    expect(cyclesDone).toBe(CYCLES);
    expect(earlyKills).toBeGreaterThanOrEqual(2);
    expect(unexpected.slice(0, 5)).toEqual([]);
    // the load really ran: many txs and many blocks with txs were recorded before kills
    expect(acknowledged).toBeGreaterThan(200);
    expect(txs.size).toBeGreaterThan(100);
    expect([...blocks.values()].filter((b) => b.results !== '[]').length).toBeGreaterThan(CYCLES);
    process.stderr.write(`crash: ${CYCLES} cycles, ${blocks.size} blocks and ${txs.size} txs recorded, ${acknowledged} txs acknowledged, ${Math.round((Date.now() - t0) / 1000)} s\n`);
  });

  test('every recorded tx is still found by hash, then a clean stop leaves every recorded app hash in the database', async () => {
    await recordNewBlocks(node.url);
    await verifyRecorded(node, Number.MAX_SAFE_INTEGER);
    expect(await node.stop()).toEqual({ code: 0, signal: null });
    const db = await ChainDB.open(join(home, 'data', 'chain'));
    try {
      const store = new BlockStore(db);
      expect(await store.head()).toBeGreaterThanOrEqual(maxRecorded());
      const diffs: string[] = [];
      for (const [h, rec] of blocks) {
        const r = await store.results(h);
        const b = await store.block(h);
        const app = Buffer.from(r?.appHash ?? []).toString('hex').toUpperCase();
        const hash = b ? Buffer.from(headerHash(b.header as Header)).toString('hex').toUpperCase() : 'missing';
        if (app !== rec.appHash || hash !== rec.hash) diffs.push(`height ${h}: db ${hash}/${app}, recorded ${rec.hash}/${rec.appHash}`);
      }
      expect(diffs.slice(0, 10)).toEqual([]);
    } finally {
      await db.close();
    }
  });

  const refusal = /restore|backup|fix it|delete it|re-create|repair/i;

  async function expectRefusal(file: string): Promise<void> {
    const r = await runAivmd(['start', '--home', home, '--rpc-laddr', `127.0.0.1:${await freePort()}`], { timeoutMs: 60_000 });
    expect({ timedOut: r.timedOut, exitedNonZero: r.code !== 0 && r.code !== null }).toEqual({ timedOut: false, exitedNonZero: true });
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(refusal);
    // one clear line, not a stack trace
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }

  async function expectStartsWithHistory(): Promise<void> {
    node = await restart();
    const head = await node.height();
    expect(head).toBeGreaterThanOrEqual(maxRecorded());
    await node.waitForHeight(head + 2, 20_000);
    await verifyRecorded(node, 50);
    await recordNewBlocks(node.url);
    expect(await node.stop()).toEqual({ code: 0, signal: null });
  }

  test('a corrupt config.json is refused naming the file and what to do; restored, the node starts with its history', async () => {
    const path = join(home, 'config', 'config.json');
    const good = readFileSync(path, 'utf8');
    try {
      for (const bad of [good.slice(0, Math.floor(good.length / 2)), '\u0000\u0001garbage{{', '']) {
        writeFileSync(path, bad);
        await expectRefusal('config.json');
      }
    } finally {
      writeFileSync(path, good);
    }
    await expectStartsWithHistory();
  });

  test('a corrupt priv_validator_key.json is refused naming the file and what to do; restored, the node starts with its history', async () => {
    const path = join(home, 'config', 'priv_validator_key.json');
    const good = readFileSync(path, 'utf8');
    const j = JSON.parse(good) as { priv_key: { value: string } };
    const flipped = Buffer.from(j.priv_key.value, 'base64');
    flipped[3] ^= 0x40;
    const damaged = [
      good.slice(0, Math.floor(good.length / 2)), // torn write
      '', // empty file
      JSON.stringify({ ...j, priv_key: { ...j.priv_key, value: flipped.toString('base64') } }), // a flipped bit in the key
      JSON.stringify({ ...j, priv_key: { ...j.priv_key, value: 'AAAA' } }), // wrong length
    ];
    try {
      for (const bad of damaged) {
        writeFileSync(path, bad);
        await expectRefusal('priv_validator_key.json');
      }
    } finally {
      writeFileSync(path, good);
    }
    await expectStartsWithHistory();
  });

  test('a truncated tail of the newest LevelDB log: a clear refusal, or a start that kept every committed block (never a different chain)', async () => {
    // Run with a long block interval and kill -9 right after a new block is reported, so that the
    // newest log record is most likely that block's batch (and not a later signer record).
    node = await restart({ blockTimeMs: 3000 });
    const h0 = await node.height();
    const h = await node.waitForHeight(h0 + 1, 20_000);
    await recordNewBlocks(node.url);
    await node.kill();
    expect(maxRecorded()).toBeGreaterThanOrEqual(h);
    const dir = join(home, 'data', 'chain');
    const logs = readdirSync(dir).filter((f) => f.endsWith('.log') && f !== 'LOG');
    expect(logs.length).toBeGreaterThan(0);
    const newest = logs.sort((a, b) => statSync(join(dir, b)).mtimeMs - statSync(join(dir, a)).mtimeMs || b.localeCompare(a))[0]!;
    const size = statSync(join(dir, newest)).size;
    expect(size).toBeGreaterThan(16);
    cpSync(home, makeTempDir('aivm-crash-before-truncate-'), { recursive: true }); // kept for diagnosis until cleanup
    truncateSync(join(dir, newest), size - randInt(3, 9));

    const port2 = await freePort();
    const child = await NodeProcess.start({ home, command: 'start', port: port2, minHeight: 0, wait: false });
    // Either it exits non-zero with a clear message, or it serves status.
    let outcome: 'refused' | 'started' | undefined;
    for (const end = Date.now() + 60_000; !outcome && Date.now() < end; await sleep(150)) {
      if (!child.running) outcome = 'refused';
      else if (await rpcCall(child.url, 'status', {}, 1000).then(() => true, () => false)) outcome = 'started';
    }
    expect(outcome).toBeDefined();
    if (outcome === 'refused') {
      const exit = await child.exited;
      expect(exit.code).not.toBe(0);
      expect(child.stderr).toMatch(/data[/\\]chain|chain database|\.log/);
      expect(child.stderr).toMatch(refusal);
      return;
    }
    // it started: it must have kept every block it reported committed, and go on from there
    node = child;
    const head = await node.height();
    await node.waitForHeight(Math.max(head, maxRecorded()) + 1, 20_000).catch(() => undefined);
    expect({ head, recordedHead: maxRecorded(), ok: head >= maxRecorded() }).toEqual({ head, recordedHead: maxRecorded(), ok: true });
    await verifyRecorded(node, 50);
    await node.waitForHeight((await node.height()) + 1, 20_000);
    expect(await node.stop()).toEqual({ code: 0, signal: null });
  });
});
