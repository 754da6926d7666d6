// An in-memory RpcBackend for the RPC tests: a few blocks chained by hash, commits with
// signatures, txs with events, a tx index with the same semantics as chain/block/store.ts, and
// a mempool. Only tests import this file.
import { createHash, randomBytes } from 'node:crypto';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { QueryResult, TxResult } from '../../chain/app.js';
import { commitHash, dataHash, headerHash, type BlockResults, type Commit, type ExecTxResult } from '../../chain/block/hashing.js';
import type { IndexedTx, TxCondition } from '../../chain/block/store.js';
import { toBase64, toHex } from '../../chain/bytes.js';
import { formatTime, type GenesisDoc, DEFAULT_CONSENSUS_PARAMS } from '../../chain/genesis.js';
import { sha256 } from '../../chain/hash.js';
import { types } from '../../proto/index.js';
import type { BroadcastResult, CommitResult, NodeInfo, RpcBackend, StoredBlock, SyncInfo, ValidatorInfo } from './backend.js';
import { RpcCode, RpcError } from './errors.js';

export interface FakeEvent {
  type: string;
  attributes: Array<{ key: string; value: string; index?: boolean }>;
}

export interface FakeTx {
  tx: Uint8Array;
  code?: number;
  log?: string;
  codespace?: string;
  gasWanted?: number;
  gasUsed?: number;
  events?: FakeEvent[];
  data?: Uint8Array;
}

export const CHAIN_ID = 'aivm-test-1';
export const GENESIS_SECONDS = 1_700_000_000;

/** A TxRaw with a recognizable body, so each test tx has distinct bytes (and hash). */
export function makeTx(label: string, firstByte?: number): Uint8Array {
  const body = new TextEncoder().encode(`body:${label}`);
  const raw = TxRaw.encode(TxRaw.fromPartial({ bodyBytes: body, authInfoBytes: new Uint8Array([1, 2, 3]), signatures: [new Uint8Array(64).fill(7)] })).finish();
  if (firstByte === undefined) return raw;
  const out = new Uint8Array(raw.length + 1);
  out[0] = firstByte;
  out.set(raw, 1);
  return out;
}

export function msgData(typeUrl: string, value: Uint8Array = new Uint8Array([8, 1])): Uint8Array {
  return TxMsgData.encode(TxMsgData.fromPartial({ msgResponses: [{ typeUrl, value }] })).finish();
}

export function txHashHex(tx: Uint8Array): string {
  return toHex(sha256(tx)).toUpperCase();
}

function ed25519Like(seed: string): { pub: Uint8Array; address: Uint8Array } {
  const pub = new Uint8Array(createHash('sha256').update(`val:${seed}`).digest());
  return { pub, address: sha256(pub).subarray(0, 20) };
}

/** tx prefix bytes that steer the fake's broadcast behaviour. */
export const REJECT_PREFIX = 0xff; // CheckTx fails with code 5
export const TIMEOUT_PREFIX = 0xee; // broadcastTxCommit rejects after its timeout
export const HANG_PREFIX = 0xed; // broadcastTxCommit never settles
export const THROW_PREFIX = 0xec; // broadcastTxSync throws

export class FakeBackend implements RpcBackend {
  readonly blocks: StoredBlock[] = [];
  readonly results: BlockResults[] = [];
  readonly commits: Commit[] = [];
  readonly mempool: Uint8Array[] = [];
  readonly vals = ['a', 'b', 'c'].map((s, i) => ({ ...ed25519Like(s), power: 10 * (i + 1) }));
  /** Heights below this are "pruned" (block() returns undefined). */
  prunedBelow = 0;
  validatorMode = true;
  queryHeightOverride: number | undefined;
  readonly asyncBroadcasts: Uint8Array[] = [];
  private readonly txIndex = new Map<string, { height: number; index: number }>();

  // ---- building ------------------------------------------------------------------------------

  /** Appends a block holding these txs; returns it. */
  addBlock(txs: FakeTx[] = [], finalizeEvents: FakeEvent[] = []): StoredBlock {
    const height = this.blocks.length + 1;
    const prev = this.blocks[height - 2];
    const lastCommit = prev ? this.commits[height - 2] : undefined;
    const prevResults = this.results[height - 2];
    const header = types.Header.create({
      chainId: CHAIN_ID,
      height,
      time: { seconds: GENESIS_SECONDS + 5 * height, nanos: 123_456_789 },
      lastBlockHash: prev ? prev.hash : new Uint8Array(),
      lastCommitHash: commitHash(lastCommit),
      dataHash: dataHash(txs.map((t) => t.tx)),
      validatorsHash: sha256(new TextEncoder().encode('validators')),
      nextValidatorsHash: sha256(new TextEncoder().encode('validators')),
      appHash: prevResults ? prevResults.appHash : sha256(new TextEncoder().encode('genesis')),
      lastResultsHash: prevResults ? sha256(types.BlockResults.encode(prevResults).finish()) : new Uint8Array(),
      proposerAddress: this.vals[height % this.vals.length]!.address,
    });
    const block = types.Block.create({ header, txs: txs.map((t) => t.tx), lastCommit: lastCommit ?? null });
    const hash = headerHash(header);
    const stored: StoredBlock = { block: types.Block.decode(types.Block.encode(block).finish()), hash };
    const results = types.BlockResults.create({
      height,
      txResults: txs.map((t) =>
        types.ExecTxResult.create({
          code: t.code ?? 0,
          data: t.data ?? new Uint8Array(),
          log: t.log ?? '',
          gasWanted: t.gasWanted ?? 200_000,
          gasUsed: t.gasUsed ?? 50_000,
          events: (t.events ?? []).map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index ?? true })) })),
          codespace: t.codespace ?? '',
        }),
      ),
      finalizeBlockEvents: finalizeEvents.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index ?? true })) })),
      appHash: sha256(new TextEncoder().encode(`app:${height}`)),
    });
    const commit = types.Commit.create({
      height,
      round: height % 3,
      blockHash: hash,
      signatures: this.vals.map((v, i) => ({
        blockIdFlag: i === 2 ? 1 : 2,
        validatorAddress: v.address,
        timestamp: { seconds: GENESIS_SECONDS + 5 * height + 1, nanos: 5 },
        signature: i === 2 ? new Uint8Array() : new Uint8Array(randomBytes(64)),
      })),
    });
    this.blocks.push(stored);
    this.results.push(results);
    this.commits.push(commit);
    txs.forEach((t, index) => {
      const key = txHashHex(t.tx);
      if (!this.txIndex.has(key)) this.txIndex.set(key, { height, index });
      const i = this.mempool.findIndex((m) => txHashHex(m) === key);
      if (i >= 0) this.mempool.splice(i, 1);
    });
    return stored;
  }

  // ---- RpcBackend ----------------------------------------------------------------------------

  nodeInfo(): NodeInfo {
    return { id: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', moniker: 'fake-node', network: CHAIN_ID, listenAddr: 'tcp://127.0.0.1:26656', version: '0.1.0' };
  }

  validatorInfo(): ValidatorInfo | undefined {
    if (!this.validatorMode) return undefined;
    const v = this.vals[0]!;
    return { address: toHex(v.address), pubKey: toBase64(v.pub), votingPower: v.power };
  }

  async syncInfo(): Promise<SyncInfo> {
    const latest = this.blocks[this.blocks.length - 1];
    const earliestHeight = Math.max(1, this.prunedBelow);
    const earliest = this.blocks[earliestHeight - 1];
    const t = (b: StoredBlock | undefined) => (b ? formatTime({ seconds: Number(b.block.header!.time!.seconds), nanos: Number(b.block.header!.time!.nanos) }) : formatTime({ seconds: GENESIS_SECONDS, nanos: 0 }));
    return {
      latestBlockHash: latest?.hash ?? new Uint8Array(),
      latestAppHash: this.appHash(),
      latestBlockHeight: this.blocks.length,
      latestBlockTime: t(latest),
      earliestBlockHeight: earliest ? earliestHeight : 0,
      earliestBlockHash: earliest?.hash ?? new Uint8Array(),
      earliestAppHash: earliest?.block.header?.appHash ?? new Uint8Array(),
      earliestBlockTime: t(earliest),
      catchingUp: false,
    };
  }

  height(): number {
    return this.blocks.length;
  }

  appHash(): Uint8Array {
    const r = this.results[this.results.length - 1];
    return r ? r.appHash : sha256(new TextEncoder().encode('genesis'));
  }

  appVersion(): string {
    return '0.1.0';
  }

  query(path: string, data: Uint8Array): QueryResult & { height: number } {
    const height = this.queryHeightOverride ?? this.height();
    if (path === '/boom') throw new Error('store exploded\n    at secret (internal.ts:1:1)');
    if (path === '/cosmos.bank.v1beta1.Query/Balance') {
      // QueryBalanceResponse{balance: Coin{denom:"uaivm", amount:"1234"}}
      const coin = new Uint8Array([0x0a, 5, ...new TextEncoder().encode('uaivm'), 0x12, 4, ...new TextEncoder().encode('1234')]);
      return { code: 0, codespace: '', log: '', value: new Uint8Array([0x0a, coin.length, ...coin]), height };
    }
    if (path === '/echo') return { code: 0, codespace: '', log: '', value: data, height };
    return { code: 6, codespace: 'sdk', log: `unknown query path ${path}`, value: new Uint8Array(), height };
  }

  async broadcastTxSync(tx: Uint8Array): Promise<BroadcastResult> {
    const hash = sha256(tx);
    if (tx[0] === THROW_PREFIX) throw new Error('mempool is full\n  at Mempool.add (mempool.ts:10)');
    if (tx[0] === REJECT_PREFIX) return { hash, code: 5, codespace: 'sdk', log: 'insufficient funds: 1uaivm < 2uaivm' };
    this.asyncBroadcasts.push(tx);
    this.mempool.push(tx);
    return { hash, code: 0, codespace: '', log: '' };
  }

  async broadcastTxCommit(tx: Uint8Array, timeoutMs: number): Promise<CommitResult> {
    const hash = sha256(tx);
    const checkTx: TxResult = tx[0] === REJECT_PREFIX
      ? { code: 5, codespace: 'sdk', log: 'insufficient funds', gasWanted: 100, gasUsed: 10, events: [], data: new Uint8Array() }
      : { code: 0, codespace: '', log: '', gasWanted: 200_000, gasUsed: 1000, events: [], data: new Uint8Array() };
    if (checkTx.code !== 0) return { hash, checkTx, height: 0 };
    if (tx[0] === TIMEOUT_PREFIX) {
      await new Promise((r) => setTimeout(r, timeoutMs));
      throw new RpcError(RpcCode.InternalError, 'timed out waiting for tx to be included in a block');
    }
    if (tx[0] === HANG_PREFIX) return new Promise<CommitResult>(() => undefined);
    const b = this.addBlock([{ tx, events: [{ type: 'message', attributes: [{ key: 'action', value: '/aivm.bank.v1.MsgSend' }] }], data: msgData('/aivm.bank.v1.MsgSendResponse') }]);
    const r = this.results[Number(b.block.header!.height) - 1]!.txResults[0] as ExecTxResult;
    return {
      hash,
      checkTx,
      txResult: { code: r.code, codespace: r.codespace, log: r.log, gasWanted: Number(r.gasWanted), gasUsed: Number(r.gasUsed), events: (r.events as TxResult['events']) ?? [], data: r.data },
      height: Number(b.block.header!.height),
    };
  }

  async block(height?: number): Promise<StoredBlock | undefined> {
    const h = height ?? this.blocks.length;
    if (h < this.prunedBelow) return undefined;
    return this.blocks[h - 1];
  }

  async blockByHash(hash: Uint8Array): Promise<StoredBlock | undefined> {
    const hex = toHex(hash);
    const b = this.blocks.find((x) => toHex(x.hash) === hex);
    if (!b || Number(b.block.header!.height) < this.prunedBelow) return undefined;
    return b;
  }

  async blockResults(height: number): Promise<BlockResults | undefined> {
    return this.results[height - 1];
  }

  async commit(height: number): Promise<Commit | undefined> {
    return this.commits[height - 1];
  }

  async tx(hash: Uint8Array): Promise<IndexedTx | undefined> {
    const l = this.txIndex.get(toHex(hash).toUpperCase());
    return l ? this.txAt(l) : undefined;
  }

  async searchTxs(conditions: readonly TxCondition[]): Promise<Array<{ height: number; index: number }>> {
    const all: Array<{ height: number; index: number }> = [];
    this.results.forEach((r, hi) => r.txResults.forEach((_, index) => all.push({ height: hi + 1, index })));
    const first = new Map<string, string>();
    for (const [k, l] of this.txIndex) first.set(`${l.height}:${l.index}`, k);
    return all.filter((l) =>
      conditions.every((c) => {
        if (c.key === 'tx.hash') return first.get(`${l.height}:${l.index}`) === c.value.toUpperCase();
        if (c.key === 'tx.height') return String(l.height) === c.value;
        const r = this.results[l.height - 1]!.txResults[l.index] as ExecTxResult;
        return r.events.some((e) => (e.attributes ?? []).some((a) => a.index && `${e.type}.${a.key}` === c.key && a.value === c.value));
      }),
    );
  }

  async txAt(loc: { height: number; index: number }): Promise<IndexedTx | undefined> {
    const b = this.blocks[loc.height - 1];
    const r = this.results[loc.height - 1]?.txResults[loc.index] as ExecTxResult | undefined;
    const tx = b?.block.txs[loc.index];
    if (!tx || !r) return undefined;
    return { ...loc, hash: sha256(tx), tx, result: r };
  }

  async validators(_height?: number): Promise<ValidatorInfo[]> {
    return this.vals.map((v) => ({ address: toHex(v.address), pubKey: toBase64(v.pub), votingPower: v.power }));
  }

  genesis(): GenesisDoc {
    return {
      genesis_time: '2023-11-14T22:13:20.000000000Z',
      chain_id: CHAIN_ID,
      initial_height: '1',
      consensus_params: DEFAULT_CONSENSUS_PARAMS,
      app_hash: '',
      app_state: { bank: { balances: [] } },
    };
  }

  mempoolStats(): { count: number; bytes: number } {
    return { count: this.mempool.length, bytes: this.mempool.reduce((n, t) => n + t.length, 0) };
  }

  unconfirmedTxs(limit: number): Uint8Array[] {
    return this.mempool.slice(0, limit);
  }

  netInfo() {
    return { listening: true, listeners: ['Listener(@127.0.0.1:26656)'], peers: [{ id: 'ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00', remoteIp: '127.0.0.2', moniker: 'peer-1' }] };
  }
}

/** A standard fixture: 5 blocks; txs with message/transfer events spread over heights 2–5. */
export function standardChain(): { backend: FakeBackend; txs: Uint8Array[] } {
  const backend = new FakeBackend();
  const txs: Uint8Array[] = [];
  const mk = (label: string, sender: string, extra: Partial<FakeTx> = {}): FakeTx => {
    const tx = makeTx(label);
    txs.push(tx);
    return {
      tx,
      data: msgData('/aivm.registry.v1.MsgCreateModelResponse'),
      log: '',
      events: [
        { type: 'message', attributes: [{ key: 'action', value: '/aivm.registry.v1.MsgCreateModel' }, { key: 'sender', value: sender }, { key: 'module', value: 'registry' }] },
        { type: 'transfer', attributes: [{ key: 'amount', value: '100uaivm' }, { key: 'note', value: "it's \"quoted\"" }, { key: 'secret', value: 'x', index: false }] },
      ],
      ...extra,
    };
  };
  backend.addBlock([]); // 1: empty
  backend.addBlock([mk('t1', 'aivm1alice'), mk('t2', 'aivm1bob')]); // 2
  backend.addBlock([mk('t3', 'aivm1alice', { code: 11, codespace: 'sdk', log: 'out of gas', data: new Uint8Array() })]); // 3
  backend.addBlock([mk('t4', 'aivm1alice'), mk('t5', 'aivm1carol'), mk('t6', 'aivm1alice')], [{ type: 'block_reward', attributes: [{ key: 'amount', value: '5uaivm' }] }]); // 4
  backend.addBlock([mk('t7', 'aivm1bob')]); // 5
  return { backend, txs };
}
