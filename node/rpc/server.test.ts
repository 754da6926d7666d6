import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { toBase64, toHex } from '../../chain/bytes.js';
import { RpcServer, DEFAULT_MAX_BODY_BYTES } from './server.js';
import { FakeBackend, HANG_PREFIX, makeTx, REJECT_PREFIX, standardChain, THROW_PREFIX, TIMEOUT_PREFIX, txHashHex } from './testkit.js';
import { call, get, parseRawResponse, post, postRaw, rawExchange, result, rpcError } from './test-http.js';

const HEX = /^(?:[0-9A-F]{2})+$/;
const HEX_ANY = /^(?:[0-9a-fA-F]{2})+$/;
const B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const RFC3339_NANOS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z$/;
const UINT_STR = /^(0|[1-9][0-9]*)$/;

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex').toUpperCase();

interface Observed {
  method: string;
  ok: boolean;
  seconds: number;
}

let backend: FakeBackend;
let txs: Uint8Array[];
let server: RpcServer;
let url: string;
const observed: Observed[] = [];
const logs: Array<{ level: string; msg: string; fields?: object }> = [];
const logger = {
  debug: (msg: string, fields?: object) => logs.push({ level: 'debug', msg, fields }),
  info: (msg: string, fields?: object) => logs.push({ level: 'info', msg, fields }),
  warn: (msg: string, fields?: object) => logs.push({ level: 'warn', msg, fields }),
  error: (msg: string, fields?: object) => logs.push({ level: 'error', msg, fields }),
};

beforeAll(async () => {
  ({ backend, txs } = standardChain());
  server = new RpcServer(backend, {
    port: 0,
    maxBodyBytes: 64 * 1024,
    maxBatch: 10,
    broadcastTxCommitTimeoutMs: 200,
    txSearchMaxHeightScan: 3,
    metrics: { observe: (method, ok, seconds) => observed.push({ method, ok, seconds }) },
    logger,
    metricsHandler: async () => ({ contentType: 'text/plain; version=0.0.4', body: 'aivm_rpc_requests_total 1\n' }),
  });
  ({ url } = await server.start());
});

afterAll(async () => {
  await server.stop();
});

function expectBlockId(id: { hash: string; parts: { total: number; hash: string } }) {
  expect(id.hash).toMatch(HEX);
  expect(id.hash).toHaveLength(64);
  expect(id.parts.total).toBe(1);
  expect(id.parts.hash).toMatch(HEX);
  expect(id.parts.hash).toHaveLength(64);
}

function expectTxResult(r: Record<string, unknown>) {
  expect(typeof r.code).toBe('number');
  expect(typeof r.data).toBe('string');
  expect(r.data as string).toMatch(B64);
  expect(typeof r.log).toBe('string');
  expect(r.info).toBe('');
  expect(r.gas_wanted).toMatch(UINT_STR);
  expect(r.gas_used).toMatch(UINT_STR);
  expect(typeof r.codespace).toBe('string');
  expect(Array.isArray(r.events)).toBe(true);
  for (const e of r.events as Array<{ type: string; attributes: Array<{ key: string; value: string; index: boolean }> }>) {
    expect(typeof e.type).toBe('string');
    for (const a of e.attributes) {
      expect(typeof a.key).toBe('string');
      expect(typeof a.value).toBe('string');
      expect(typeof a.index).toBe('boolean');
    }
  }
}

describe('info methods', () => {
  test('status has every field cosmjs requires, with Comet types', async () => {
    const r = await result(url, 'status');
    expect(r.node_info.version).toBe('0.38.17');
    expect(r.node_info.protocol_version).toEqual({ p2p: '8', block: '11', app: '0' });
    expect(r.node_info.id).toMatch(HEX_ANY);
    expect(r.node_info.network).toBe('aivm-test-1');
    expect(r.node_info.listen_addr).toBe('tcp://127.0.0.1:26656');
    expect(r.node_info.moniker).toBe('fake-node');
    expect(typeof r.node_info.channels).toBe('string');
    for (const v of Object.values(r.node_info.other)) expect(typeof v).toBe('string');
    expect(r.node_info.other.rpc_address).toBe(`tcp://127.0.0.1:${new URL(url).port}`);
    expect(r.node_info.other.aivm_version).toBe('0.1.0');
    const s = r.sync_info;
    expect(s.latest_block_height).toBe('5');
    expect(s.latest_block_hash).toBe(toHex(backend.blocks[4]!.hash).toUpperCase());
    expect(s.latest_app_hash).toBe(toHex(backend.appHash()).toUpperCase());
    expect(s.latest_block_time).toMatch(RFC3339_NANOS);
    expect(s.earliest_block_height).toBe('1');
    expect(s.earliest_block_hash).toMatch(HEX);
    expect(s.earliest_block_time).toMatch(RFC3339_NANOS);
    expect(s.catching_up).toBe(false);
    expect(r.validator_info).toEqual({
      address: toHex(backend.vals[0]!.address).toUpperCase(),
      pub_key: { type: 'tendermint/PubKeyEd25519', value: toBase64(backend.vals[0]!.pub) },
      voting_power: '10',
    });
  });

  test('status on a non-validator still reports a well-formed validator_info', async () => {
    backend.validatorMode = false;
    try {
      const r = await result(url, 'status');
      expect(r.validator_info.address).toMatch(HEX);
      expect(r.validator_info.pub_key.type).toBe('tendermint/PubKeyEd25519');
      expect(Buffer.from(r.validator_info.pub_key.value, 'base64')).toHaveLength(32);
      expect(r.validator_info.voting_power).toBe('0');
    } finally {
      backend.validatorMode = true;
    }
  });

  test('abci_info', async () => {
    const r = await result(url, 'abci_info');
    expect(r.response).toEqual({ data: 'aivm', version: '0.1.0', app_version: '0', last_block_height: '5', last_block_app_hash: toBase64(backend.appHash()) });
  });

  test('health, genesis, net_info', async () => {
    expect(await result(url, 'health')).toEqual({});
    const g = await result(url, 'genesis');
    expect(g.genesis.chain_id).toBe('aivm-test-1');
    expect(g.genesis.consensus_params.block.max_bytes).toBe('22020096');
    expect(g.genesis.app_state).toEqual({ bank: { balances: [] } });
    const n = await result(url, 'net_info');
    expect(n).toEqual({
      listening: true,
      listeners: ['Listener(@127.0.0.1:26656)'],
      n_peers: '1',
      peers: [{ node_info: { id: 'ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00', moniker: 'peer-1' }, remote_ip: '127.0.0.2' }],
    });
  });

  test('validators: shape and pagination', async () => {
    const all = await result(url, 'validators');
    expect(all.block_height).toBe('5');
    expect(all.count).toBe('3');
    expect(all.total).toBe('3');
    expect(all.validators[1]).toEqual({
      address: toHex(backend.vals[1]!.address).toUpperCase(),
      pub_key: { type: 'tendermint/PubKeyEd25519', value: toBase64(backend.vals[1]!.pub) },
      voting_power: '20',
      proposer_priority: '0',
    });
    const p2 = await result(url, 'validators', { height: '3', page: '2', per_page: '2' });
    expect(p2.block_height).toBe('3');
    expect(p2.count).toBe('1');
    expect(p2.total).toBe('3');
    expect(p2.validators[0].voting_power).toBe('30');
    const e = await rpcError(url, 'validators', { page: '3', per_page: '2' });
    expect(e.code).toBe(-32602);
    expect(e.data).toBe('page should be within [1, 2] range, given 3');
  });
});

describe('abci_query', () => {
  test('answers with base64 value and a non-zero string height', async () => {
    const r = await result(url, 'abci_query', { path: '/echo', data: '0a0b0c', prove: false });
    expect(r.response).toEqual({ code: 0, log: '', info: '', index: '0', key: null, value: toBase64(Uint8Array.of(10, 11, 12)), proofOps: null, height: '5', codespace: '' });
  });

  test('data may carry 0x and be upper case; height 0 or the latest height is accepted', async () => {
    const r = await result(url, 'abci_query', { path: '/echo', data: '0xABCD', height: '0' });
    expect(r.response.value).toBe(toBase64(Uint8Array.of(0xab, 0xcd)));
    expect((await result(url, 'abci_query', { path: '/echo', height: 5 })).response.value).toBe('');
  });

  test('a failing query is a normal response with its code, log and codespace', async () => {
    const r = await result(url, 'abci_query', { path: '/nope', data: '' });
    expect(r.response.code).toBe(6);
    expect(r.response.codespace).toBe('sdk');
    expect(r.response.log).toBe('unknown query path /nope');
  });

  test('height is never 0 (cosmjs rejects it): "1" before the first block', async () => {
    backend.queryHeightOverride = 0;
    try {
      expect((await result(url, 'abci_query', { path: '/echo', data: '' })).response.height).toBe('1');
    } finally {
      backend.queryHeightOverride = undefined;
    }
  });

  test('bad params', async () => {
    expect(await rpcError(url, 'abci_query', { data: '00' })).toEqual({ code: -32602, message: 'Invalid params', data: 'path: is required' });
    expect((await rpcError(url, 'abci_query', { path: '/echo', data: 'xyz' })).data).toMatch(/^data: /);
    expect((await rpcError(url, 'abci_query', { path: '/echo', data: 5 })).data).toMatch(/^data: expected a hex string/);
    expect((await rpcError(url, 'abci_query', { path: 7 })).data).toMatch(/^path: expected a string/);
    expect((await rpcError(url, 'abci_query', { path: '/echo', height: '3' })).data).toMatch(/^height: historical queries are not supported/);
    expect((await rpcError(url, 'abci_query', { path: '/echo', prove: 'maybe' })).data).toMatch(/^prove: expected a boolean/);
  });

  test('an exception in the backend is -32603 with one line and no stack trace', async () => {
    const e = await rpcError(url, 'abci_query', { path: '/boom' });
    expect(e).toEqual({ code: -32603, message: 'Internal error', data: 'store exploded' });
    const warn = logs.find((l) => l.level === 'warn' && l.msg === 'rpc method failed');
    expect(JSON.stringify(warn?.fields)).toContain('secret');
  });
});

describe('blocks', () => {
  test('block: Comet shape, chained ids, full last_commit', async () => {
    const r = await result(url, 'block', { height: '3' });
    const b3 = backend.blocks[2]!;
    expectBlockId(r.block_id);
    expect(r.block_id.hash).toBe(toHex(b3.hash).toUpperCase());
    const h = r.block.header;
    expect(h.version).toEqual({ block: '11', app: '0' });
    expect(h.chain_id).toBe('aivm-test-1');
    expect(h.height).toBe('3');
    expect(h.time).toBe('2023-11-14T22:13:35.123456789Z');
    for (const k of ['last_commit_hash', 'data_hash', 'validators_hash', 'next_validators_hash', 'app_hash', 'last_results_hash', 'proposer_address']) expect(h[k]).toMatch(HEX);
    expect(h.consensus_hash).toBe('');
    expect(h.evidence_hash).toBe('');
    const r2 = await result(url, 'block', { height: 2 });
    expect(h.last_block_id).toEqual(r2.block_id);
    expect(r.block.last_commit.block_id).toEqual(r2.block_id);
    expect(r.block.last_commit.height).toBe('2');
    expect(typeof r.block.last_commit.round).toBe('number');
    expect(r.block.last_commit.signatures).toHaveLength(3);
    const [s0, , s2] = r.block.last_commit.signatures;
    expect(s0.block_id_flag).toBe(2);
    expect(s0.validator_address).toBe(toHex(backend.vals[0]!.address).toUpperCase());
    expect(s0.timestamp).toMatch(RFC3339_NANOS);
    expect(Buffer.from(s0.signature, 'base64')).toHaveLength(64);
    expect(s2.block_id_flag).toBe(1);
    expect(s2.signature).toBeNull();
    expect(r.block.data.txs).toEqual([toBase64(txs[2]!)]);
    expect(r.block.evidence).toEqual({ evidence: [] });
  });

  test('block without height is the latest; block 1 has empty last ids', async () => {
    expect((await result(url, 'block')).block.header.height).toBe('5');
    expect((await result(url, 'block', {})).block.header.height).toBe('5');
    const b1 = await result(url, 'block', { height: '1' });
    expect(b1.block.header.last_block_id).toEqual({ hash: '', parts: { total: 0, hash: '' } });
    expect(b1.block.last_commit).toEqual({ height: '0', round: 0, block_id: { hash: '', parts: { total: 0, hash: '' } }, signatures: [] });
    expect(b1.block.data.txs).toEqual([]);
  });

  test('when the parent is not stored, last_block_id and last_commit.block_id are both empty', async () => {
    // A fresh server: its part-set cache has never seen block 2.
    const s2 = new RpcServer(backend, { port: 0 });
    const { url: u2 } = await s2.start();
    backend.prunedBelow = 3;
    try {
      const r = await result(u2, 'block', { height: 3 });
      expect(r.block.header.last_block_id).toEqual({ hash: '', parts: { total: 0, hash: '' } });
      expect(r.block.last_commit.block_id).toEqual({ hash: '', parts: { total: 0, hash: '' } });
      expect(r.block.last_commit.signatures).toHaveLength(3);
      expect((await rpcError(u2, 'block', { height: 2 })).data).toMatch(/not available/);
    } finally {
      backend.prunedBelow = 0;
      await s2.stop();
    }
  });

  test('block height errors are -32602 naming height', async () => {
    expect(await rpcError(url, 'block', { height: '9' })).toEqual({
      code: -32602,
      message: 'Invalid params',
      data: 'height: must be less than or equal to the current blockchain height 5, got 9',
    });
    expect((await rpcError(url, 'block', { height: '0' })).data).toBe('height: must be greater than 0, but got 0');
    expect((await rpcError(url, 'block', { height: 'abc' })).data).toMatch(/^height: expected an integer/);
    expect((await rpcError(url, 'block', { height: 1.5 })).data).toMatch(/^height: expected an integer/);
    expect((await rpcError(url, 'block', { height: true })).data).toMatch(/^height: expected an integer/);
    expect((await rpcError(url, 'block', { height: [] })).data).toMatch(/^height: expected an integer/);
  });

  test('block_by_hash (hex or base64) and header / header_by_hash', async () => {
    const b2 = backend.blocks[1]!;
    const byHex = await result(url, 'block_by_hash', { hash: toHex(b2.hash) });
    const byB64 = await result(url, 'block_by_hash', { hash: toBase64(b2.hash) });
    const byHeight = await result(url, 'block', { height: 2 });
    expect(byHex).toEqual(byHeight);
    expect(byB64).toEqual(byHeight);
    expect(await result(url, 'block_by_hash', { hash: '00'.repeat(32) })).toEqual({ block_id: { hash: '', parts: { total: 0, hash: '' } }, block: null });
    expect((await rpcError(url, 'block_by_hash', { hash: 'abc' })).data).toMatch(/^hash: expected a 32-byte hash/);
    expect((await result(url, 'header', { height: 2 })).header).toEqual(byHeight.block.header);
    expect((await result(url, 'header_by_hash', { hash: toHex(b2.hash) })).header).toEqual(byHeight.block.header);
    expect(await result(url, 'header_by_hash', { hash: 'ff'.repeat(32) })).toEqual({ header: null });
  });

  test('block_results: 0.38 shape', async () => {
    const r = await result(url, 'block_results', { height: '4' });
    expect(Object.keys(r).sort()).toEqual(['app_hash', 'consensus_param_updates', 'finalize_block_events', 'height', 'txs_results', 'validator_updates']);
    expect(r.height).toBe('4');
    expect(r.txs_results).toHaveLength(3);
    r.txs_results.forEach(expectTxResult);
    expect(r.txs_results[0].gas_wanted).toBe('200000');
    expect(r.txs_results[0].gas_used).toBe('50000');
    expect(r.finalize_block_events).toEqual([{ type: 'block_reward', attributes: [{ key: 'amount', value: '5uaivm', index: true }] }]);
    expect(r.validator_updates).toEqual([]);
    expect(r.consensus_param_updates).toBeNull();
    expect(r.app_hash).toBe(toBase64(backend.results[3]!.appHash));
    const failed = await result(url, 'block_results', { height: 3 });
    expect(failed.txs_results[0]).toMatchObject({ code: 11, codespace: 'sdk', log: 'out of gas', data: '' });
  });

  test('blockchain: descending metas, Comet min/max rules, at most 20', async () => {
    const r = await result(url, 'blockchain', {});
    expect(r.last_height).toBe('5');
    expect(r.block_metas.map((m: { header: { height: string } }) => m.header.height)).toEqual(['5', '4', '3', '2', '1']);
    const m4 = r.block_metas[1];
    expectBlockId(m4.block_id);
    expect(m4.num_txs).toBe('3');
    expect(Number(m4.block_size)).toBeGreaterThan(100);
    const b4 = await result(url, 'block', { height: 4 });
    expect(m4.block_id).toEqual(b4.block_id);
    expect(m4.header).toEqual(b4.block.header);
    const some = await result(url, 'blockchain', { minHeight: '2', maxHeight: '3' });
    expect(some.block_metas.map((m: { header: { height: string } }) => m.header.height)).toEqual(['3', '2']);
    expect((await result(url, 'blockchain', { minHeight: '4', maxHeight: '100' })).block_metas).toHaveLength(2);
    expect((await rpcError(url, 'blockchain', { minHeight: '4', maxHeight: '2' })).data).toBe("minHeight: min height 4 can't be greater than max height 2");
    expect((await rpcError(url, 'blockchain', { minHeight: '-1' })).data).toMatch(/^minHeight: heights must be non-negative/);
    const big = new FakeBackend();
    for (let i = 0; i < 25; i++) big.addBlock();
    const s2 = new RpcServer(big, { port: 0 });
    const { url: u2 } = await s2.start();
    try {
      const r2 = await result(u2, 'blockchain', {});
      expect(r2.block_metas).toHaveLength(20);
      expect(r2.block_metas[0].header.height).toBe('25');
      expect(r2.block_metas[19].header.height).toBe('6');
      expect(r2.block_metas[19].header.last_block_id.hash).toBe(toHex(big.blocks[4]!.hash).toUpperCase());
    } finally {
      await s2.stop();
    }
  });

  test('commit: signed header and commit for the height', async () => {
    const r = await result(url, 'commit', { height: 4 });
    const b4 = await result(url, 'block', { height: 4 });
    const b5 = await result(url, 'block', { height: 5 });
    expect(r.canonical).toBe(true);
    expect(r.signed_header.header).toEqual(b4.block.header);
    expect(r.signed_header.commit.block_id).toEqual(b4.block_id);
    expect(r.signed_header.commit.height).toBe('4');
    expect(r.signed_header.commit).toEqual(b5.block.last_commit);
  });

  test('a chain with no block yet answers block with a clear error', async () => {
    const empty = new FakeBackend();
    const s2 = new RpcServer(empty, { port: 0 });
    const { url: u2 } = await s2.start();
    try {
      expect((await rpcError(u2, 'block')).data).toMatch(/no block has been committed yet/);
      expect((await result(u2, 'tx_search', { query: 'tx.height>0' })).total_count).toBe('0');
      expect((await result(u2, 'abci_query', { path: '/echo' })).response.height).toBe('1');
    } finally {
      await s2.stop();
    }
  });
});

describe('transactions', () => {
  test('tx by base64, hex (any case) and 0x-hex hash', async () => {
    const t4 = txs[3]!;
    const hash = createHash('sha256').update(t4).digest();
    const r = await result(url, 'tx', { hash: hash.toString('base64') });
    expect(Object.keys(r).sort()).toEqual(['hash', 'height', 'index', 'tx', 'tx_result']);
    expect(r.hash).toBe(sha(t4));
    expect(r.height).toBe('4');
    expect(r.index).toBe(0);
    expect(r.tx).toBe(toBase64(t4));
    expectTxResult(r.tx_result);
    expect(r.tx_result.events[0]).toEqual({
      type: 'message',
      attributes: [
        { key: 'action', value: '/aivm.registry.v1.MsgCreateModel', index: true },
        { key: 'sender', value: 'aivm1alice', index: true },
        { key: 'module', value: 'registry', index: true },
      ],
    });
    expect(await result(url, 'tx', { hash: hash.toString('hex') })).toEqual(r);
    expect(await result(url, 'tx', { hash: `0x${hash.toString('hex').toUpperCase()}`, prove: true })).toEqual(r);
    const e = await rpcError(url, 'tx', { hash: '11'.repeat(32) });
    expect(e).toEqual({ code: -32603, message: 'Internal error', data: `tx (${'11'.repeat(32)}) not found` });
    expect((await rpcError(url, 'tx', {})).data).toBe('hash: is required');
    expect((await rpcError(url, 'tx', { hash: 12 })).data).toMatch(/^hash: /);
  });

  test('broadcast_tx_sync: code number, uppercase sha256 hash; CheckTx failure is a result', async () => {
    const tx = makeTx('sync-ok');
    const r = await result(url, 'broadcast_tx_sync', { tx: toBase64(tx) });
    expect(r).toEqual({ code: 0, data: '', log: '', codespace: '', hash: sha(tx) });
    const bad = makeTx('sync-bad', REJECT_PREFIX);
    expect(await result(url, 'broadcast_tx_sync', { tx: toBase64(bad) })).toEqual({ code: 5, data: '', log: 'insufficient funds: 1uaivm < 2uaivm', codespace: 'sdk', hash: sha(bad) });
  });

  test('broadcast_tx_sync: bad params and backend failures', async () => {
    expect((await rpcError(url, 'broadcast_tx_sync', {})).data).toBe('tx: is required');
    expect((await rpcError(url, 'broadcast_tx_sync', { tx: '' })).data).toBe('tx: must not be empty');
    expect((await rpcError(url, 'broadcast_tx_sync', { tx: 'not base64!' })).data).toMatch(/^tx: expected standard base64/);
    expect((await rpcError(url, 'broadcast_tx_sync', { tx: 'ab-_' })).data).toMatch(/^tx: expected standard base64/);
    expect((await rpcError(url, 'broadcast_tx_sync', { tx: 123 })).data).toMatch(/^tx: expected a base64 string/);
    expect(await rpcError(url, 'broadcast_tx_sync', { tx: toBase64(makeTx('throw', THROW_PREFIX)) })).toEqual({ code: -32603, message: 'Internal error', data: 'mempool is full' });
  });

  test('broadcast_tx_async answers at once with code 0 and runs CheckTx in the background', async () => {
    const tx = makeTx('async-1');
    expect(await result(url, 'broadcast_tx_async', { tx: toBase64(tx) })).toEqual({ code: 0, data: '', log: '', codespace: '', hash: sha(tx) });
    await new Promise((r) => setTimeout(r, 20));
    expect(backend.asyncBroadcasts.some((t) => txHashHex(t) === sha(tx))).toBe(true);
    const bad = makeTx('async-throw', THROW_PREFIX);
    expect((await result(url, 'broadcast_tx_async', { tx: toBase64(bad) })).code).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(logs.some((l) => l.msg === 'async broadcast failed')).toBe(true);
  });

  test('num_unconfirmed_txs and unconfirmed_txs', async () => {
    const stats = backend.mempoolStats();
    expect(stats.count).toBeGreaterThan(0);
    expect(await result(url, 'num_unconfirmed_txs')).toEqual({ n_txs: String(stats.count), total: String(stats.count), total_bytes: String(stats.bytes), txs: null });
    const u = await result(url, 'unconfirmed_txs', { limit: '1' });
    expect(u).toEqual({ n_txs: '1', total: String(stats.count), total_bytes: String(stats.bytes), txs: [toBase64(backend.mempool[0]!)] });
  });

  test('broadcast_tx_commit: 0.38 shape on success and on CheckTx failure', async () => {
    const tx = makeTx('commit-ok');
    const r = await result(url, 'broadcast_tx_commit', { tx: toBase64(tx) });
    expect(Object.keys(r).sort()).toEqual(['check_tx', 'hash', 'height', 'tx_result']);
    expectTxResult(r.check_tx);
    expectTxResult(r.tx_result);
    expect(r.hash).toBe(sha(tx));
    expect(r.height).toBe(String(backend.height()));
    expect(r.tx_result.events[0].attributes[0]).toEqual({ key: 'action', value: '/aivm.bank.v1.MsgSend', index: true });
    const bad = makeTx('commit-bad', REJECT_PREFIX);
    const rb = await result(url, 'broadcast_tx_commit', { tx: toBase64(bad) });
    expect(rb.check_tx.code).toBe(5);
    expect(rb.tx_result).toEqual({ code: 0, data: '', log: '', info: '', gas_wanted: '0', gas_used: '0', events: [], codespace: '' });
    expect(rb.height).toBe('0');
  });

  test('broadcast_tx_commit: timeout is a JSON-RPC error (backend timeout and server guard)', async () => {
    const e = await rpcError(url, 'broadcast_tx_commit', { tx: toBase64(makeTx('commit-timeout', TIMEOUT_PREFIX)) });
    expect(e).toEqual({ code: -32603, message: 'Internal error', data: 'timed out waiting for tx to be included in a block' });
    // An expected outcome, not a failure of the node: no warning with a stack in the log.
    expect(logs.filter((l) => l.msg === 'rpc method failed' && JSON.stringify(l.fields).includes('broadcast_tx_commit'))).toEqual([]);
    const started = Date.now();
    const e2 = await rpcError(url, 'broadcast_tx_commit', { tx: toBase64(makeTx('commit-hang', HANG_PREFIX)) });
    expect(e2.data).toBe('timed out waiting for tx to be included in a block (200 ms)');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('tx_search', () => {
  // The standard chain was extended by broadcast_tx_commit above; these queries do not match it.
  const heightsOf = (r: { txs: Array<{ height: string; index: number }> }) => r.txs.map((t) => `${t.height}/${t.index}`);

  test('event equality, exact total_count, ascending order', async () => {
    const r = await result(url, 'tx_search', { query: "message.sender='aivm1alice'" });
    expect(r.total_count).toBe('4');
    expect(heightsOf(r)).toEqual(['2/0', '3/0', '4/0', '4/2']);
    for (const t of r.txs) {
      expect(typeof t.index).toBe('number');
      expect(t.hash).toMatch(HEX);
      expect(t.tx).toMatch(B64);
      expectTxResult(t.tx_result);
    }
    expect(r.txs[1].tx_result.code).toBe(11);
  });

  test('desc order and pagination (total stays exact on every page)', async () => {
    const d = await result(url, 'tx_search', { query: "message.sender='aivm1alice'", order_by: 'desc' });
    expect(heightsOf(d)).toEqual(['4/2', '4/0', '3/0', '2/0']);
    const p1 = await result(url, 'tx_search', { query: "message.sender='aivm1alice'", per_page: '3', page: '1' });
    const p2 = await result(url, 'tx_search', { query: "message.sender='aivm1alice'", per_page: '3', page: '2' });
    expect(heightsOf(p1)).toEqual(['2/0', '3/0', '4/0']);
    expect(heightsOf(p2)).toEqual(['4/2']);
    expect(p1.total_count).toBe('4');
    expect(p2.total_count).toBe('4');
    const e = await rpcError(url, 'tx_search', { query: "message.sender='aivm1alice'", per_page: '3', page: '3' });
    expect(e).toEqual({ code: -32602, message: 'Invalid params', data: 'page should be within [1, 2] range, given 3' });
    expect((await rpcError(url, 'tx_search', { query: "message.sender='aivm1alice'", page: '0' })).data).toBe('page should be within [1, 1] range, given 0');
    // per_page is clamped like Comet (≤ 0 → 30, > 100 → 100)
    expect((await result(url, 'tx_search', { query: "message.sender='aivm1alice'", per_page: '1000' })).txs).toHaveLength(4);
    expect((await result(url, 'tx_search', { query: "message.sender='aivm1alice'", per_page: '0' })).txs).toHaveLength(4);
  });

  test('no match: empty list and "0"; page 1 fine, page 2 out of range', async () => {
    expect(await result(url, 'tx_search', { query: "message.sender='nobody'", page: '1' })).toEqual({ txs: [], total_count: '0' });
    expect((await rpcError(url, 'tx_search', { query: "message.sender='nobody'", page: '2' })).data).toBe('page should be within [1, 1] range, given 2');
  });

  test('tx.hash in any case, quoted either way', async () => {
    const h = sha(txs[4]!);
    for (const q of [`tx.hash='${h}'`, `tx.hash='${h.toLowerCase()}'`, `tx.hash="${h}"`, ` tx.hash = '0x${h}' `]) {
      const r = await result(url, 'tx_search', { query: q });
      expect(r.total_count).toBe('1');
      expect(r.txs[0].hash).toBe(h);
      expect(heightsOf(r)).toEqual(['4/1']);
    }
    expect(await result(url, 'tx_search', { query: "tx.hash='zz'" })).toEqual({ txs: [], total_count: '0' });
  });

  test('AND of conditions, tx.height equality and ranges', async () => {
    expect(heightsOf(await result(url, 'tx_search', { query: "message.sender='aivm1alice' AND tx.height=4" }))).toEqual(['4/0', '4/2']);
    expect(heightsOf(await result(url, 'tx_search', { query: 'tx.height=4' }))).toEqual(['4/0', '4/1', '4/2']);
    expect(heightsOf(await result(url, 'tx_search', { query: '"tx.height=4"' }))).toEqual(['4/0', '4/1', '4/2']);
    expect(heightsOf(await result(url, 'tx_search', { query: "message.sender='aivm1alice' AND tx.height>2 AND tx.height<=4" }))).toEqual(['3/0', '4/0', '4/2']);
    expect(heightsOf(await result(url, 'tx_search', { query: 'tx.height>=3 AND tx.height<5' }))).toEqual(['3/0', '4/0', '4/1', '4/2']);
    expect(heightsOf(await result(url, 'tx_search', { query: "message.module='registry' and message.sender='aivm1bob'" }))).toEqual(['2/1', '5/0']);
    expect((await result(url, 'tx_search', { query: 'tx.height>100' })).total_count).toBe('0');
  });

  test('quoted values with escapes; non-indexed attributes are not searchable', async () => {
    expect((await result(url, 'tx_search', { query: "transfer.note='it\\'s \"quoted\"'" })).total_count).toBe('7');
    expect((await result(url, 'tx_search', { query: 'transfer.note="it\'s \\"quoted\\""' })).total_count).toBe('7');
    expect((await result(url, 'tx_search', { query: "transfer.secret='x'" })).total_count).toBe('0');
  });

  test('a pure tx.height range wider than the scan limit is refused with advice', async () => {
    expect((await rpcError(url, 'tx_search', { query: 'tx.height>0' })).data).toMatch(/^query: a tx.height range without an equality condition may span at most 3 heights/);
  });

  test('bad queries and params are -32602 naming the param', async () => {
    const e = await rpcError(url, 'tx_search', { query: "message.sender CONTAINS 'a'" });
    expect(e.code).toBe(-32602);
    expect(e.data).toBe('query: operator CONTAINS is not supported; only = is (and <, <=, >, >= on tx.height)');
    expect((await rpcError(url, 'tx_search', { query: 'message.amount>5' })).data).toMatch(/^query: operator > cannot be used on message.amount; only = is supported/);
    expect((await rpcError(url, 'tx_search', {})).data).toBe('query: is required');
    expect((await rpcError(url, 'tx_search', { query: '' })).data).toMatch(/^query: query is empty/);
    expect((await rpcError(url, 'tx_search', { query: 5 })).data).toMatch(/^query: expected a string/);
    expect((await rpcError(url, 'tx_search', { query: 'tx.height=1', page: 'x' })).data).toMatch(/^page: expected an integer/);
    expect((await rpcError(url, 'tx_search', { query: 'tx.height=1', order_by: 'sideways' })).data).toBe('order_by: expected "asc" or "desc", got "sideways"');
    expect((await rpcError(url, 'tx_search', { query: 'tx.height=1', prove: 'yes' })).data).toMatch(/^prove: expected a boolean/);
  });
});

describe('JSON-RPC envelope', () => {
  test('parse error: -32700, id null, HTTP 200', async () => {
    for (const body of ['{', 'not json', '', '{"jsonrpc":"2.0",}']) {
      const a = await postRaw(url, body);
      expect(a.status).toBe(200);
      expect(a.json.jsonrpc).toBe('2.0');
      expect(a.json.id).toBeNull();
      expect(a.json.error.code).toBe(-32700);
      expect(a.json.error.message).toBe('Parse error');
    }
  });

  test('invalid requests: -32600, id echoed when it could be read', async () => {
    const cases: Array<[unknown, unknown]> = [
      [42, null],
      ['str', null],
      [null, null],
      [{ jsonrpc: '1.0', id: 3, method: 'status' }, 3],
      [{ id: 'x', method: 'status' }, 'x'],
      [{ jsonrpc: '2.0', id: 4 }, 4],
      [{ jsonrpc: '2.0', id: 5, method: 7 }, 5],
      [{ jsonrpc: '2.0', id: 6, method: 'status', params: 'nope' }, 6],
      [{ jsonrpc: '2.0', id: { a: 1 }, method: 'status' }, null],
      [{ jsonrpc: '2.0', id: true, method: 'status' }, null],
    ];
    for (const [payload, id] of cases) {
      const a = await post(url, payload);
      expect(a.status).toBe(200);
      expect(a.json.id).toEqual(id);
      expect(a.json.error.code).toBe(-32600);
      expect(a.json.error.message).toBe('Invalid Request');
      expect(typeof a.json.error.data).toBe('string');
    }
  });

  test('method not found: -32601 with the id echoed', async () => {
    const a = await post(url, { jsonrpc: '2.0', id: 'abc', method: 'subscribe', params: {} });
    expect(a.json).toEqual({ jsonrpc: '2.0', id: 'abc', error: { code: -32601, message: 'Method not found', data: 'method "subscribe" is not supported; GET / lists the methods' } });
    for (const m of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect((await post(url, { jsonrpc: '2.0', id: 1, method: m })).json.error.code).toBe(-32601);
    }
  });

  test('ids: number, string and null echoed; unknown fields tolerated; positional params', async () => {
    for (const id of [0, 7, -1, 2.5, 'x-1', '', null]) {
      const a = await post(url, { jsonrpc: '2.0', id, method: 'health', params: {}, extra: { whatever: 1 } });
      expect(a.json).toEqual({ jsonrpc: '2.0', id, result: {} });
    }
    const a = await post(url, { jsonrpc: '2.0', id: 1, method: 'block', params: ['2'] });
    expect(a.json.result.block.header.height).toBe('2');
    const b = await post(url, { jsonrpc: '2.0', id: 1, method: 'block', params: { height: '2', unknown_param: 'ignored' } });
    expect(b.json.result.block.header.height).toBe('2');
    const c = await post(url, { jsonrpc: '2.0', id: 1, method: 'status' });
    expect(c.json.result.node_info.version).toBe('0.38.17');
  });

  test('a notification (no id) gets no answer', async () => {
    const a = await post(url, { jsonrpc: '2.0', method: 'status' });
    expect(a.status).toBe(204);
    expect(a.text).toBe('');
  });

  test('batch: every request answered in order; notifications skipped; limits', async () => {
    const a = await post(url, [
      { jsonrpc: '2.0', id: 1, method: 'health' },
      { jsonrpc: '2.0', id: 2, method: 'nope' },
      { jsonrpc: '2.0', method: 'health' },
      5,
      { jsonrpc: '2.0', id: 'b', method: 'block', params: { height: 'x' } },
      { jsonrpc: '2.0', id: 3, method: 'block', params: { height: 2 } },
    ]);
    expect(a.status).toBe(200);
    expect(a.json).toHaveLength(5);
    expect(a.json[0]).toEqual({ jsonrpc: '2.0', id: 1, result: {} });
    expect(a.json[1].error.code).toBe(-32601);
    expect(a.json[2]).toMatchObject({ id: null, error: { code: -32600 } });
    expect(a.json[3]).toMatchObject({ id: 'b', error: { code: -32602 } });
    expect(a.json[4].result.block.header.height).toBe('2');
    const empty = await post(url, []);
    expect(empty.json).toMatchObject({ id: null, error: { code: -32600, data: 'a batch must contain at least one request' } });
    const big = await post(url, Array.from({ length: 11 }, (_, i) => ({ jsonrpc: '2.0', id: i, method: 'health' })));
    expect(big.json).toMatchObject({ id: null, error: { code: -32600, data: 'a batch may contain at most 10 requests, got 11' } });
    const onlyNotes = await post(url, [{ jsonrpc: '2.0', method: 'health' }]);
    expect(onlyNotes.status).toBe(204);
  });

  test('a body just over the limit is refused, drained, and the connection stays usable', async () => {
    const payload = JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'broadcast_tx_sync', params: { tx: 'A'.repeat(70 * 1024) } });
    const raw = `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\n\r\n${payload}` + `GET /health HTTP/1.1\r\nHost: x\r\n\r\n`;
    const { text } = await rawExchange(url, raw, 500);
    const first = parseRawResponse(text);
    expect(first.status).toBe(200);
    expect(first.headers['connection']).not.toBe('close');
    expect(JSON.parse(first.body)).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request', data: 'the request body exceeds the limit of 65536 bytes' } });
    const second = parseRawResponse(text.slice(text.indexOf('HTTP/1.1', 10)));
    expect(JSON.parse(second.body)).toEqual({ jsonrpc: '2.0', id: -1, result: {} });
  });

  test('a huge declared body is refused at once and the connection closed cleanly', async () => {
    const raw = `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n{"jsonrpc":"2.0"`;
    const { text, closed } = await rawExchange(url, raw);
    const r = parseRawResponse(text);
    expect(r.status).toBe(200);
    expect(r.headers['connection']).toBe('close');
    expect(JSON.parse(r.body).error).toEqual({ code: -32600, message: 'Invalid Request', data: 'the request body exceeds the limit of 65536 bytes' });
    expect(closed).toBe(true);
  });

  test('a chunked body that keeps growing is cut off after reading at most twice the limit', async () => {
    const chunk = 'x'.repeat(16 * 1024);
    let raw = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n';
    for (let i = 0; i < 10; i++) raw += `${chunk.length.toString(16)}\r\n${chunk}\r\n`; // 160 KiB, never terminated
    const { text, closed } = await rawExchange(url, raw);
    const r = parseRawResponse(text);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).error.code).toBe(-32600);
    expect(closed).toBe(true);
    expect((await result(url, 'health')) as unknown).toEqual({});
  });

  test('the default body limit fits a max-size (1 MiB) tx in base64', () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBeGreaterThan(Math.ceil((1024 * 1024) / 3) * 4 + 1024);
  });

  test('other HTTP methods and malformed HTTP get a JSON-RPC error over 200', async () => {
    const a = await fetch(url, { method: 'PUT', body: '{}' });
    expect(a.status).toBe(200);
    expect(((await a.json()) as { error: { code: number } }).error.code).toBe(-32600);
    const { text } = await rawExchange(url, 'BLAH\x00\x01 nonsense\r\n\r\n');
    const r = parseRawResponse(text);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).error.code).toBe(-32600);
  });
});

describe('HTTP details', () => {
  test('CORS preflight and headers on answers', async () => {
    const pre = await fetch(url, { method: 'OPTIONS', headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(pre.headers.get('access-control-allow-headers')).toBe('Content-Type');
    const a = await post(url, { jsonrpc: '2.0', id: 1, method: 'health' });
    expect(a.headers.get('access-control-allow-origin')).toBe('*');
    expect(a.headers.get('content-type')).toBe('application/json');
  });

  test('CORS with an origin list echoes only allowed origins', async () => {
    const s2 = new RpcServer(backend, { port: 0, corsOrigins: ['https://good.example'] });
    const { url: u2 } = await s2.start();
    try {
      const good = await fetch(u2 + '/health', { headers: { Origin: 'https://good.example' } });
      expect(good.headers.get('access-control-allow-origin')).toBe('https://good.example');
      expect(good.headers.get('vary')).toBe('Origin');
      const bad = await fetch(u2 + '/health', { headers: { Origin: 'https://evil.example' } });
      expect(bad.headers.get('access-control-allow-origin')).toBeNull();
      const pre = await fetch(u2, { method: 'OPTIONS', headers: { Origin: 'https://good.example' } });
      expect(pre.headers.get('access-control-allow-origin')).toBe('https://good.example');
    } finally {
      await s2.stop();
    }
  });

  test('keep-alive is on', async () => {
    const { text } = await rawExchange(url, 'GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /health HTTP/1.1\r\nHost: x\r\n\r\n', 300);
    expect(text.match(/HTTP\/1\.1 200/g)).toHaveLength(2);
    expect(text.toLowerCase()).toContain('connection: keep-alive');
  });

  test('GET URI style: params as query strings, strings may be quoted, id -1', async () => {
    const s = await get(url, '/status');
    expect(s.status).toBe(200);
    expect(s.json.id).toBe(-1);
    expect(s.json.result.node_info.network).toBe('aivm-test-1');
    expect((await get(url, '/block?height=2')).json.result.block.header.height).toBe('2');
    expect((await get(url, '/block?height="3"')).json.result.block.header.height).toBe('3');
    const q = await get(url, `/tx_search?query=${encodeURIComponent('"message.sender=\'aivm1alice\'"')}&per_page=2&order_by="desc"`);
    expect(q.json.result.total_count).toBe('4');
    expect(q.json.result.txs.map((t: { height: string }) => t.height)).toEqual(['4', '4']);
    expect((await get(url, `/tx?hash=0x${sha(txs[0]!)}`)).json.result.height).toBe('2');
    expect((await get(url, '/abci_query?path="/echo"&data=0x0102')).json.result.response.value).toBe(toBase64(Uint8Array.of(1, 2)));
    const bt = await get(url, '/broadcast_tx_sync?tx="hello"');
    expect(bt.json.result.hash).toBe(sha('hello'));
    const bt2 = await get(url, '/broadcast_tx_sync?tx=0x68656c6c6f21');
    expect(bt2.json.result.hash).toBe(sha('hello!'));
    const e = await get(url, '/block?height=abc');
    expect(e.status).toBe(200);
    expect(e.json).toMatchObject({ id: -1, error: { code: -32602 } });
    const nf = await get(url, '/no_such_method');
    expect(nf.json).toMatchObject({ id: -1, error: { code: -32601 } });
    const idx = await get(url, '/');
    expect(idx.json.result.methods).toContain('/tx_search?query=_&prove=_&page=_&per_page=_&order_by=_');
    expect(idx.json.result.methods).toContain('/status');
  });

  test('GET /metrics delegates to the handler; without one it is "method not found"', async () => {
    const m = await get(url, '/metrics');
    expect(m.status).toBe(200);
    expect(m.headers.get('content-type')).toBe('text/plain; version=0.0.4');
    expect(m.text).toBe('aivm_rpc_requests_total 1\n');
    const s2 = new RpcServer(backend, { port: 0 });
    const { url: u2 } = await s2.start();
    try {
      expect((await get(u2, '/metrics')).json.error.code).toBe(-32601);
    } finally {
      await s2.stop();
    }
  });

  test('metrics hook sees each call with method, outcome and latency; unknown methods are bucketed', async () => {
    observed.length = 0;
    await call(url, 'status');
    await call(url, 'definitely_not_a_method');
    await call(url, 'block', { height: 'x' });
    await postRaw(url, '{');
    expect(observed.map((o) => [o.method, o.ok])).toEqual([
      ['status', true],
      ['unknown', false],
      ['block', false],
      ['invalid', false],
    ]);
    for (const o of observed) expect(o.seconds).toBeGreaterThanOrEqual(0);
  });

  test('stop() closes the listener; start() again works on a new server', async () => {
    const s2 = new RpcServer(backend, { port: 0 });
    const { url: u2 } = await s2.start();
    expect(s2.url).toBe(u2);
    expect(await result(u2, 'health')).toEqual({});
    await s2.stop();
    await expect(fetch(u2 + '/health')).rejects.toThrow();
    await s2.stop(); // idempotent
  });
});
