import type { App } from '../../chain/app.js';
import { BlockExecution } from '../../chain/block/executor.js';
import { commitHash, dataHash, dataHashOfTxHashes, encodedResultsHash, headerHash, resultsHash, type Block, type Commit, type Header } from '../../chain/block/hashing.js';
import type { BlockStore } from '../../chain/block/store.js';
import { equal, toHex } from '../../chain/bytes.js';
import {
  proposerSchedule,
  TendermintMachine,
  type ConsensusValidator,
  type Input,
  type Output,
  type Timeouts,
} from '../../chain/consensus/tendermint.js';
import type { ChainDB } from '../../chain/store/chain-db.js';
import { verifyEd25519 } from '../../chain/tx/sigverify.js';
import { sha256 } from '../../chain/hash.js';
import { aivm, types } from '../../proto/index.js';
import type { ValidatorKeeper } from '../../modules/validators/keeper.js';
import type { Logger } from '../log.js';
import type { NodeMetrics } from '../metrics.js';
import { yieldToEventLoop } from '../event-loop.js';
import type { Mempool } from '../mempool/mempool.js';
import { PrivValidator, SignStep, voteSignBytes } from './signer.js';

type Vote = aivm.types.v1.Vote;
type Proposal = aivm.types.v1.Proposal;

/** Txs executed between two yields to the event loop while a block executes (~10–20 ms). */
const EXEC_SLICE_TXS = 128;

const PREVOTE = types.SignedMsgType.SIGNED_MSG_TYPE_PREVOTE;
const PRECOMMIT = types.SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT;
const PROPOSAL = types.SignedMsgType.SIGNED_MSG_TYPE_PROPOSAL;

/** How consensus messages reach other validators (libp2p gossip in a network; nothing for n = 1). */
export interface ConsensusTransport {
  broadcastProposal(proposal: Proposal, block: Block): void;
  broadcastVote(vote: Vote): void;
  onMessage(handler: { proposal(p: Proposal, block: Block): void; vote(v: Vote): void }): void;
}

export class LocalTransport implements ConsensusTransport {
  broadcastProposal(): void {}
  broadcastVote(): void {}
  onMessage(): void {}
}

export interface CommittedBlock {
  readonly height: number;
  readonly block: Block;
  readonly hash: Uint8Array;
  readonly txHashes: readonly Uint8Array[];
  /** Each tx's ExecTxResult, encoded (decodeExecTxResult reads one back). */
  readonly encodedTxResults: readonly Uint8Array[];
  readonly appHash: Uint8Array;
}

export interface DriverOptions {
  readonly chainId: string;
  readonly db: ChainDB;
  readonly app: App;
  readonly blocks: BlockStore;
  readonly mempool: Mempool;
  readonly validators: ValidatorKeeper;
  readonly signer?: PrivValidator;
  readonly transport: ConsensusTransport;
  readonly timeouts: Timeouts;
  readonly timeoutCommitMs: number;
  readonly createEmptyBlocks: boolean;
  readonly createEmptyBlocksIntervalMs: number;
  readonly maxBlockTxs: number;
  readonly maxBlockBytes: number;
  readonly log: Logger;
  readonly metrics?: NodeMetrics;
  /** Wall clock for block and vote times (the only clock consensus reads). */
  readonly now?: () => number;
  /** Runs after the block is on disk, before the next height starts (awaited). */
  readonly onCommit?: (b: CommittedBlock) => void | Promise<void>;
}

interface HeightState {
  readonly machine: TendermintMachine;
  readonly validators: Map<string, { pubKey: Uint8Array; power: number }>;
  readonly blocks: Map<string, Block>;
  /** Block id → its txs' hashes (computed when built or checked): its execution need not hash them again. */
  readonly txHashes: Map<string, Uint8Array[]>;
  /** round → validator → signed precommit (to build the commit). */
  readonly precommits: Map<number, Map<string, Vote>>;
}

/**
 * Drives the pure Tendermint state machine: builds and checks blocks, signs and gossips proposals
 * and votes, runs the round timers, and on a decision executes the block and writes everything of
 * that height (state, block, commit, results, index, head) in one atomic batch.
 */
export class ConsensusDriver {
  private readonly o: DriverOptions;
  private h: HeightState | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly timers = new Set<NodeJS.Timeout>();
  private abort = new AbortController();
  private running = false;
  private lastBlock: { hash: Uint8Array; time: { seconds: number; nanos: number }; commit: Commit | undefined; resultsHash: Uint8Array } | undefined;
  private lastCommitAt = 0;
  /** When the last height was decided: the next proposal waits timeout_commit from here. */
  private lastDecidedAt = 0;
  private failure: Error | undefined;

  constructor(o: DriverOptions) {
    this.o = o;
  }

  get height(): number {
    return this.o.app.height;
  }

  /** Set when consensus stopped on an unrecoverable error (the node should exit). */
  get error(): Error | undefined {
    return this.failure;
  }

  async start(): Promise<void> {
    this.running = true;
    this.abort = new AbortController();
    // The last stored block (0 on a fresh database, also when the chain starts at a later
    // initial_height from an exported genesis: there is no block at app.height then).
    const head = await this.o.blocks.head();
    if (head > 0) {
      const [block, commit, results] = await Promise.all([this.o.blocks.block(head), this.o.blocks.commit(head), this.o.blocks.results(head)]);
      if (!block) throw new Error(`block ${head} is missing from the chain database`);
      const hd = block.header as Header;
      this.lastBlock = { hash: headerHash(hd), time: { seconds: hd.time?.seconds ?? 0, nanos: hd.time?.nanos ?? 0 }, commit, resultsHash: resultsHash(results) };
    }
    this.o.transport.onMessage({
      proposal: (p, b) => this.enqueue(() => this.onProposal(p, b)),
      vote: (v) => this.enqueue(() => this.onVote(v)),
    });
    this.enqueue(() => this.startHeight());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await this.queue;
  }

  private enqueue(f: () => Promise<void> | void): void {
    this.queue = this.queue.then(async () => {
      if (!this.running) return;
      try {
        await f();
      } catch (e) {
        this.failure = e as Error;
        this.running = false;
        this.o.log.error('consensus stopped on an error', { err: (e as Error).message });
      }
    });
  }

  private validatorSet(): { list: ConsensusValidator[]; map: HeightState['validators'] } {
    const vals = this.o.validators.getValidators(this.o.app.readContext());
    const map = new Map(vals.map((v) => [toHex(v.address), { pubKey: v.pubKey, power: v.power }]));
    return { list: vals.map((v) => ({ address: toHex(v.address), power: BigInt(v.power) })), map };
  }

  private startHeight(): void {
    const height = this.o.app.height + 1;
    const { list, map } = this.validatorSet();
    if (list.length === 0) throw new Error('the validator set is empty: the genesis file needs at least one validator');
    const total = list.reduce((s, v) => s + v.power, 0n);
    const cycle = proposerSchedule(list, Number(total < 1000n ? total : 1000n));
    const proposerOf = (round: number) => cycle[(height + round) % cycle.length]!;
    const self = this.o.signer ? toHex(this.o.signer.key.address) : undefined;
    const machine = new TendermintMachine(height, list, self, this.o.timeouts, proposerOf);
    this.h = { machine, validators: map, blocks: new Map(), txHashes: new Map(), precommits: new Map() };
    // After a restart mid-height, continue in a later round than anything already signed.
    const last = this.o.signer?.lastSigned;
    const round = last && last.height === height ? last.round + 1 : 0;
    this.o.log.debug('starting height', { height, round });
    this.run(machine.start(round));
  }

  private feed(input: Input): void {
    if (!this.h || input.height !== this.h.machine.height) return;
    this.run(this.h.machine.handle(input));
  }

  /** Queues the machine's outputs for processing, in order. */
  private run(outputs: Output[]): void {
    for (const out of outputs) this.enqueue(() => this.process(out));
  }

  private now(): { seconds: number; nanos: number } {
    const ms = this.o.now ? this.o.now() : Date.now();
    let t = { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 };
    // Block time strictly increases.
    const prev = this.lastBlock?.time;
    if (prev && (t.seconds < prev.seconds || (t.seconds === prev.seconds && t.nanos <= prev.nanos))) {
      t = prev.nanos + 1_000_000 >= 1_000_000_000 ? { seconds: prev.seconds + 1, nanos: prev.nanos + 1_000_000 - 1_000_000_000 } : { seconds: prev.seconds, nanos: prev.nanos + 1_000_000 };
    }
    return t;
  }

  private async process(out: Output): Promise<void> {
    const h = this.h;
    if (!h || out.height !== h.machine.height) return;
    switch (out.type) {
      case 'new_round':
        if (out.round > 0) this.o.log.info('new round', { height: out.height, round: out.round });
        return;
      case 'request_value': {
        if (!this.o.createEmptyBlocks) await this.o.mempool.waitForTxs(this.abort.signal, this.o.createEmptyBlocksIntervalMs);
        else {
          // As in CometBFT, timeout_commit runs from the moment the last height was decided, so
          // that executing and writing that block overlaps the pause instead of adding to it.
          const wait = this.lastDecidedAt + this.o.timeoutCommitMs - Date.now();
          if (wait > 0) await this.sleep(wait);
        }
        if (!this.running) return;
        const { block, txHashes } = this.buildBlock(out.height);
        const id = toHex(headerHash(block.header as Header));
        h.blocks.set(id, block);
        h.txHashes.set(id, txHashes);
        this.feed({ type: 'value', height: out.height, round: out.round, valueId: id });
        return;
      }
      case 'propose': {
        const block = h.blocks.get(out.valueId);
        if (!block || !this.o.signer) return;
        const p = types.Proposal.create({ height: out.height, round: out.round, polRound: out.polRound, blockHash: Buffer.from(out.valueId, 'hex'), timestamp: this.now() });
        p.signature = await this.o.signer.sign(out.height, out.round, SignStep.proposal, voteSignBytes(this.o.chainId, { ...p, type: PROPOSAL, timestamp: p.timestamp as { seconds: number; nanos: number } }));
        this.o.transport.broadcastProposal(p, block);
        this.feed({ type: 'proposal', height: out.height, round: out.round, polRound: out.polRound, valueId: out.valueId, from: toHex(this.o.signer.key.address), valid: true });
        return;
      }
      case 'vote': {
        if (!this.o.signer) return;
        const type = out.voteType === 'prevote' ? PREVOTE : PRECOMMIT;
        const v = types.Vote.create({
          type,
          height: out.height,
          round: out.round,
          blockHash: out.valueId ? Buffer.from(out.valueId, 'hex') : new Uint8Array(),
          timestamp: this.now(),
          validatorAddress: this.o.signer.key.address,
        });
        const step = type === PREVOTE ? SignStep.prevote : SignStep.precommit;
        v.signature = await this.o.signer.sign(out.height, out.round, step, voteSignBytes(this.o.chainId, { ...v, timestamp: v.timestamp as { seconds: number; nanos: number } }));
        this.o.transport.broadcastVote(v);
        this.recordVote(v);
        return;
      }
      case 'schedule_timeout': {
        const t = setTimeout(() => {
          this.timers.delete(t);
          this.enqueue(() => this.feed({ type: 'timeout', kind: out.kind, height: out.height, round: out.round }));
        }, out.ms);
        this.timers.add(t);
        return;
      }
      case 'decide':
        await this.commit(out.height, out.round, out.valueId);
        return;
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const signal = this.abort.signal;
      const onAbort = () => {
        clearTimeout(t);
        this.timers.delete(t);
        resolve();
      };
      const t = setTimeout(() => {
        this.timers.delete(t);
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      this.timers.add(t);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private buildBlock(height: number): { block: Block; txHashes: Uint8Array[] } {
    const { txs, hashes: txHashes } = this.o.mempool.reapWithHashes(this.o.maxBlockTxs, this.o.maxBlockBytes);
    const last = this.lastBlock;
    const { map } = this.validatorSet();
    const valHash = dataHash([...map.keys()].sort().map((a) => Buffer.from(a + map.get(a)!.power.toString(16).padStart(16, '0'), 'hex')));
    const header = types.Header.create({
      chainId: this.o.chainId,
      height,
      time: this.now(),
      lastBlockHash: last?.hash ?? new Uint8Array(),
      lastCommitHash: commitHash(last?.commit),
      dataHash: dataHashOfTxHashes(txHashes),
      validatorsHash: valHash,
      nextValidatorsHash: valHash,
      appHash: this.o.app.appHash,
      lastResultsHash: last?.resultsHash ?? new Uint8Array(),
      proposerAddress: this.o.signer!.key.address,
    });
    return { block: types.Block.create({ header, txs, lastCommit: last?.commit ?? null }), txHashes };
  }

  /** Checks a block proposed by another validator against our chain. */
  validateBlock(block: Block, height: number, proposer: string, txHashes = block.txs.map((t) => sha256(t))): string | undefined {
    const hd = block.header as Header | undefined;
    if (!hd) return 'block has no header';
    if (hd.chainId !== this.o.chainId) return `wrong chain id ${hd.chainId}`;
    if (hd.height !== height) return `wrong height ${hd.height}`;
    if (toHex(hd.proposerAddress) !== proposer) return 'proposer address is not the round proposer';
    if (!equal(hd.appHash, this.o.app.appHash)) return 'app hash differs from ours';
    if (!equal(hd.lastBlockHash, this.lastBlock?.hash ?? new Uint8Array())) return 'last block hash differs from ours';
    if (!equal(hd.dataHash, dataHashOfTxHashes(txHashes))) return 'data hash does not match the txs';
    const prev = this.lastBlock?.time;
    const t = hd.time;
    if (!t || (prev && (t.seconds! < prev.seconds || (t.seconds === prev.seconds && (t.nanos ?? 0) <= prev.nanos)))) return 'block time does not increase';
    if (block.txs.length > this.o.maxBlockTxs) return 'too many txs';
    return undefined;
  }

  private onProposal(p: Proposal, block: Block): void {
    const h = this.h;
    if (!h || p.height !== h.machine.height) return;
    const id = toHex(p.blockHash);
    const hd = block.header as Header | undefined;
    if (!hd || toHex(headerHash(hd)) !== id) return;
    const proposer = toHex(hd.proposerAddress);
    const val = h.validators.get(proposer);
    if (!val) return;
    const ok = verifyEd25519(val.pubKey, voteSignBytes(this.o.chainId, { ...p, type: PROPOSAL, timestamp: p.timestamp as { seconds: number; nanos: number } }), p.signature);
    if (!ok) return;
    const txHashes = block.txs.map((t) => sha256(t));
    const problem = this.validateBlock(block, p.height, proposer, txHashes);
    if (problem) this.o.log.warn('invalid proposal', { height: p.height, round: p.round, problem });
    h.blocks.set(id, block);
    h.txHashes.set(id, txHashes);
    this.feed({ type: 'proposal', height: p.height, round: p.round, polRound: p.polRound, valueId: id, from: proposer, valid: !problem });
  }

  private onVote(v: Vote): void {
    const h = this.h;
    if (!h || v.height !== h.machine.height) return;
    const from = toHex(v.validatorAddress);
    const val = h.validators.get(from);
    if (!val) return;
    if (!verifyEd25519(val.pubKey, voteSignBytes(this.o.chainId, { ...v, timestamp: v.timestamp as { seconds: number; nanos: number } }), v.signature)) return;
    this.recordVote(v);
  }

  private recordVote(v: Vote): void {
    const h = this.h!;
    const from = toHex(v.validatorAddress);
    if (v.type === PRECOMMIT) {
      let m = h.precommits.get(v.round);
      if (!m) h.precommits.set(v.round, (m = new Map()));
      if (!m.has(from)) m.set(from, v);
    }
    this.feed({ type: 'vote', voteType: v.type === PREVOTE ? 'prevote' : 'precommit', height: v.height, round: v.round, valueId: v.blockHash.length ? toHex(v.blockHash) : null, from });
  }

  private async commit(height: number, round: number, valueId: string): Promise<void> {
    const h = this.h!;
    const block = h.blocks.get(valueId);
    if (!block) throw new Error(`decided block ${valueId} at height ${height} is not known to this node`);
    const votes = h.precommits.get(round) ?? new Map<string, Vote>();
    const commit = types.Commit.create({
      height,
      round,
      blockHash: Buffer.from(valueId, 'hex'),
      signatures: [...h.validators.keys()].sort().map((addr) => {
        const v = votes.get(addr);
        if (v && toHex(v.blockHash) === valueId) {
          return types.CommitSig.create({ blockIdFlag: types.BlockIdFlag.BLOCK_ID_FLAG_COMMIT, validatorAddress: v.validatorAddress, timestamp: v.timestamp, signature: v.signature });
        }
        return types.CommitSig.create({ blockIdFlag: types.BlockIdFlag.BLOCK_ID_FLAG_ABSENT, validatorAddress: Buffer.from(addr, 'hex') });
      }),
    });

    this.lastDecidedAt = Date.now();
    const t0 = performance.now();
    // Execute in slices, letting RPC and tx admission run in between (they read committed state
    // and CheckTx state, which this block does not touch until it is applied below).
    // Results are read back from their encoding when asked for (see keepTxResults).
    const execution = new BlockExecution(this.o.app, block, h.txHashes.get(valueId), { keepTxResults: false });
    while (!execution.step(EXEC_SLICE_TXS)) await yieldToEventLoop();
    const tRan = performance.now();
    const exec = execution.finish();
    const { encodedResults } = exec;
    const t1 = performance.now();
    // Between the synchronous stages below, let waiting requests in: each one starts its
    // signature check on a worker, which would otherwise sit idle until this block is written.
    await yieldToEventLoop();
    const ops = exec.prepared.ops;
    for (const op of this.o.blocks.commitOps(block, commit, encodedResults, exec.index)) ops.push(op);
    const tOps = performance.now();
    await yieldToEventLoop();
    await this.o.db.write(ops, true);
    const t2 = performance.now();
    exec.prepared.apply();
    const hd = block.header as Header;
    const hash = headerHash(hd);
    const now = Date.now();
    const m = this.o.metrics;
    if (m) {
      m.finalizeBlockSeconds.observe((t1 - t0) / 1000);
      m.commitSeconds.observe((t2 - t1) / 1000);
      m.height.set(height);
      m.txsPerBlock.observe(block.txs.length);
      m.totalTxs.inc(block.txs.length);
      if (this.lastCommitAt) m.blockInterval.observe((now - this.lastCommitAt) / 1000);
    }
    this.lastCommitAt = now;
    this.lastBlock = { hash, time: { seconds: hd.time?.seconds ?? 0, nanos: hd.time?.nanos ?? 0 }, commit, resultsHash: encodedResultsHash(encodedResults) };
    const tUpdate = performance.now();
    const rechecked = await this.o.mempool.update(exec.txHashes);
    const t3 = performance.now();
    this.o.log.info('committed block', {
      height,
      txs: block.txs.length,
      hash: toHex(hash).slice(0, 16),
      app_hash: toHex(exec.prepared.appHash).slice(0, 16),
      exec_ms: Math.round(tRan - t0),
      finish_ms: Math.round(t1 - tRan),
      ops: ops.length,
      ops_ms: Math.round(tOps - t1),
      write_ms: Math.round(t2 - tOps),
      rechecked,
      recheck_ms: Math.round(t3 - tUpdate),
    });
    await this.o.onCommit?.({ height, block, hash, txHashes: exec.txHashes, encodedTxResults: exec.encodedTxResults, appHash: exec.prepared.appHash });
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.enqueue(() => this.startHeight());
  }
}
