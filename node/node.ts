import { readFileSync } from 'node:fs';
import type { TxResult } from '../chain/app.js';
import { headerHash, type Header } from '../chain/block/hashing.js';
import { decodeExecTxResult } from '../chain/block/result-encoding.js';
import { BlockStore, type TxCondition } from '../chain/block/store.js';
import { fromUtf8, toBase64, toHex, utf8 } from '../chain/bytes.js';
import { canonicalJson, formatTime, validateGenesis, type GenesisDoc } from '../chain/genesis.js';
import { MetaKey } from '../chain/store/buckets.js';
import { ChainDB, metaKey } from '../chain/store/chain-db.js';
import { StateDB } from '../chain/store/state-db.js';
import { createApp, type Keepers } from '../modules/index.js';
import type { App } from '../chain/app.js';
import { loadConfig, type NodeConfig } from './config.js';
import { ConsensusDriver, LocalTransport, type CommittedBlock } from './consensus/driver.js';
import { PrivValidator } from './consensus/signer.js';
import { homePaths, readEd25519KeyFile, type Ed25519Key } from './home.js';
import { createLogger, stderrSink, type Logger, type LogSink } from './log.js';
import { readDurableJson, writeDurableJsonAsync } from './durable-file.js';
import { Mempool } from './mempool/mempool.js';
import { SigVerifyPool } from './mempool/verify-pool.js';
import { NodeMetrics } from './metrics.js';
import type { BroadcastResult, CommitResult, NodeInfo, RpcBackend, StoredBlock, SyncInfo, ValidatorInfo } from './rpc/backend.js';
import { RpcCode, RpcError } from './rpc/errors.js';

export { AIVM_VERSION } from './version.js';
import { AIVM_VERSION } from './version.js';

export class NodeStartError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'NodeStartError';
  }
}

export interface NodeOptions {
  readonly home: string;
  /** Overrides of the home's config.json (after it is loaded). */
  readonly config?: (c: NodeConfig) => void;
  readonly logSink?: LogSink;
}

interface HeadMarker {
  height: number;
  block_hash: string;
  app_hash: string;
}

interface CommitWaiter {
  resolve(r: { height: number; result: TxResult }): void;
}

/** A full aivm node: chain database, app, mempool, consensus, RPC and metrics. */
export class AivmNode implements RpcBackend {
  readonly config: NodeConfig;
  readonly log: Logger;
  readonly metrics: NodeMetrics;
  private db!: ChainDB;
  private blocks!: BlockStore;
  app!: App;
  keepers!: Keepers;
  private mempool!: Mempool;
  private verifyPool: SigVerifyPool | undefined;
  private consensus!: ConsensusDriver;
  private rpc: { start(): Promise<{ url: string }>; stop(): Promise<void> } | undefined;
  /** The small parts of the genesis kept in memory (the document can be hundreds of MB). */
  private genesisInfo!: { chain_id: string; genesis_time: string };
  private validatorKey: Ed25519Key | undefined;
  private nodeKey!: Ed25519Key;
  private readonly commitWaiters = new Map<string, CommitWaiter[]>();
  private earliest: { height: number; hash: Uint8Array; appHash: Uint8Array; time: string } | undefined;
  rpcUrl = '';

  constructor(private readonly opts: NodeOptions) {
    const paths = homePaths(opts.home);
    this.config = loadConfig(paths.config);
    opts.config?.(this.config);
    const sink = opts.logSink ?? stderrSink(this.config.log.level, this.config.log.format);
    this.log = createLogger(sink, 'aivm');
    this.metrics = new NodeMetrics(this.config.metrics.enabled);
  }

  get chainId(): string {
    return this.genesisInfo.chain_id;
  }

  async start(): Promise<void> {
    const paths = homePaths(this.opts.home);
    const log = this.log.child('node');
    let genesisText: string;
    try {
      genesisText = readFileSync(paths.genesis, 'utf8');
    } catch {
      throw new NodeStartError('GENESIS_MISSING', `no genesis file at ${paths.genesis}: run \`aivmd init --home ${this.opts.home}\` or \`aivmd dev\` first`);
    }
    let genesis: GenesisDoc;
    try {
      genesis = validateGenesis(JSON.parse(genesisText));
    } catch (e) {
      throw new NodeStartError('GENESIS_INVALID', `${paths.genesis}: ${(e as Error).message}`);
    }
    this.genesisInfo = { chain_id: genesis.chain_id, genesis_time: genesis.genesis_time };
    this.nodeKey = readEd25519KeyFile(paths.nodeKey, 'node key');
    try {
      this.validatorKey = readEd25519KeyFile(paths.privValidatorKey, 'validator key');
    } catch (e) {
      if ((e as { code?: string }).code !== 'HOME_FILE_MISSING') throw e;
      this.validatorKey = undefined;
    }

    this.db = await ChainDB.open(paths.chainDb);
    try {
      await this.open(genesis, genesisText, log);
    } catch (e) {
      // The RPC server may already listen: stop it, or the process lives on serving errors.
      await this.rpc?.stop().catch(() => {});
      await this.db.close().catch(() => {});
      throw e;
    }
  }

  private async open(genesis: GenesisDoc, genesisText: string, log: Logger): Promise<void> {
    this.blocks = new BlockStore(this.db);
    const state = await StateDB.load(this.db);
    const storedChainId = await this.db.get(metaKey(MetaKey.ChainId));
    const head = await this.blocks.head();
    await this.checkHeadMarker(head);
    let lastTime = { seconds: 0, nanos: 0 };
    if (head > 0) {
      const block = await this.blocks.block(head);
      const results = await this.blocks.results(head);
      if (!block || !results) throw new NodeStartError('CHAIN_DB_INCONSISTENT', `the chain database says the head is ${head} but that block or its results are missing; restore the data directory from a backup`);
      const t = (block.header as Header).time;
      lastTime = { seconds: t?.seconds ?? 0, nanos: t?.nanos ?? 0 };
      if (toHex(results.appHash) !== toHex(state.appHash)) {
        throw new NodeStartError('APP_HASH_MISMATCH', `state app hash ${toHex(state.appHash)} differs from the app hash recorded at height ${head} (${toHex(results.appHash)}): the data directory is damaged; restore it from a backup`);
      }
    }
    const created = createApp(state, genesis.chain_id, {
      diagnosticChainIds: this.config.tx.diagnostic_chain_ids,
      lastHeight: head > 0 ? head : Number(genesis.initial_height) - 1,
      lastTime,
    });
    this.app = created.app;
    this.keepers = created.keepers;

    if (!storedChainId) {
      // First start: apply genesis and persist it with the chain id in one batch.
      const prepared = this.app.initChain(genesis);
      await this.db.write(
        [...prepared.ops, { type: 'put', key: metaKey(MetaKey.ChainId), value: utf8(genesis.chain_id) }, { type: 'put', key: metaKey(MetaKey.Genesis), value: utf8(canonicalJson(JSON.parse(genesisText))) }],
        true,
      );
      prepared.apply();
      // The import wrote every node of the state tree: let them go (they are read back lazily).
      state.dropTreeCache();
      log.info('initialized chain from genesis', { chain_id: genesis.chain_id, app_hash: toHex(prepared.appHash) });
    } else if (fromUtf8(storedChainId) !== genesis.chain_id) {
      throw new NodeStartError('CHAIN_ID_MISMATCH', `the data directory belongs to chain "${fromUtf8(storedChainId)}" but genesis.json is for "${genesis.chain_id}"; use the matching genesis or a fresh home`);
    }
    if (head > 0) {
      const first = Number(genesis.initial_height);
      const b = await this.blocks.block(first);
      const r = await this.blocks.results(first);
      if (b && r) this.earliest = { height: first, hash: headerHash(b.header as Header), appHash: r.appHash, time: formatTime((b.header as Header).time as { seconds: number; nanos: number }) };
    }

    const signer = this.validatorKey ? PrivValidator.load(this.validatorKey, homePaths(this.opts.home).signerState) : undefined;
    this.verifyPool = this.config.tx.verify_threads > 0 ? new SigVerifyPool(this.config.tx.verify_threads) : undefined;
    this.mempool = new Mempool(this.app, this.blocks, this.config.mempool, this.log.child('mempool'), this.metrics, this.verifyPool);
    const t = genesis.consensus_params.timeouts;
    this.consensus = new ConsensusDriver({
      chainId: genesis.chain_id,
      db: this.db,
      app: this.app,
      blocks: this.blocks,
      mempool: this.mempool,
      validators: this.keepers.validators,
      signer,
      transport: new LocalTransport(),
      timeouts: { proposeMs: Number(t.propose_ms), proposeDeltaMs: Number(t.propose_delta_ms), voteMs: Number(t.vote_ms), voteDeltaMs: Number(t.vote_delta_ms) },
      timeoutCommitMs: this.config.consensus.timeout_commit_ms,
      createEmptyBlocks: this.config.consensus.create_empty_blocks,
      createEmptyBlocksIntervalMs: this.config.consensus.create_empty_blocks_interval_ms,
      maxBlockTxs: this.config.consensus.max_block_txs,
      maxBlockBytes: this.config.consensus.max_block_bytes,
      log: this.log.child('consensus'),
      metrics: this.metrics,
      onCommit: (b) => this.onCommit(b),
    });
    this.metrics.height.set(this.app.height);

    if (this.config.rpc.laddr) {
      const { RpcServer } = await import('./rpc/server.js');
      const [host, port] = splitHostPort(this.config.rpc.laddr);
      const server = new RpcServer(this, {
        host,
        port,
        maxBodyBytes: this.config.rpc.max_body_bytes,
        corsOrigins: this.config.rpc.cors_allowed_origins,
        broadcastTxCommitTimeoutMs: this.config.rpc.timeout_broadcast_tx_commit_ms,
        metrics: { observe: (m: string, ok: boolean, s: number) => this.metrics.observeRpc(m, ok, s) },
        metricsHandler: this.config.metrics.enabled ? () => this.metrics.render() : undefined,
        logger: this.log.child('rpc'),
      });
      this.rpc = server;
      let url: string;
      try {
        ({ url } = await server.start());
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
          throw new NodeStartError('RPC_ADDRESS_IN_USE', `the JSON-RPC address ${this.config.rpc.laddr} is already in use: stop the other process, or set rpc.laddr in config.json (or --rpc-laddr)`);
        }
        throw e;
      }
      this.rpcUrl = url;
      log.info('JSON-RPC listening', { url });
    }
    await this.consensus.start();
    log.info('node started', { chain_id: genesis.chain_id, height: this.app.height, validator: this.validatorKey ? toHex(this.validatorKey.address) : 'none' });
  }

  /**
   * LevelDB cannot tell when it lost the tail of its own log (a damaged disk, a restored copy):
   * it would open at an older height and the node would commit different blocks at heights that
   * clients already saw. A marker written after every block, outside the database, catches that.
   */
  private async checkHeadMarker(head: number): Promise<void> {
    const path = homePaths(this.opts.home).headMarker;
    const marker = readDurableJson<HeadMarker>(path, 'the committed-head marker');
    if (!marker || marker.height < head) return; // older than the database: a crash between the two writes
    if (marker.height > head) {
      throw new NodeStartError(
        'CHAIN_DB_BEHIND',
        `the chain database ends at height ${head}, but height ${marker.height} was committed (${path}): the database lost its newest writes. ` +
          `Starting from it would fork the chain. Restore the data directory from a backup taken at or after height ${marker.height}.`,
      );
    }
    const block = await this.blocks.block(head);
    if (block && toHex(headerHash(block.header as Header)) !== marker.block_hash) {
      throw new NodeStartError('CHAIN_DB_MISMATCH', `block ${head} in the chain database is not the block that was committed at that height (${path}); restore the data directory from a backup`);
    }
  }

  async stop(): Promise<void> {
    await this.consensus?.stop();
    await this.rpc?.stop();
    await this.verifyPool?.close();
    await this.db?.close();
    this.log.child('node').info('node stopped', { height: this.app?.height });
  }

  /** Set when consensus halted on an error. */
  get consensusError(): Error | undefined {
    return this.consensus?.error;
  }

  private async onCommit(b: CommittedBlock): Promise<void> {
    const marker: HeadMarker = { height: b.height, block_hash: toHex(b.hash), app_hash: toHex(b.appHash) };
    await writeDurableJsonAsync(homePaths(this.opts.home).headMarker, marker);
    // Most blocks have no broadcast_tx_commit caller waiting: skip the per-tx lookups then.
    if (this.commitWaiters.size > 0) this.resolveCommitWaiters(b);
    if (!this.earliest) this.earliest = { height: b.height, hash: b.hash, appHash: b.appHash, time: formatTime((b.block.header as Header).time as { seconds: number; nanos: number }) };
  }

  private resolveCommitWaiters(b: CommittedBlock): void {
    b.txHashes.forEach((h, i) => {
      const id = toHex(h);
      const ws = this.commitWaiters.get(id);
      if (ws) {
        this.commitWaiters.delete(id);
        const result = decodeExecTxResult(b.encodedTxResults[i]!);
        for (const w of ws) w.resolve({ height: b.height, result });
      }
    });
  }

  // ---- RpcBackend ------------------------------------------------------------------------------

  nodeInfo(): NodeInfo {
    return {
      id: toHex(this.nodeKey.address),
      moniker: this.config.moniker,
      network: this.genesisInfo.chain_id,
      listenAddr: this.config.p2p.laddr,
      version: AIVM_VERSION,
    };
  }

  validatorInfo(): ValidatorInfo | undefined {
    if (!this.validatorKey) return undefined;
    const v = this.keepers.validators.getValidators(this.app.readContext()).find((x) => toHex(x.address) === toHex(this.validatorKey!.address));
    return { address: toHex(this.validatorKey.address).toUpperCase(), pubKey: toBase64(this.validatorKey.publicKey), votingPower: v?.power ?? 0 };
  }

  async syncInfo(): Promise<SyncInfo> {
    const height = this.app.height;
    const block = height > 0 ? await this.blocks.block(height) : undefined;
    const hd = block?.header as Header | undefined;
    const genesisTime = this.genesisInfo.genesis_time;
    const latestTime = hd?.time ? formatTime(hd.time as { seconds: number; nanos: number }) : genesisTime;
    return {
      latestBlockHash: hd ? headerHash(hd) : new Uint8Array(),
      latestAppHash: this.app.appHash,
      latestBlockHeight: height,
      latestBlockTime: latestTime,
      earliestBlockHeight: this.earliest?.height ?? height,
      earliestBlockHash: this.earliest?.hash ?? new Uint8Array(),
      earliestAppHash: this.earliest?.appHash ?? this.app.appHash,
      earliestBlockTime: this.earliest?.time ?? genesisTime,
      catchingUp: false,
    };
  }

  height(): number {
    return this.app.height;
  }

  appHash(): Uint8Array {
    return this.app.appHash;
  }

  appVersion(): string {
    return AIVM_VERSION;
  }

  query(path: string, data: Uint8Array) {
    return { ...this.app.query(path, data), height: this.app.height };
  }

  async broadcastTxSync(tx: Uint8Array): Promise<BroadcastResult> {
    // Its answer carries no events: CheckTx does not build them.
    const { hash, result } = await this.mempool.add(tx, { events: false });
    return { hash, code: result.code, codespace: result.codespace, log: result.log };
  }

  async broadcastTxCommit(tx: Uint8Array, timeoutMs: number): Promise<CommitResult> {
    const { hash, result } = await this.mempool.add(tx);
    if (result.code !== 0) return { hash, checkTx: result, height: 0 };
    const id = toHex(hash);
    const committed = await new Promise<{ height: number; result: TxResult } | undefined>((resolve) => {
      const list = this.commitWaiters.get(id) ?? [];
      const waiter: CommitWaiter = { resolve: (r) => (clearTimeout(timer), resolve(r)) };
      // A waiter that gives up leaves the list (its tx may never commit: dropped at re-check).
      const timer = setTimeout(() => {
        const left = (this.commitWaiters.get(id) ?? []).filter((w) => w !== waiter);
        if (left.length > 0) this.commitWaiters.set(id, left);
        else this.commitWaiters.delete(id);
        resolve(undefined);
      }, timeoutMs);
      list.push(waiter);
      this.commitWaiters.set(id, list);
    });
    // An RpcError: an expected outcome, answered to the client without a warning and a stack.
    if (!committed) throw new RpcError(RpcCode.InternalError, `timed out after ${timeoutMs} ms waiting for tx ${id.toUpperCase()} to be committed; it may still be committed later: query it with tx`);
    return { hash, checkTx: result, txResult: committed.result, height: committed.height };
  }

  async block(height?: number): Promise<StoredBlock | undefined> {
    const h = height ?? this.app.height;
    const block = await this.blocks.block(h);
    return block ? { block, hash: headerHash(block.header as Header) } : undefined;
  }

  async blockByHash(hash: Uint8Array): Promise<StoredBlock | undefined> {
    const h = await this.blocks.heightByHash(hash);
    return h === undefined ? undefined : this.block(h);
  }

  blockResults(height: number) {
    return this.blocks.results(height);
  }

  commit(height: number) {
    return this.blocks.commit(height);
  }

  tx(hash: Uint8Array) {
    return this.blocks.tx(hash);
  }

  searchTxs(conditions: readonly TxCondition[]) {
    return this.blocks.search(conditions);
  }

  txAt(loc: { height: number; index: number }) {
    return this.blocks.txAt(loc);
  }

  async validators(): Promise<ValidatorInfo[]> {
    return this.keepers.validators
      .getValidators(this.app.readContext())
      .map((v) => ({ address: toHex(v.address).toUpperCase(), pubKey: toBase64(v.pubKey), votingPower: v.power }));
  }

  /** The genesis this chain was initialized with, as stored in the chain database. */
  async genesis(): Promise<GenesisDoc> {
    const b = await this.db.get(metaKey(MetaKey.Genesis));
    if (!b) throw new Error('the chain database holds no genesis document');
    return JSON.parse(fromUtf8(b)) as GenesisDoc;
  }

  mempoolStats() {
    return { count: this.mempool.size, bytes: this.mempool.totalBytes };
  }

  unconfirmedTxs(limit: number): Uint8Array[] {
    return this.mempool.txs(limit);
  }

  netInfo() {
    return { listening: true, listeners: [this.config.p2p.laddr], peers: [] };
  }
}

function splitHostPort(laddr: string): [string, number] {
  const i = laddr.lastIndexOf(':');
  return [laddr.slice(0, i), Number(laddr.slice(i + 1))];
}

