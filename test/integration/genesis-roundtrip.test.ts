// Genesis round trip: the state of a chain with history, exported with `aivmd export` and
// imported into a fresh home with `aivmd init --genesis`, is byte for byte the same state
// (every key and value of the state bucket 0x01), has the same app hash, and exports again to
// the same app_state.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHex } from '../../chain/bytes.js';
import { BlockStore } from '../../chain/block/store.js';
import { canonicalJson } from '../../chain/genesis.js';
import { Bucket } from '../../chain/store/buckets.js';
import { ChainDB } from '../../chain/store/chain-db.js';
import { StateDB } from '../../chain/store/state-db.js';
import { buildSignedTx } from '../../client/signing/tx-builder.js';
import { keyFromSeed } from '../../client/signing/secp256k1.js';
import { accountInfo, balanceOf, cleanupAll, keyFromMnemonic, makeTempDir, msgSend, NodeProcess, runAivmd } from '../harness/node-process.js';

jest.setTimeout(180_000);

interface DbSnapshot {
  readonly state: Map<string, string>;
  readonly head: number;
  readonly appHash: string;
  readonly stateAppHash: string;
}

async function snapshot(home: string): Promise<DbSnapshot> {
  const db = await ChainDB.open(join(home, 'data', 'chain'));
  try {
    const state = new Map<string, string>();
    for await (const [k, v] of db.entries(Uint8Array.of(Bucket.State))) state.set(toHex(k), toHex(v));
    const blocks = new BlockStore(db);
    const head = await blocks.head();
    const r = head > 0 ? await blocks.results(head) : undefined;
    const stateAppHash = toHex((await StateDB.load(db)).appHash);
    return { state, head, appHash: r ? toHex(r.appHash) : '', stateAppHash };
  } finally {
    await db.close();
  }
}

async function exportGenesis(home: string, out: string): Promise<any> {
  const r = await runAivmd(['export', '--home', home, '--out', out]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.stringMatching(/exported height \d+/) });
  return JSON.parse(readFileSync(out, 'utf8'));
}

const work = makeTempDir('aivm-genesis-');
let original: DbSnapshot;
let imported: DbSnapshot;
let exported: any;
let reexported: any;
let recipients: string[];
let freshHead = 0;
let servedGenesis: Record<string, unknown> = {};

beforeAll(async () => {
  // 1. A chain with history: sends to 12 new accounts from two senders, one failing tx.
  const node = await NodeProcess.start({ accounts: 2, blockTimeMs: 300 });
  const devs = node.devAccounts();
  const keys = await Promise.all(['dev0', 'dev1'].map((n) => keyFromMnemonic(devs.find((a) => a.name === n)!.mnemonic)));
  recipients = Array.from({ length: 12 }, (_, i) => keyFromSeed(`genesis-rt/${i}`).address);
  const hashes: string[] = [];
  for (const [ki, key] of keys.entries()) {
    const acc = (await accountInfo(node.url, key.address))!;
    let seq = acc.sequence;
    for (let i = ki; i < recipients.length; i += 2) {
      const bytes = buildSignedTx(key, [msgSend(key.address, recipients[i]!, 1_000_000 + i)], { chainId: 'aivm-dev-1', accountNumber: acc.accountNumber, sequence: seq++ });
      const r = await node.rpc('broadcast_tx_sync', { tx: Buffer.from(bytes).toString('base64') });
      expect(r.code).toBe(0);
      hashes.push(r.hash);
    }
    // a msg that fails in the block (keeps the fee and sequence only)
    const bad = buildSignedTx(key, [msgSend(key.address, recipients[0]!, 10n ** 15n)], { chainId: 'aivm-dev-1', accountNumber: acc.accountNumber, sequence: seq++ });
    const r = await node.rpc('broadcast_tx_sync', { tx: Buffer.from(bad).toString('base64') });
    expect(r.code).toBe(0);
    hashes.push(r.hash);
  }
  // a recipient sends onward (its account gets a pubkey and sequence 1)
  const rk = keyFromSeed('genesis-rt/0');
  await waitAll(node, hashes);
  const racc = (await accountInfo(node.url, rk.address))!;
  const onward = buildSignedTx(rk, [msgSend(rk.address, recipients[1]!, 1)], { chainId: 'aivm-dev-1', accountNumber: racc.accountNumber, sequence: racc.sequence });
  const ro = await node.rpc('broadcast_tx_sync', { tx: Buffer.from(onward).toString('base64') });
  expect(ro).toMatchObject({ code: 0 });
  await waitAll(node, [ro.hash]);
  expect(await balanceOf(node.url, recipients[0]!)).toBe(1_000_000n - 1n - 5000n);
  const exit = await node.stop();
  expect(exit).toEqual({ code: 0, signal: null });

  original = await snapshot(node.home);
  exported = await exportGenesis(node.home, join(work, 'exported.json'));

  // 2. A fresh home from the exported genesis; the same validator key so that it makes blocks.
  const fresh = makeTempDir('aivm-genesis-fresh-');
  const init = await runAivmd(['init', '--home', fresh, '--genesis', join(work, 'exported.json'), '--moniker', 'fresh']);
  expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: '' });
  copyFileSync(join(node.home, 'config', 'priv_validator_key.json'), join(fresh, 'config', 'priv_validator_key.json'));
  const freshNode = await NodeProcess.start({ home: fresh, command: 'start', minHeight: Number(exported.initial_height) });
  freshHead = await freshNode.height();
  // the imported chain serves the exported balances
  expect(await balanceOf(freshNode.url, recipients[0]!)).toBe(1_000_000n - 1n - 5000n);
  // and answers `genesis` with the document it was initialized from (read back from its database)
  servedGenesis = ((await freshNode.rpc('genesis', {})) as { genesis: Record<string, unknown> }).genesis;
  expect(await freshNode.stop()).toEqual({ code: 0, signal: null });
  imported = await snapshot(fresh);
  reexported = await exportGenesis(fresh, join(work, 'reexported.json'));
}, 240_000);

afterAll(async () => {
  await cleanupAll();
});

async function waitAll(node: NodeProcess, hashes: string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (const hash of hashes) {
    for (;;) {
      try {
        await node.rpc('tx', { hash });
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`tx ${hash} not committed in time`);
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  }
}

describe('genesis round trip: export → init --genesis → start', () => {
  test('the imported node serves the genesis it was initialized from over RPC', () => {
    expect(canonicalJson(servedGenesis)).toBe(canonicalJson(exported));
  });

  test('the exported genesis continues the chain', () => {
    expect(exported.chain_id).toBe('aivm-dev-1');
    expect(Number(exported.initial_height)).toBe(original.head + 1);
    expect(freshHead).toBeGreaterThanOrEqual(original.head + 1);
    expect(imported.head).toBe(freshHead);
  });

  test('the state bucket (0x01) is byte-identical, key for key', () => {
    // non-trivial: 3 dev/validator accounts + 12 recipients, each with an account and a balance
    expect(original.state.size).toBeGreaterThan(30);
    const missing = [...original.state.keys()].filter((k) => !imported.state.has(k));
    const extra = [...imported.state.keys()].filter((k) => !original.state.has(k));
    const changed = [...original.state.keys()].filter((k) => imported.state.has(k) && imported.state.get(k) !== original.state.get(k));
    expect({ missing, extra, changed }).toEqual({ missing: [], extra: [], changed: [] });
    expect([...imported.state.entries()]).toEqual([...original.state.entries()]);
  });

  test('the app hash is the same (state tree rebuilt from genesis)', () => {
    expect(original.appHash).toBe(original.stateAppHash);
    expect(imported.stateAppHash).toBe(original.stateAppHash);
    expect(imported.appHash).toBe(original.appHash);
  });

  test('exporting the imported node again gives the same app_state', () => {
    expect(canonicalJson(reexported.app_state)).toBe(canonicalJson(exported.app_state));
    expect(reexported.chain_id).toBe(exported.chain_id);
    expect(reexported.consensus_params).toEqual(exported.consensus_params);
  });
});
