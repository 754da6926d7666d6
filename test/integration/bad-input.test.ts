// Bad input against a real aivmd: ≥ 10,000 random and mutated tx byte strings through
// broadcast_tx_sync, and ≥ 1,000 malformed JSON-RPC / HTTP requests. Every one is answered
// (HTTP 200; a tx with a non-zero code, or code 0 only when it still carries the exact signed
// content of one of our valid txs; a bad request with a JSON-RPC error object), the node never
// crashes, and afterwards it still serves status, commits a valid tx, and no balance moved except
// by the txs it accepted. The PRNG seed is printed on failure (AIVM_FUZZ_SEED=<n> replays it).
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { request, Agent } from 'node:http';
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { buildSignedTx } from '../../client/signing/tx-builder.js';
import { keyFromSeed, toHighS, type Secp256k1Key } from '../../client/signing/secp256k1.js';
import { accountInfo, balanceOf, cleanupAll, keyFromMnemonic, msgSend, NodeProcess } from '../harness/node-process.js';

jest.setTimeout(180_000);

const SEED = Number(process.env.AIVM_FUZZ_SEED ?? Date.now() % 2 ** 31);
const CHAIN_ID = 'aivm-dev-1';
const CONCURRENCY = 16;
const TX_CASES = 10_000;

/** mulberry32: small, fast, seedable. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  const bytes = (n: number) => {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256);
    return b;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, int, bytes, pick };
}
const rnd = prng(SEED);

// ---- HTTP with keep-alive and bounded concurrency ---------------------------------------------

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
let node: NodeProcess;

interface HttpAnswer {
  readonly status: number;
  readonly body: string;
}

function http(o: { method?: string; path?: string; body?: string | Uint8Array; contentType?: string }): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const body = o.body === undefined ? undefined : typeof o.body === 'string' ? Buffer.from(o.body) : Buffer.from(o.body);
    const req = request(
      {
        host: '127.0.0.1',
        port: node.port,
        method: o.method ?? 'POST',
        path: o.path ?? '/',
        agent,
        headers: { 'content-type': o.contentType ?? 'application/json', ...(body ? { 'content-length': body.length } : {}) },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

async function pool<T>(items: readonly T[], n: number, f: (x: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        await f(items[i]!, i);
      }
    }),
  );
}

function parseJson(a: HttpAnswer): any {
  try {
    return JSON.parse(a.body);
  } catch {
    return undefined;
  }
}

// ---- valid txs and their mutations --------------------------------------------------------------

let key: Secp256k1Key;
let accountNumber: bigint;
let sequence: bigint;
const recipients = [0, 1, 2].map((i) => keyFromSeed(`bad-input/recipient-${i}`).address);
/** Every (body, auth info, signature) triple we signed correctly, as hex. */
const signedContent = new Set<string>();
let bases: Uint8Array[] = [];

function contentId(raw: TxRaw): string {
  return [raw.bodyBytes, raw.authInfoBytes, ...raw.signatures].map((b) => Buffer.from(b).toString('hex')).join('|');
}

function makeBases(): void {
  const fee = (gas: number) => [{ denom: 'uaivm', amount: String(Math.ceil(gas * 0.025)) }];
  const o = { chainId: CHAIN_ID, accountNumber, sequence };
  bases = [
    buildSignedTx(key, [msgSend(key.address, recipients[0]!, 1)], o),
    buildSignedTx(key, [msgSend(key.address, recipients[1]!, 2), msgSend(key.address, recipients[2]!, 3)], { ...o, memo: 'fuzz' }),
    buildSignedTx(key, [msgSend(key.address, recipients[2]!, 5)], { ...o, gasLimit: 300_000, fee: fee(300_000), memo: 'x'.repeat(200) }),
    buildSignedTx(key, [msgSend(key.address, recipients[1]!, 7), msgSend(key.address, recipients[0]!, 8), msgSend(key.address, recipients[2]!, 9)], { ...o, gasLimit: 400_000, fee: fee(400_000) }),
  ];
  for (const b of bases) signedContent.add(contentId(TxRaw.decode(b)));
}

/** Correctly signed txs whose content is invalid: CheckTx must refuse every one. */
function semanticallyInvalid(): Uint8Array {
  const o = { chainId: CHAIN_ID, accountNumber, sequence };
  const send = (amount: string, denom = 'uaivm', to = recipients[0]!, from = key.address) => ({
    typeUrl: '/cosmos.bank.v1beta1.MsgSend',
    value: MsgSend.encode({ fromAddress: from, toAddress: to, amount: [{ denom, amount }] }).finish(),
  });
  const cases: Array<() => Uint8Array> = [
    () => buildSignedTx(key, [send('0')], o),
    () => buildSignedTx(key, [send('-5')], o),
    () => buildSignedTx(key, [send('1.5')], o),
    () => buildSignedTx(key, [send('1', '')], o),
    () => buildSignedTx(key, [send('1', 'U AIVM!')], o),
    () => buildSignedTx(key, [send('1', 'uaivm', 'aivm1notanaddress')], o),
    () => buildSignedTx(key, [send('1', 'uaivm', 'cosmos1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu')], o),
    () => buildSignedTx(key, [send('1', 'uaivm', recipients[0]!, recipients[1]!)], o), // signer is not the sender
    () => buildSignedTx(key, [], o),
    () => buildSignedTx(key, [send('1')], { ...o, memo: 'm'.repeat(300) }),
    () => buildSignedTx(key, [send('1')], { ...o, gasLimit: 0, fee: [] }),
    () => buildSignedTx(key, [send('1')], { ...o, fee: [{ denom: 'uaivm', amount: '1' }] }),
    () => buildSignedTx(key, [send('1')], { ...o, fee: [{ denom: 'uother', amount: '5000' }] }),
    () => buildSignedTx(key, [send('1')], { ...o, chainId: 'aivm-other-9' }),
    () => buildSignedTx(key, [send('1')], { ...o, accountNumber: accountNumber + 1n }),
    () => buildSignedTx(key, [send('1')], { ...o, sequence: sequence + 5n }),
    () => buildSignedTx(key, [send('1')], { ...o, sequence: sequence > 0n ? sequence - 1n : sequence + 7n }),
    () => buildSignedTx(key, [send('1')], { ...o, timeoutHeight: 1 }),
    () => buildSignedTx(key, [{ typeUrl: '/cosmos.bank.v1beta1.MsgMultiSend', value: rnd.bytes(rnd.int(0, 40)) }], o),
    () => buildSignedTx(key, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: rnd.bytes(rnd.int(1, 60)) }], o),
    () => buildSignedTx(keyFromSeed(`bad-input/stranger-${rnd.int(0, 3)}`), [send('1', 'uaivm', recipients[0]!, keyFromSeed('bad-input/stranger-0').address)], o),
    () => {
      const raw = TxRaw.decode(buildSignedTx(key, [send('1')], o));
      return TxRaw.encode({ ...raw, signatures: [toHighS(raw.signatures[0]!)] }).finish();
    },
  ];
  return rnd.pick(cases)();
}

function flip(b: Uint8Array): Uint8Array {
  const out = Uint8Array.from(b);
  const n = rnd.int(1, 8);
  for (let i = 0; i < n; i++) out[rnd.int(0, out.length - 1)] ^= rnd.int(1, 255);
  return out;
}

function fieldSwap(): Uint8Array {
  const a = TxRaw.decode(rnd.pick(bases));
  const b = TxRaw.decode(rnd.pick(bases));
  const body = TxBody.decode(a.bodyBytes);
  const auth = AuthInfo.decode(a.authInfoBytes);
  const variants: Array<() => TxRaw> = [
    () => ({ bodyBytes: a.authInfoBytes, authInfoBytes: a.bodyBytes, signatures: a.signatures }),
    () => ({ bodyBytes: a.bodyBytes, authInfoBytes: b.authInfoBytes, signatures: b.signatures }),
    () => ({ bodyBytes: b.bodyBytes, authInfoBytes: a.authInfoBytes, signatures: a.signatures }),
    () => ({ ...a, signatures: [] }),
    () => ({ ...a, signatures: [a.signatures[0]!, a.signatures[0]!] }),
    () => ({ ...a, signatures: [new Uint8Array(64)] }),
    () => ({ ...a, signatures: [rnd.bytes(rnd.pick([0, 1, 63, 64, 65, 71, 72]))] }),
    () => ({ ...a, bodyBytes: new Uint8Array() }),
    () => ({ ...a, authInfoBytes: new Uint8Array() }),
    () => ({ ...a, bodyBytes: TxBody.encode({ ...body, messages: [...body.messages].reverse().concat(body.messages.length === 1 ? body.messages : []) }).finish() }),
    () => ({ ...a, authInfoBytes: AuthInfo.encode({ ...auth, signerInfos: [] }).finish() }),
    () => ({ ...a, authInfoBytes: AuthInfo.encode({ ...auth, signerInfos: [auth.signerInfos[0]!, auth.signerInfos[0]!] }).finish() }),
    () => ({ ...a, authInfoBytes: AuthInfo.encode({ ...auth, fee: undefined }).finish() }),
    () => ({ ...a, bodyBytes: TxBody.encode({ ...body, messages: body.messages.map((m) => ({ ...m, typeUrl: m.typeUrl + 'X' })) }).finish() }),
  ];
  return TxRaw.encode(rnd.pick(variants)()).finish();
}

/** Appends a well-formed protobuf field with an unused number to a TxRaw (a malleability probe). */
function unknownField(b: Uint8Array): Uint8Array {
  const field = rnd.pick([4, 5, 15, 100, 1023, 2047]);
  const tag = (field << 3) | 2; // length-delimited
  const tagBytes: number[] = [];
  for (let t = tag; ; ) {
    if (t < 0x80) {
      tagBytes.push(t);
      break;
    }
    tagBytes.push((t & 0x7f) | 0x80);
    t >>>= 7;
  }
  const payload = rnd.bytes(rnd.int(0, 20));
  return Uint8Array.from([...b, ...tagBytes, payload.length, ...payload]);
}

type TxCase = { kind: string; bytes: Uint8Array };

function makeTxCase(): TxCase {
  const r = rnd.next();
  const base = rnd.pick(bases);
  if (r < 0.22) {
    const u = rnd.next();
    const len = u < 0.7 ? rnd.int(1, 300) : u < 0.96 ? rnd.int(300, 5000) : rnd.int(5000, 70_000);
    return { kind: 'random', bytes: rnd.bytes(len) };
  }
  if (r < 0.47) return { kind: 'flip', bytes: flip(base) };
  if (r < 0.59) return { kind: 'truncate', bytes: base.subarray(0, rnd.int(1, base.length - 1)) };
  if (r < 0.67) return { kind: 'extend', bytes: Uint8Array.from([...base, ...rnd.bytes(rnd.int(1, 64))]) };
  if (r < 0.71) return { kind: 'unknown-field', bytes: unknownField(base) };
  if (r < 0.79) {
    const at = rnd.int(0, base.length);
    return { kind: 'insert', bytes: Uint8Array.from([...base.subarray(0, at), ...rnd.bytes(rnd.int(1, 16)), ...base.subarray(at)]) };
  }
  if (r < 0.92) return { kind: 'swap', bytes: fieldSwap() };
  return { kind: 'semantic', bytes: semanticallyInvalid() };
}

// ---- state -----------------------------------------------------------------------------------

let watched: string[];
const before = new Map<string, bigint>();
let maxBody = 0;

beforeAll(async () => {
  node = await NodeProcess.start({ accounts: 2, blockTimeMs: 300 });
  const devs = node.devAccounts();
  key = await keyFromMnemonic(devs.find((a) => a.name === 'dev0')!.mnemonic);
  ({ accountNumber, sequence } = (await accountInfo(node.url, key.address))!);
  maxBody = (JSON.parse(readFileSync(join(node.home, 'config', 'config.json'), 'utf8')) as { rpc: { max_body_bytes: number } }).rpc.max_body_bytes;
  watched = [...devs.map((a) => a.address), ...recipients];
  for (const a of watched) before.set(a, await balanceOf(node.url, a));
  makeBases();
}, 150_000);

afterAll(async () => {
  agent.destroy();
  await node?.stop();
  await cleanupAll();
});

const accepted: Array<{ kind: string; hash: string; bytes: Uint8Array }> = [];

describe(`bad input (seed ${SEED})`, () => {
  test(`${TX_CASES} random and mutated txs through broadcast_tx_sync: every one answered, none wrongly accepted`, async () => {
    const codes = new Map<string, number>();
    const problems: string[] = [];
    // Cases are made when they are sent: a tx accepted mid-run moves the sequence, and the rest
    // are then mutated from valid txs at the new sequence.
    const slots = Array.from({ length: TX_CASES }, (_, i) => i);
    await pool(slots, CONCURRENCY, async (_, i) => {
      const c: TxCase =
        i === 0 ? { kind: 'empty', bytes: new Uint8Array() } : i <= 3 ? { kind: 'oversized', bytes: rnd.bytes(1_048_576 + rnd.int(1, 200_000)) } : makeTxCase();
      let a: HttpAnswer;
      try {
        a = await http({ body: JSON.stringify({ jsonrpc: '2.0', id: i, method: 'broadcast_tx_sync', params: { tx: Buffer.from(c.bytes).toString('base64') } }) });
      } catch (e) {
        problems.push(`#${i} ${c.kind}: no answer (${(e as Error).message})`);
        return;
      }
      const j = parseJson(a);
      if (a.status !== 200 || !j || j.id !== i) {
        problems.push(`#${i} ${c.kind}: HTTP ${a.status} ${a.body.slice(0, 200)}`);
        return;
      }
      if (j.error) {
        // only an empty tx is refused at the JSON-RPC level
        if (c.kind !== 'empty' || j.error.code !== -32602) problems.push(`#${i} ${c.kind}: JSON-RPC error ${JSON.stringify(j.error).slice(0, 200)}`);
        codes.set('rpc-error', (codes.get('rpc-error') ?? 0) + 1);
        return;
      }
      const r = j.result;
      if (typeof r?.code !== 'number' || typeof r.hash !== 'string') {
        problems.push(`#${i} ${c.kind}: malformed result ${JSON.stringify(r).slice(0, 200)}`);
        return;
      }
      const label = r.code === 0 ? 'ok' : `${r.codespace}/${r.code}`;
      codes.set(label, (codes.get(label) ?? 0) + 1);
      if (r.code !== 0 && !(typeof r.log === 'string' && r.log.length > 0)) problems.push(`#${i} ${c.kind}: refused (${label}) without a log message`);
      if (r.code === 0) {
        let raw: TxRaw | undefined;
        try {
          raw = TxRaw.decode(c.bytes);
        } catch {
          /* not even a TxRaw */
        }
        if (c.kind === 'semantic' || !raw || !signedContent.has(contentId(raw))) {
          problems.push(`#${i} ${c.kind}: ACCEPTED although it is not one of our validly signed txs: ${Buffer.from(c.bytes).toString('base64').slice(0, 400)}`);
        }
        accepted.push({ kind: c.kind, hash: r.hash, bytes: c.bytes });
        // it took the sequence: mutate valid txs at the next one from now on
        sequence++;
        makeBases();
      }
    });
    const summary = [...codes.entries()].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k}:${v}`).join(' ');
    expect({ seed: SEED, problems: problems.slice(0, 20), problemCount: problems.length }).toEqual({ seed: SEED, problems: [], problemCount: 0 });
    expect([...codes.values()].reduce((s, n) => s + n, 0)).toBe(TX_CASES);
    // the run exercised the ante chain, not just the decoder
    expect({ decodeErrors: (codes.get('sdk/2') ?? 0) > 500, badSignatures: (codes.get('sdk/4') ?? 0) > 500, tooLarge: codes.get('sdk/21') ?? 0, summary }).toEqual({
      decodeErrors: true,
      badSignatures: true,
      tooLarge: 3,
      summary,
    });
    expect(node.running).toBe(true);
    if (accepted.length) {
      const byKind = new Map<string, number>();
      for (const x of accepted) byKind.set(x.kind, (byKind.get(x.kind) ?? 0) + 1);
      process.stderr.write(`bad-input: ${accepted.length} mutated txs carried the exact signed content of a valid tx and were accepted (${[...byKind].map(([k, n]) => `${k}:${n}`).join(' ')}); codes: ${summary}\n`);
    }
  });

  test('≥ 1,000 malformed JSON-RPC and HTTP requests: every one answered with a JSON-RPC error over HTTP 200', async () => {
    const reqs = malformedRequests();
    expect(reqs.length).toBeGreaterThanOrEqual(1000);
    const problems: string[] = [];
    await pool(reqs, CONCURRENCY, async (m, i) => {
      let a: HttpAnswer;
      try {
        a = m.raw ? await rawHttp(m.raw) : await http({ method: m.method, path: m.path, body: m.body, contentType: m.contentType });
      } catch (e) {
        problems.push(`#${i} ${m.kind}: no answer (${(e as Error).message})`);
        return;
      }
      const j = parseJson(a);
      const why = m.check(a.status, j);
      if (why) problems.push(`#${i} ${m.kind}: ${why}; sent ${show(m)}; got HTTP ${a.status} ${a.body.slice(0, 300)}`);
    });
    expect({ seed: SEED, problems: problems.slice(0, 20), problemCount: problems.length }).toEqual({ seed: SEED, problems: [], problemCount: 0 });
    expect(node.running).toBe(true);
  });

  test('tx malleability: a valid tx re-encoded with an extra unknown or repeated TxRaw field is refused (sdk/2), so its hash cannot be changed by a relay', async () => {
    // A twin with the same signed content but other bytes has another hash. If the twin is
    // accepted it takes the sequence, the original is refused, and the sender's client (cosmjs
    // polls tx_search for the hash it sent) never finds its tx although it executed. The Cosmos
    // SDK refuses unknown fields in TxRaw for this reason.
    const answers: string[] = [];
    for (const make of [
      (b: Uint8Array) => unknownField(b),
      (b: Uint8Array) => {
        // body_bytes twice: protobuf keeps the last, so junk first and the signed body second
        const raw = TxRaw.decode(b);
        const junk = TxRaw.encode({ bodyBytes: Uint8Array.of(1, 2, 3), authInfoBytes: new Uint8Array(), signatures: [] }).finish();
        return Uint8Array.from([...junk, ...TxRaw.encode(raw).finish()]);
      },
    ]) {
      ({ sequence } = (await accountInfo(node.url, key.address))!);
      const orig = buildSignedTx(key, [msgSend(key.address, recipients[1]!, 11)], { chainId: CHAIN_ID, accountNumber, sequence });
      const twin = make(orig);
      expect(Buffer.from(twin).equals(Buffer.from(orig))).toBe(false);
      expect(contentId(TxRaw.decode(twin))).toBe(contentId(TxRaw.decode(orig))); // same signed content
      const r = await node.rpc('broadcast_tx_sync', { tx: Buffer.from(twin).toString('base64') });
      answers.push(`${r.codespace}/${r.code}`);
      if (r.code === 0) accepted.push({ kind: 'twin', hash: r.hash, bytes: twin });
    }
    expect(answers).toEqual(['sdk/2', 'sdk/2']);
  });

  test('afterwards the node serves status, commits a valid tx, and no balance moved except by the accepted txs', async () => {
    const h0 = await node.height();
    await node.waitForHeight(h0 + 1);
    // anything accepted above commits
    const deadline = Date.now() + 30_000;
    while ((Number((await node.rpc('num_unconfirmed_txs')).n_txs) > 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const expected = new Map(before);
    for (const a of accepted) {
      const t = await node.rpc('tx', { hash: a.hash });
      const raw = TxRaw.decode(a.bytes);
      const fee = BigInt(AuthInfo.decode(raw.authInfoBytes).fee!.amount[0]!.amount);
      expected.set(key.address, expected.get(key.address)! - fee);
      if (t.tx_result.code === 0) {
        for (const m of TxBody.decode(raw.bodyBytes).messages) {
          const s = MsgSend.decode(m.value);
          const amt = BigInt(s.amount[0]!.amount);
          expected.set(s.fromAddress, expected.get(s.fromAddress)! - amt);
          expected.set(s.toAddress, expected.get(s.toAddress)! + amt);
        }
      }
    }
    // one more valid tx, from dev1 to a recipient
    const dev1 = await keyFromMnemonic(node.devAccounts().find((a) => a.name === 'dev1')!.mnemonic);
    const acc = (await accountInfo(node.url, dev1.address))!;
    const bytes = buildSignedTx(dev1, [msgSend(dev1.address, recipients[0]!, 777)], { chainId: CHAIN_ID, accountNumber: acc.accountNumber, sequence: acc.sequence });
    const r = await node.rpc('broadcast_tx_sync', { tx: Buffer.from(bytes).toString('base64') });
    expect(r.code).toBe(0);
    let committed: any;
    for (const end = Date.now() + 20_000; !committed && Date.now() < end; ) {
      committed = await node.rpc('tx', { hash: r.hash }).catch(() => undefined);
      if (!committed) await new Promise((res) => setTimeout(res, 150));
    }
    expect(committed?.tx_result.code).toBe(0);
    expected.set(dev1.address, expected.get(dev1.address)! - 777n - 5000n);
    expected.set(recipients[0]!, expected.get(recipients[0]!)! + 777n);
    const actual = new Map<string, bigint>();
    for (const a of watched) actual.set(a, await balanceOf(node.url, a));
    expect(Object.fromEntries([...actual].map(([k, v]) => [k, v.toString()]))).toEqual(Object.fromEntries([...expected].map(([k, v]) => [k, v.toString()])));
    expect(node.running).toBe(true);
  });
});

// ---- malformed requests ----------------------------------------------------------------------

interface Malformed {
  readonly kind: string;
  readonly method?: string;
  readonly path?: string;
  readonly body?: string | Uint8Array;
  readonly contentType?: string;
  /** A raw HTTP request written to a fresh socket. */
  readonly raw?: Buffer;
  /** Undefined when the answer is right, else what is wrong. */
  check(status: number, json: any): string | undefined;
}

function show(m: Malformed): string {
  const b = m.raw ?? m.body;
  const s = b === undefined ? '' : typeof b === 'string' ? b : Buffer.from(b).toString('latin1');
  return `${m.method ?? 'POST'} ${m.path ?? '/'} ${JSON.stringify(s.length > 200 ? `${s.slice(0, 200)}…(${s.length})` : s)}`;
}

const isErrorObject = (e: any) => e && typeof e === 'object' && typeof e.code === 'number' && typeof e.message === 'string' && e.message.length > 0;

/** A single JSON-RPC error answer over HTTP 200 (optionally with an expected code and id). */
function expectError(code?: number, id?: unknown) {
  return (status: number, j: any): string | undefined => {
    if (status !== 200) return `HTTP status ${status}, expected 200`;
    if (!j || typeof j !== 'object' || Array.isArray(j)) return 'not a JSON object';
    if (j.jsonrpc !== '2.0') return 'no jsonrpc "2.0"';
    if ('result' in j) return 'answered with a result, expected an error';
    if (!isErrorObject(j.error)) return 'no error object with code and message';
    if (code !== undefined && j.error.code !== code) return `error code ${j.error.code}, expected ${code}`;
    if (id !== undefined && j.id !== id) return `id ${JSON.stringify(j.id)}, expected ${JSON.stringify(id)}`;
    return undefined;
  };
}

function printableJunk(n: number): string {
  const alphabet = '{}[]":,0123456789abcdefnulltrue \\/\t\n-+.eE\u00e9\u2028';
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rnd.int(0, alphabet.length - 1)];
  return s;
}

function notJson(s: string): boolean {
  try {
    JSON.parse(s);
    return false;
  } catch {
    return true;
  }
}

function malformedRequests(): Malformed[] {
  const out: Malformed[] = [];
  let id = 1_000_000;
  const valid = (method: string, params: unknown = {}) => JSON.stringify({ jsonrpc: '2.0', id: id++, method, params });
  const push = (kind: string, body: string | Uint8Array, check = expectError(), extra: Partial<Malformed> = {}) => out.push({ kind, body, check, ...extra });

  // 1. not JSON (truncated, corrupted or junk text)
  const templates = [valid('status'), valid('block', { height: '1' }), valid('broadcast_tx_sync', { tx: 'CgQKAggB' }), valid('tx_search', { query: "tx.height=1" })];
  while (out.length < 220) {
    const t = rnd.pick(templates);
    const v = rnd.next();
    let s: string;
    if (v < 0.4) s = t.slice(0, rnd.int(0, t.length - 1));
    else if (v < 0.7) {
      const at = rnd.int(0, t.length);
      s = t.slice(0, at) + rnd.pick(['{', '}', '"', ',', ':', '[', ']', '\\', 'x', '\u0000']) + t.slice(at);
    } else if (v < 0.85) s = printableJunk(rnd.int(0, 200));
    else s = rnd.pick(['NaN', 'undefined', "{'jsonrpc':'2.0'}", '{"jsonrpc":"2.0",}', '[1,2', '{"a":1}}', '\ufeff{}x', '   ', '', '{"id":1,"jsonrpc":"2.0","method":"status","params":{}} {"id":2}']);
    if (notJson(s)) push('bad-json', s, expectError(-32700));
  }

  // 2. wrong types in the envelope
  const envelopes: Array<[unknown, number?]> = [
    [{ jsonrpc: '2.0', id: 1, method: 123 }, -32600],
    [{ jsonrpc: '2.0', id: 1, method: null }, -32600],
    [{ jsonrpc: '2.0', id: 1, method: ['status'] }, -32600],
    [{ jsonrpc: '2.0', id: 1, method: { name: 'status' } }, -32600],
    [{ jsonrpc: '1.0', id: 1, method: 'status' }, -32600],
    [{ jsonrpc: 2, id: 1, method: 'status' }, -32600],
    [{ id: 1, method: 'status' }, -32600],
    [{ jsonrpc: '2.0', id: {}, method: 'status' }, -32600],
    [{ jsonrpc: '2.0', id: [1], method: 'status' }, -32600],
    [{ jsonrpc: '2.0', id: true, method: 'status' }, -32600],
    [{ jsonrpc: '2.0', id: 1, method: 'status', params: 'height=1' }, -32600],
    [{ jsonrpc: '2.0', id: 1, method: 'block', params: 5 }, -32600],
    [{ jsonrpc: '2.0', id: 1, method: 'block', params: true }, -32600],
    [42, -32600],
    ['status', -32600],
    [null, -32600],
    [true, -32600],
    [{}, -32600],
  ];
  for (let i = 0; i < 150; i++) {
    const [env, code] = envelopes[i % envelopes.length]!;
    push('envelope', JSON.stringify(env), expectError(code));
  }

  // 3. bodies over the configured limit (read and discarded, or refused by Content-Length)
  for (const size of [maxBody + 1, maxBody + 1000, Math.floor(maxBody * 1.5), 2 * maxBody - 10]) {
    const pad = Math.max(0, size - valid('broadcast_tx_sync', { tx: '' }).length);
    push('huge', valid('broadcast_tx_sync', { tx: 'A'.repeat(pad - (pad % 4)) }).padEnd(size, ' '), expectError(-32600));
  }
  for (const declared of [2 * maxBody + 1, 50 * 1024 * 1024, 2 ** 40]) {
    const head = `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"status"`;
    out.push({ kind: 'huge-declared', raw: Buffer.from(head), check: expectError(-32600) });
  }

  // 4. unknown methods
  const names = ['', ' ', 'Status', 'status ', 'STATUS', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '../status', 'status/..', 'broadcast_tx', 'cosmos.bank.v1beta1.Query/Balance', 'subscribe', 'unsubscribe_all', 'dial_seeds', 'unsafe_flush_mempool', 'x'.repeat(10_000), '\u0000', '😀'];
  for (let i = 0; i < 160; i++) {
    const name = i < names.length ? names[i]! : `m_${Buffer.from(rnd.bytes(rnd.int(1, 12))).toString('hex')}`;
    const rid = id++;
    push('unknown-method', JSON.stringify({ jsonrpc: '2.0', id: rid, method: name, params: {} }), expectError(-32601, rid));
  }

  // 5. missing required params
  const required: Array<[string, Record<string, unknown>]> = [
    ['tx', {}],
    ['tx', { prove: false }],
    ['broadcast_tx_sync', {}],
    ['broadcast_tx_async', {}],
    ['broadcast_tx_commit', {}],
    ['abci_query', {}],
    ['abci_query', { data: '00' }],
    ['block_by_hash', {}],
    ['header_by_hash', {}],
    ['tx_search', {}],
    ['tx_search', { page: '1' }],
  ];
  for (let i = 0; i < 110; i++) {
    const [m, p] = required[i % required.length]!;
    const rid = id++;
    push('missing-param', JSON.stringify({ jsonrpc: '2.0', id: rid, method: m, params: rnd.next() < 0.8 ? p : null }), expectError(-32602, rid));
  }

  // 6. wrongly typed or out-of-range params
  // ("" and whitespace mean "latest", as in CometBFT's URI style: not junk)
  const heightJunk: unknown[] = ['abc', '1.5', 1.5, '-1', -1, {}, [], true, '0x10', '1e3', '99999999999999999999', 1e30, 'NaN', 'Infinity', '1 2'];
  const wrong: Array<[string, Record<string, unknown>]> = [
    ...heightJunk.map((h): [string, Record<string, unknown>] => ['block', { height: h }]),
    ...heightJunk.map((h): [string, Record<string, unknown>] => ['block_results', { height: h }]),
    ...heightJunk.map((h): [string, Record<string, unknown>] => ['commit', { height: h }]),
    ['block', { height: '999999999' }],
    ['block_results', { height: 999999999 }],
    ['header', { height: 'x' }],
    ['validators', { height: 'x' }],
    ['validators', { page: 'x' }],
    ['blockchain', { minHeight: -5 }],
    ['blockchain', { minHeight: 'a', maxHeight: 'b' }],
    ['blockchain', { minHeight: 10_000_000, maxHeight: 1 }],
    ['broadcast_tx_sync', { tx: 123 }],
    ['broadcast_tx_sync', { tx: {} }],
    ['broadcast_tx_sync', { tx: ['AAAA'] }],
    ['broadcast_tx_sync', { tx: 'not base64!!' }],
    ['broadcast_tx_sync', { tx: 'AAA-_w' }],
    ['broadcast_tx_sync', { tx: 'A' }],
    ['broadcast_tx_sync', { tx: '' }],
    ['broadcast_tx_async', { tx: 7 }],
    ['broadcast_tx_commit', { tx: false }],
    ['tx', { hash: 5 }],
    ['tx', { hash: 'zz' }],
    ['tx', { hash: '00' }],
    ['tx', { hash: 'G'.repeat(64) }],
    ['tx', { hash: '0'.repeat(63) }],
    ['tx', { hash: '0'.repeat(64), prove: 'maybe' }],
    ['tx', { hash: 'A'.repeat(64) }],
    ['block_by_hash', { hash: 'nothex' }],
    ['block_by_hash', { hash: 12 }],
    ['header_by_hash', { hash: [] }],
    ['tx_search', { query: 5 }],
    ['tx_search', { query: '' }],
    ['tx_search', { query: '===' }],
    ['tx_search', { query: "tx.height='" }],
    ['tx_search', { query: 'AND AND' }],
    ['tx_search', { query: "tx.height=1", page: 'x' }],
    ['tx_search', { query: "tx.height=1", page: -1 }],
    ['tx_search', { query: "tx.height=1", per_page: 'many' }],
    ['tx_search', { query: "tx.height=1", order_by: 'sideways' }],
    ['tx_search', { query: "tx.height=1", prove: 'yes' }],
    ['abci_query', { path: 5 }],
    ['abci_query', { path: '' }],
    ['abci_query', { path: '/cosmos.bank.v1beta1.Query/Balance', data: 'zz' }],
    ['abci_query', { path: '/cosmos.bank.v1beta1.Query/Balance', data: '123' }],
    ['abci_query', { path: '/cosmos.bank.v1beta1.Query/Balance', data: 5 }],
    ['abci_query', { path: '/x', height: 'abc' }],
    ['abci_query', { path: '/x', height: -3 }],
    ['abci_query', { path: 'p'.repeat(600) }],
    ['abci_query', { path: '/x', prove: 'perhaps' }],
    ['unconfirmed_txs', { limit: 'lots' }],
  ];
  for (let i = 0; i < 300; i++) {
    const [m, p] = wrong[i % wrong.length]!;
    const rid = id++;
    // sometimes as positional params (the same values in declaration order)
    push('wrong-param', JSON.stringify({ jsonrpc: '2.0', id: rid, method: m, params: p }), expectError(undefined, rid));
  }

  // 7. binary garbage bodies
  for (let i = 0; i < 150; i++) {
    let b = rnd.bytes(rnd.int(1, 4000));
    if (!notJson(Buffer.from(b).toString('utf8'))) b = Uint8Array.from([0xff, ...b]);
    push('binary', b, expectError(-32700), { contentType: rnd.pick(['application/json', 'application/octet-stream', 'text/plain', '']) });
  }

  // 8. batches with junk
  for (let i = 0; i < 150; i++) {
    const n = rnd.int(1, 10);
    const items: unknown[] = [];
    const expectOk = new Set<number>();
    for (let k = 0; k < n; k++) {
      const rid = id++;
      const v = rnd.next();
      if (v < 0.25) {
        items.push({ jsonrpc: '2.0', id: rid, method: rnd.pick(['status', 'health', 'abci_info']), params: {} });
        expectOk.add(rid);
      } else if (v < 0.45) items.push(rnd.pick([1, 'x', null, true, [], [1, 2], {}]));
      else if (v < 0.65) items.push({ jsonrpc: '2.0', id: rid, method: `nope_${k}` });
      else if (v < 0.85) items.push({ jsonrpc: '2.0', id: rid, method: 'block', params: { height: 'junk' } });
      else items.push({ jsonrpc: '1.0', id: rid, method: 'status' });
    }
    if (expectOk.size === items.length) items.push(42);
    push('batch', JSON.stringify(items), (status, j) => {
      if (status !== 200) return `HTTP ${status}`;
      if (!Array.isArray(j)) return 'a batch must be answered with an array';
      if (j.length !== items.length) return `${j.length} answers for ${items.length} requests`;
      let errors = 0;
      for (const a of j) {
        if (a?.jsonrpc !== '2.0') return 'an answer without jsonrpc "2.0"';
        if (expectOk.has(a.id)) {
          if (!('result' in a)) return `valid request ${a.id} got no result`;
        } else if (!isErrorObject(a.error)) return `junk entry ${JSON.stringify(a.id)} got no error`;
        else errors++;
      }
      return errors === items.length - expectOk.size ? undefined : 'not every junk entry got an error';
    });
  }
  push('batch-empty', '[]', expectError(-32600));
  push('batch-too-long', JSON.stringify(Array.from({ length: 101 }, (_, k) => ({ jsonrpc: '2.0', id: k, method: 'health' }))), expectError(-32600));
  push('batch-nested', '[[{"jsonrpc":"2.0","id":1,"method":"status"}]]', (s, j) => (s === 200 && Array.isArray(j) && j.length === 1 && isErrorObject(j[0].error) ? undefined : 'nested batch not refused'));

  // 9. other HTTP: unknown GET paths, bad URI params, other HTTP methods
  const gets = ['/nope', '/block?height=abc', '/block?height=-1', '/tx?hash=zz', '/tx', '/broadcast_tx_sync?tx=!!', '/abci_query?path=', '/%E0%A4%A', '/tx_search?query=%22%22', '/__proto__', '/block_results?height=99999999', '/commit?height=x'];
  for (let i = 0; i < 60; i++) out.push({ kind: 'get', method: 'GET', path: gets[i % gets.length]!, check: expectError() });
  for (const method of ['PUT', 'DELETE', 'PATCH']) out.push({ kind: 'http-method', method, path: '/', body: valid('status'), check: expectError() });
  return out;
}

/** Writes a raw HTTP request to its own socket and reads the answer until the server closes. */
function rawHttp(req: Buffer): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const s = connect(node.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    s.setTimeout(15_000, () => s.destroy(new Error('raw request timed out')));
    s.on('data', (c) => chunks.push(c));
    s.on('error', (e) => (chunks.length ? finish() : reject(e)));
    s.on('close', () => finish());
    s.write(req);
    let done = false;
    function finish() {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks).toString('utf8');
      const m = /^HTTP\/1\.[01] (\d{3})[^\r\n]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(text);
      if (!m) return reject(new Error(`not an HTTP answer: ${JSON.stringify(text.slice(0, 200))}`));
      const len = /content-length:\s*(\d+)/i.exec(m[2]!);
      resolve({ status: Number(m[1]), body: len ? m[3]!.slice(0, Number(len[1])) : m[3]! });
    }
  });
}
