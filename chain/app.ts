import './proto-runtime.js';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { AuthInfo, Tx, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { encodeTxMsgData } from './block/result-encoding.js';
import { Context, type BlockInfo, type ExecMode } from './context.js';
import { ChainError, SdkErrors, toChainError } from './errors.js';
import { DiscardedEvents, EventManager, type ChainEvent } from './events.js';
import type { GenesisDoc } from './genesis.js';
import { parseTime } from './genesis.js';
import type { AppModule, MsgRoute, QueryRoute } from './module.js';
import { CacheStore } from './store/cache.js';
import { sha256 } from './hash.js';
import { GasMeter } from './store/gas.js';
import { ModuleReadViews } from './store/read-view.js';
import type { PreparedCommit, StateDB } from './store/state-db.js';
import { runAnte } from './tx/ante.js';
import { signerKeyAt, SECP256K1_PUBKEY_TYPE } from './tx/pubkey.js';
import { signDocBytes } from './tx/sign-doc.js';
import { decodeTx, decodeTxUncached, forgetDecodedTx, type DecodedTx } from './tx/decode.js';
import { isLowS, isWellFormedSignature, SigVerifyCache } from './tx/sigverify.js';
import type { AnteKeepers } from './tx/types.js';

/** A block's commit computed in slices: `step(max)` until it returns true, then `result()`. */
export interface CommitJob {
  step(max: number): boolean;
  result(): PreparedCommit;
}

export interface TxResult {
  readonly code: number;
  readonly codespace: string;
  readonly log: string;
  readonly gasWanted: number;
  readonly gasUsed: number;
  readonly events: readonly ChainEvent[];
  /** TxMsgData (msg responses) on success. */
  readonly data: Uint8Array;
}

export interface QueryResult {
  readonly code: number;
  readonly codespace: string;
  readonly log: string;
  readonly value: Uint8Array;
}

export interface AppOptions {
  readonly modules: readonly AppModule[];
  readonly ante: AnteKeepers;
  readonly sigCache?: SigVerifyCache;
  /** Chain ids tried only to explain a failed signature (see ante.ts). */
  readonly diagnosticChainIds?: readonly string[];
  /** Query paths answered from CheckTx state (pending sequences) instead of committed state. */
  readonly pendingQueryPaths?: readonly string[];
}

const SIMULATE_PATH = '/cosmos.tx.v1beta1.Service/Simulate';

/**
 * The deterministic application: routes transactions and queries to modules, runs CheckTx,
 * Simulate and block execution on branches of the committed state, and produces the app hash.
 * It never reads the clock, the network or the disk; block time comes from the header.
 */
export class App {
  readonly sigCache: SigVerifyCache;
  private readonly msgRoutes = new Map<string, MsgRoute>();
  private readonly queryRoutes = new Map<string, QueryRoute>();
  /**
   * A tx's routed messages, by its decoding (which the decode memo keeps from CheckTx to the
   * block): messages are decoded and validated once, not again at re-check and delivery.
   * Routing is a pure function of the tx bytes and this app's routes; handlers never mutate a msg.
   */
  private readonly routed = new WeakMap<DecodedTx, RoutedMsgs>();
  private checkState: CacheStore;
  private deliverState: CacheStore | undefined;
  private deliverBlock: BlockInfo | undefined;
  private blockEvents = new EventManager();
  private lastBlock: BlockInfo;
  /** The block CheckTx and Simulate run in: the last one's successor (same time). */
  private nextBlock: BlockInfo;
  /** Read-only module views over the committed state for queries (they read it live). */
  private readonly committedViews: ModuleReadViews;

  constructor(
    readonly state: StateDB,
    readonly chainId: string,
    private readonly opts: AppOptions,
    lastHeight = 0,
    lastTime = { seconds: 0, nanos: 0 },
  ) {
    this.sigCache = opts.sigCache ?? new SigVerifyCache();
    for (const m of opts.modules) {
      for (const r of m.msgs) {
        if (this.msgRoutes.has(r.typeUrl)) throw new Error(`message type ${r.typeUrl} registered twice`);
        this.msgRoutes.set(r.typeUrl, r);
      }
      for (const q of m.queries) this.queryRoutes.set(q.path, q);
    }
    this.checkState = new CacheStore(state);
    this.committedViews = new ModuleReadViews(state);
    this.lastBlock = { chainId, height: lastHeight, time: lastTime };
    this.nextBlock = successor(this.lastBlock);
  }

  get modules(): readonly AppModule[] {
    return this.opts.modules;
  }

  get height(): number {
    return this.lastBlock.height;
  }

  get lastBlockInfo(): BlockInfo {
    return this.lastBlock;
  }

  get appHash(): Uint8Array {
    return this.state.appHash;
  }

  // ---- genesis -------------------------------------------------------------------------------

  /** Writes every module's genesis state; returns the commit for the node to persist. */
  initChain(genesis: GenesisDoc): PreparedCommit {
    const store = new CacheStore(this.state);
    const block: BlockInfo = { chainId: genesis.chain_id, height: Number(genesis.initial_height) - 1, time: parseTime(genesis.genesis_time) };
    const ctx = new Context(block, 'genesis', store, new GasMeter(Infinity));
    for (const m of this.opts.modules) m.initGenesis(ctx, genesis.app_state[m.name] ?? m.defaultGenesis());
    this.runInvariants(ctx);
    const prepared = this.state.prepare(store.pendingWrites());
    return this.afterPrepare(prepared, block);
  }

  exportAppState(): Record<string, unknown> {
    const ctx = this.queryContext();
    const out: Record<string, unknown> = {};
    for (const m of this.opts.modules) out[m.name] = m.exportGenesis(ctx);
    return out;
  }

  // ---- transactions --------------------------------------------------------------------------

  /**
   * Validates a tx against CheckTx state (ante only, as in the Cosmos SDK) and keeps its writes.
   * `events: false` when the caller does not report the check's events (broadcast_tx_sync does
   * not; broadcast_tx_commit does): the same checks and writes, without building them.
   */
  checkTx(bytes: Uint8Array, hash?: Uint8Array, opts: { events?: boolean } = {}): TxResult {
    return this.runCheck(bytes, hash ?? sha256(bytes), opts.events === false ? new DiscardedEvents() : new EventManager());
  }

  /**
   * Checks a tx again after a block, against the new CheckTx state (as CometBFT's re-check): the
   * same checks and writes as checkTx, without building events nobody reads.
   */
  recheckTx(bytes: Uint8Array, hash: Uint8Array): TxResult {
    return this.runCheck(bytes, hash, new DiscardedEvents());
  }

  private runCheck(bytes: Uint8Array, hash: Uint8Array, events: EventManager): TxResult {
    const r = this.runTx('check', this.checkState, this.nextBlock, bytes, hash, events);
    // A refused tx leaves the mempool at once: its decoding is not kept.
    if (r.code !== 0) forgetDecodedTx(hash);
    return r;
  }

  /** Runs a tx's ante and messages without signature or fee checks; nothing is kept. */
  simulate(txBytes: Uint8Array): TxResult {
    return this.runTx('simulate', new CacheStore(this.checkState), this.nextBlock, txBytes);
  }

  /**
   * The secp256k1 checks a tx will need at CheckTx, so that a node can run them on other threads
   * first and record the result in the signature cache. Undefined when they cannot be known up
   * front (no public key in the tx, unknown signer, malformed or high-S signature): CheckTx then
   * verifies, and explains any failure, itself. An empty list means already verified.
   */
  signatureWork(bytes: Uint8Array, hash: Uint8Array): Array<{ pubKey: Uint8Array; message: Uint8Array; signature: Uint8Array }> | undefined {
    if (this.sigCache.has(hash)) return [];
    try {
      const tx = decodeTx(bytes, hash);
      const ctx = new Context(this.lastBlock, 'check', this.checkState, new GasMeter(Infinity));
      const infos = tx.authInfo.signerInfos;
      if (infos.length === 0 || infos.length !== tx.raw.signatures.length) return undefined;
      const items = [];
      for (let i = 0; i < infos.length; i++) {
        const info = infos[i]!;
        const signature = tx.raw.signatures[i]!;
        if (!info.publicKey || info.publicKey.typeUrl !== SECP256K1_PUBKEY_TYPE) return undefined;
        if (!isWellFormedSignature(signature) || !isLowS(signature)) return undefined;
        const { key: pubKey, address } = signerKeyAt(tx, i);
        if (!address) return undefined;
        const acc = this.opts.ante.auth.getAccount(ctx, address);
        if (!acc) return undefined;
        const message = signDocBytes(tx.raw.bodyBytes, tx.raw.authInfoBytes, this.chainId, acc.accountNumber);
        items.push({ pubKey, message, signature });
      }
      return items;
    } catch {
      return undefined;
    }
  }

  /**
   * The accounts that sign a tx (bech32, in signer order), as far as the tx itself says: for a
   * mempool that checks each account's txs in the order they arrived. Undefined when a signer's
   * secp256k1 key is not in the tx (then only the account record knows it): such a tx must be
   * checked after every tx that came before it. Empty for a tx that does not decode or has no
   * signers: CheckTx refuses it before it reads any account, whatever came before.
   */
  txSigners(bytes: Uint8Array, hash: Uint8Array): string[] | undefined {
    let tx: DecodedTx;
    try {
      tx = decodeTx(bytes, hash);
    } catch {
      return [];
    }
    try {
      const infos = tx.authInfo.signerInfos;
      const signers: string[] = [];
      for (let i = 0; i < infos.length; i++) {
        const info = infos[i]!;
        if (!info.publicKey || info.publicKey.typeUrl !== SECP256K1_PUBKEY_TYPE) return undefined;
        const { address } = signerKeyAt(tx, i);
        if (!address) return undefined;
        signers.push(address);
      }
      return signers;
    } catch {
      return undefined;
    }
  }

  beginBlock(block: BlockInfo): void {
    if (block.height !== this.lastBlock.height + 1) throw new Error(`beginBlock at height ${block.height}, expected ${this.lastBlock.height + 1}`);
    this.deliverState = new CacheStore(this.state);
    this.deliverBlock = block;
    this.blockEvents = new EventManager();
  }

  deliverTx(bytes: Uint8Array, hash?: Uint8Array): TxResult {
    if (!this.deliverState || !this.deliverBlock) throw new Error('deliverTx outside a block');
    const h = hash ?? sha256(bytes);
    const r = this.runTx('deliver', this.deliverState, this.deliverBlock, bytes, h);
    // Once in a block, a tx is neither checked nor delivered again (its sequence is used): the
    // memos of its decoding and signature check would only fill the old generation.
    forgetDecodedTx(h);
    this.sigCache.delete(h);
    return r;
  }

  /** Runs end-of-block hooks; returns the block-level events. */
  endBlock(): readonly ChainEvent[] {
    if (!this.deliverState || !this.deliverBlock) throw new Error('endBlock outside a block');
    const ctx = new Context(this.deliverBlock, 'block', this.deliverState, new GasMeter(Infinity), this.blockEvents);
    for (const m of this.opts.modules) m.endBlock?.(ctx);
    return this.blockEvents.events;
  }

  /**
   * Computes the block's app hash and the state writes to persist with it, a slice at a time
   * (`step(max)` until it returns true, then `result()`; `step(Infinity)` does it in one go): a
   * node serves RPC and admits txs between slices. The block's state is closed at once.
   */
  commitInSlices(): CommitJob {
    if (!this.deliverState || !this.deliverBlock) throw new Error('commit outside a block');
    const job = this.state.prepareInSlices(this.deliverState.pendingWrites());
    const block = this.deliverBlock;
    this.deliverState = undefined;
    this.deliverBlock = undefined;
    return { step: (max) => job.step(max), result: () => this.afterPrepare(job.result(), block) };
  }

  private afterPrepare(prepared: PreparedCommit, block: BlockInfo): PreparedCommit {
    return {
      appHash: prepared.appHash,
      ops: prepared.ops,
      apply: () => {
        prepared.apply();
        this.lastBlock = block;
        this.nextBlock = successor(block);
        this.checkState = new CacheStore(this.state);
      },
    };
  }

  /** Checks every module invariant against a context; throws on the first broken one. */
  runInvariants(ctx?: Context): void {
    const c = ctx ?? this.queryContext();
    for (const m of this.opts.modules) {
      for (const inv of m.invariants ?? []) {
        const broken = inv.check(c);
        if (broken) throw new Error(`invariant ${inv.name} broken: ${broken}`);
      }
    }
  }

  private runTx(mode: 'check' | 'deliver' | 'simulate', parent: CacheStore, block: BlockInfo, bytes: Uint8Array, hash?: Uint8Array, anteEvents = new EventManager()): TxResult {
    let gasWanted = 0;
    // Unmetered until the tx's gas limit is known (restarted below, except for a simulation).
    const meter = new GasMeter(Infinity);
    const anteStore = new CacheStore(parent);
    try {
      const ctx = new Context(block, mode, anteStore, meter, anteEvents);
      const params = this.opts.ante.auth.getParams(ctx);
      if (bytes.length > params.max_tx_bytes) {
        throw new ChainError(SdkErrors.TxTooLarge, `tx is ${bytes.length} bytes; the maximum is ${params.max_tx_bytes}`);
      }
      const tx = mode === 'simulate' ? decodeSimulateTx(bytes) : decodeTx(bytes, hash);
      let routed = this.routed.get(tx);
      if (!routed) this.routed.set(tx, (routed = this.routeMsgs(tx)));
      const { msgs, signers } = routed;
      gasWanted = mode === 'simulate' ? 0 : Number(tx.authInfo.fee?.gasLimit ?? 0n);
      if (mode !== 'simulate') meter.restart(Math.max(gasWanted, 0));
      runAnte(ctx, tx, signers, this.opts.ante, { mode, sigCache: this.sigCache, diagnosticChainIds: this.opts.diagnosticChainIds });
      anteStore.write();
      if (mode === 'check') return result(0, '', '', gasWanted, meter.consumed, anteEvents.events, new Uint8Array());

      const msgStore = new CacheStore(parent);
      const msgEvents = new EventManager();
      const msgCtx = new Context(block, mode, msgStore, meter, msgEvents);
      const responses: Array<{ typeUrl: string; value: Uint8Array }> = [];
      try {
        for (let i = 0; i < msgs.length; i++) {
          const { route, msg, typeUrl } = msgs[i]!;
          msgEvents.emit('message', { action: typeUrl, sender: route.signers(msg)[0] ?? '', module: moduleOf(typeUrl), msg_index: i });
          const resp = route.handle(msgCtx, msg);
          responses.push({ typeUrl: resp.typeUrl, value: resp.value });
        }
      } catch (e) {
        const err = toChainError(e);
        return result(err.code, err.codespace, `failed to execute message; ${err.message}`, gasWanted, Math.min(meter.consumed, meter.limit), anteEvents.events, new Uint8Array());
      }
      msgStore.write();
      const data = encodeTxMsgData(responses);
      return result(0, '', '', gasWanted, meter.consumed, [...anteEvents.events, ...msgEvents.events], data);
    } catch (e) {
      const err = toChainError(e);
      return result(err.code, err.codespace, err.message, gasWanted, Math.min(meter.consumed, meter.limit), [], new Uint8Array());
    }
  }

  private routeMsgs(tx: DecodedTx): RoutedMsgs {
    if (tx.body.messages.length === 0) throw new ChainError(SdkErrors.InvalidRequest, 'tx has no messages');
    if (tx.body.extensionOptions.length > 0 || tx.body.nonCriticalExtensionOptions.length > 0) {
      throw new ChainError(SdkErrors.InvalidRequest, 'tx extension options are not supported by aivm');
    }
    const msgs: Array<{ route: MsgRoute; msg: unknown; typeUrl: string }> = [];
    const signers: string[] = [];
    for (const any of tx.body.messages) {
      const route = this.msgRoutes.get(any.typeUrl);
      if (!route) throw new ChainError(SdkErrors.UnknownRequest, `unknown message type URL ${JSON.stringify(any.typeUrl.slice(0, 200))}: this chain does not handle it`);
      let msg: unknown;
      try {
        msg = route.decode(any.value);
      } catch (e) {
        throw new ChainError(SdkErrors.TxDecode, `cannot decode ${any.typeUrl}: ${(e as Error).message}`);
      }
      route.validateBasic(msg);
      for (const s of route.signers(msg)) if (!signers.includes(s)) signers.push(s);
      msgs.push({ route, msg, typeUrl: any.typeUrl });
    }
    return { msgs, signers };
  }

  // ---- queries -------------------------------------------------------------------------------

  /** A read-only context (writes throw): over committed state, or over CheckTx state when pending. */
  private queryContext(pending = false): Context {
    const views = pending ? new ModuleReadViews(this.checkState) : this.committedViews;
    return new Context(this.lastBlock, 'query', views, new GasMeter(Infinity));
  }

  /** Answers a gRPC-style query path with protobuf bytes, from committed state. */
  query(path: string, data: Uint8Array): QueryResult {
    try {
      if (path === SIMULATE_PATH) {
        const req = SimulateRequest.decode(data);
        const bytes = req.txBytes.length ? req.txBytes : req.tx ? Tx.encode(req.tx).finish() : new Uint8Array();
        const r = this.simulate(bytes);
        if (r.code !== 0) return { code: r.code, codespace: r.codespace, log: r.log, value: new Uint8Array() };
        const value = SimulateResponse.encode({
          gasInfo: { gasWanted: BigInt(r.gasWanted), gasUsed: BigInt(r.gasUsed) },
          result: { data: new Uint8Array(), log: r.log, events: [], msgResponses: TxMsgData.decode(r.data).msgResponses },
        }).finish();
        return { code: 0, codespace: '', log: '', value };
      }
      const route = this.queryRoutes.get(path);
      if (!route) throw new ChainError(SdkErrors.UnknownRequest, `unknown query path ${JSON.stringify(path.slice(0, 200))}`);
      const pending = this.opts.pendingQueryPaths?.includes(path) ?? false;
      return { code: 0, codespace: '', log: '', value: route.handle(this.queryContext(pending), data) };
    } catch (e) {
      const err = toChainError(e);
      return { code: err.code, codespace: err.codespace, log: err.message, value: new Uint8Array() };
    }
  }

  /** A context over a throwaway branch of committed state (writes allowed, never kept), for tests and tools. */
  readContext(mode: ExecMode = 'query'): Context {
    return new Context(this.lastBlock, mode, new CacheStore(this.state), new GasMeter(Infinity));
  }
}

interface RoutedMsgs {
  readonly msgs: ReadonlyArray<{ readonly route: MsgRoute; readonly msg: unknown; readonly typeUrl: string }>;
  readonly signers: readonly string[];
}

function successor(block: BlockInfo): BlockInfo {
  return { ...block, height: block.height + 1 };
}

/** Module names by message type URL (only routed type URLs get here: the map stays small). */
const moduleNames = new Map<string, string>();

function moduleOf(typeUrl: string): string {
  let name = moduleNames.get(typeUrl);
  if (name === undefined) {
    // "/cosmos.bank.v1beta1.MsgSend" → "bank"; "/aivm.registry.v1.MsgCreateModel" → "registry"
    const parts = typeUrl.replace(/^\//, '').split('.');
    moduleNames.set(typeUrl, (name = parts[1] ?? parts[0] ?? ''));
  }
  return name;
}

function result(code: number, codespace: string, log: string, gasWanted: number, gasUsed: number, events: readonly ChainEvent[], data: Uint8Array): TxResult {
  return { code, codespace, log, gasWanted, gasUsed, events, data };
}

/** Simulate takes an encoded Tx (not TxRaw) whose signatures may be empty. */
function decodeSimulateTx(bytes: Uint8Array): DecodedTx {
  let tx: Tx;
  try {
    tx = Tx.decode(bytes);
  } catch (e) {
    throw new ChainError(SdkErrors.TxDecode, `cannot decode the simulated Tx: ${(e as Error).message}`);
  }
  if (!tx.body || !tx.authInfo) throw new ChainError(SdkErrors.TxDecode, 'simulated Tx needs a body and auth_info');
  const raw = TxRaw.fromPartial({ bodyBytes: TxBody.encode(tx.body).finish(), authInfoBytes: AuthInfo.encode(tx.authInfo).finish(), signatures: tx.signatures });
  return decodeTxUncached(TxRaw.encode(raw).finish());
}
