// 1,000 malformed requests: each must get a JSON-RPC error over HTTP 200, and the server must
// keep serving (including real cosmjs) afterwards.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { StargateClient } from '@cosmjs/stargate';
import { RpcServer } from './server.js';
import { standardChain } from './testkit.js';
import { parseRawResponse, rawExchange, result } from './test-http.js';

const LIMIT = 16 * 1024;
const CODES = new Set([-32700, -32600, -32601, -32602, -32603]);

let server: RpcServer;
let url: string;

beforeAll(async () => {
  const { backend } = standardChain();
  server = new RpcServer(backend, { port: 0, maxBodyBytes: LIMIT, maxBatch: 20 });
  ({ url } = await server.start());
});

afterAll(async () => {
  await server.stop();
});

/** mulberry32: a small deterministic PRNG so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Case = { kind: 'post'; body: string | Uint8Array } | { kind: 'raw'; payload: Buffer };

function buildCases(rand: () => number): Case[] {
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  const randomString = (n: number) => Array.from({ length: n }, () => String.fromCharCode(32 + int(95))).join('');
  const badValues: unknown[] = [true, false, {}, { a: 1 }, [], [1, 2], 1.5, -0.25, 'abc', '1e3', '0x10', '--1', ' ', 'ÿ', 1e300, '99999999999999999999'];
  const valid = { jsonrpc: '2.0', id: 1, method: 'status', params: {} };
  // Method + params that must be rejected with -32602 (or -32603 for unavailable data).
  const badParams: Array<() => [string, unknown]> = [
    () => ['block', { height: pick(badValues.filter((v) => v !== ' ')) }],
    () => ['block', { height: -1 - int(100) }],
    () => ['block', { height: 1000 + int(1e6) }],
    () => ['block_results', { height: pick([true, {}, [], 'x', 2.5]) }],
    () => ['commit', { height: pick(['zz', {}, [], 0]) }],
    () => ['header', { height: pick(['zz', {}, -5]) }],
    () => ['tx_search', { query: pick([5, true, {}, [], null, '']) }],
    () => ['tx_search', { query: pick(['tx.height', "a.b CONTAINS 'x'", "a.b='unterminated", 'AND', 'x>', "a.b>'5'", '!!!', randomString(20)]) }],
    () => ['tx_search', { query: 'tx.height=1', page: pick(['x', {}, [], true, 0, 99]) }],
    () => ['tx_search', { query: 'tx.height=1', order_by: pick(['up', 5, {}, 'ascending']) }],
    () => ['tx_search', { query: 'tx.height=1', per_page: pick(['x', {}, 1.5]) }],
    () => ['tx', { hash: pick([5, {}, '', 'abc', '0x1234', 'zz'.repeat(32), randomString(44)]) }],
    () => ['tx', {}],
    () => ['block_by_hash', { hash: pick([7, [], 'nothex', 'AAAA']) }],
    () => ['broadcast_tx_sync', { tx: pick([5, {}, [], '', '%%%%', 'a-b_', randomString(13) + '!']) }],
    () => ['broadcast_tx_async', { tx: pick([null, 7, '', '*']) }],
    () => ['broadcast_tx_commit', { tx: pick([false, '', '###']) }],
    () => ['abci_query', { path: pick([5, {}, [], '', undefined]), data: '00' }],
    () => ['abci_query', { path: '/echo', data: pick([5, 'xyz', '0', {}, '0xZZ']) }],
    () => ['abci_query', { path: '/echo', height: pick(['a', {}, -1, 3]) }],
    () => ['abci_query', { path: '/echo', prove: pick(['maybe', 5, {}]) }],
    () => ['validators', { page: pick(['x', 9, 0, {}]), per_page: '1' }],
    () => ['blockchain', { minHeight: pick([-1, 'x', {}]), maxHeight: '2' }],
    () => ['blockchain', { minHeight: '4', maxHeight: '2' }],
    () => ['unconfirmed_txs', { limit: pick(['x', {}, []]) }],
  ];
  const envelopes: Array<() => unknown> = [
    () => ({ ...valid, jsonrpc: pick(['1.0', 2, null, undefined, '2']) }),
    () => ({ ...valid, id: pick([{}, [], true, false]) }),
    () => ({ ...valid, method: pick([5, null, {}, [], true]) }),
    () => ({ ...valid, params: pick([5, 'x', true]) }),
    () => pick([1, 'x', null, true, []]),
    () => ({ jsonrpc: '2.0', id: int(1000), method: randomString(1 + int(30)), params: {} }),
    () => ({ jsonrpc: '2.0', id: randomString(8), method: pick(['subscribe', 'unsubscribe', 'dial_peers', '__proto__', 'constructor', 'valueOf', 'Status', 'status ', '']) }),
  ];
  const out: Case[] = [];
  for (let i = 0; i < 1000; i++) {
    const r = int(100);
    if (r < 12) {
      // bad JSON: truncated or corrupted valid requests, or garbage text
      const s = JSON.stringify({ ...valid, params: { x: randomString(10) } });
      out.push({ kind: 'post', body: pick([s.slice(0, 1 + int(s.length - 2)), s.replace('"', "'"), `${s}}`, `{${s}`, randomString(1 + int(50)), 'NaN', "{'a':1}", '[1,', '"unterminated']) });
    } else if (r < 20) {
      // random bytes as the body
      out.push({ kind: 'post', body: randomBytes(1 + int(400)) });
    } else if (r < 60) {
      const [method, params] = pick(badParams)();
      out.push({ kind: 'post', body: JSON.stringify({ jsonrpc: '2.0', id: i, method, params }) });
    } else if (r < 80) {
      out.push({ kind: 'post', body: JSON.stringify(pick(envelopes)()) });
    } else if (r < 86) {
      // batches of bad requests (each element must be an error), empty or oversized batches
      const n = pick([0, 1 + int(5), 21 + int(5)]);
      const batch = Array.from({ length: n }, (_, j) => {
        const [method, params] = pick(badParams)();
        return j % 2 ? { jsonrpc: '2.0', id: j, method, params } : pick(envelopes)();
      });
      out.push({ kind: 'post', body: JSON.stringify(batch) });
    } else if (r < 92) {
      // bodies over the limit (but under twice the limit: drained, connection kept)
      const pad = 'A'.repeat(LIMIT + 1 + int(LIMIT - 200));
      out.push({ kind: 'post', body: JSON.stringify({ jsonrpc: '2.0', id: i, method: 'broadcast_tx_sync', params: { tx: pad } }) });
    } else if (r < 96) {
      // a huge declared body: refused at once, connection closed
      out.push({ kind: 'raw', payload: Buffer.from(`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${LIMIT * 3 + int(1e9)}\r\n\r\n{"jsonrpc":`) });
    } else {
      // random bytes on the socket (first byte 0 so the HTTP parser fails at once)
      out.push({ kind: 'raw', payload: Buffer.concat([Buffer.of(0), Buffer.from(randomBytes(int(300))), Buffer.from('\r\n\r\n')]) });
    }
  }
  return out;
}

function expectError(obj: unknown, ctx: string) {
  const o = obj as { jsonrpc?: unknown; id?: unknown; error?: { code?: unknown; message?: unknown; data?: unknown }; result?: unknown };
  if (o?.jsonrpc !== '2.0' || !o.error || o.result !== undefined) throw new Error(`not a JSON-RPC error (${ctx}): ${JSON.stringify(obj).slice(0, 300)}`);
  if (!CODES.has(o.error.code as number)) throw new Error(`unexpected code (${ctx}): ${JSON.stringify(o.error)}`);
  if (typeof o.error.message !== 'string') throw new Error(`message not a string (${ctx})`);
  const id = o.id;
  if (!(id === null || typeof id === 'string' || typeof id === 'number')) throw new Error(`bad id (${ctx}): ${JSON.stringify(id)}`);
}

test('1,000 malformed requests each get a JSON-RPC error over HTTP 200; the server keeps serving', async () => {
  const cases = buildCases(prng(0xa17a));
  let answered = 0;
  const kinds = { post: 0, raw: 0 };
  const run = async (c: Case, i: number) => {
    kinds[c.kind]++;
    let status: number;
    let text: string;
    if (c.kind === 'post') {
      const res = await fetch(url, { method: 'POST', body: c.body, headers: { 'Content-Type': 'application/json' } });
      status = res.status;
      text = await res.text();
    } else {
      const raw = await rawExchange(url, c.payload, 3000);
      const r = parseRawResponse(raw.text);
      status = r.status;
      text = r.body;
    }
    const ctx = `case ${i}`;
    if (status !== 200) throw new Error(`HTTP ${status} (${ctx}): ${text.slice(0, 200)}`);
    if (/\n\s+at /.test(text)) throw new Error(`stack trace leaked (${ctx}): ${text.slice(0, 300)}`);
    const body = JSON.parse(text) as unknown;
    if (Array.isArray(body)) {
      expect(body.length).toBeGreaterThan(0);
      body.forEach((b, j) => expectError(b, `${ctx}[${j}]`));
    } else expectError(body, ctx);
    answered++;
  };
  for (let i = 0; i < cases.length; i += 10) {
    await Promise.all(cases.slice(i, i + 10).map((c, j) => run(c, i + j)));
  }
  expect(answered).toBe(1000);
  expect(kinds.post).toBeGreaterThan(800);
  expect(kinds.raw).toBeGreaterThan(40);

  // Still serving: plain calls and real cosmjs.
  expect(await result(url, 'health')).toEqual({});
  const client = await StargateClient.connect(url);
  try {
    expect(await client.getHeight()).toBe(5);
    expect((await client.searchTx([{ key: 'message.sender', value: 'aivm1alice' }])).length).toBe(4);
  } finally {
    client.disconnect();
  }
});
