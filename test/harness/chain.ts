// An in-process chain for unit-level tests: the real App, modules, ante chain and block
// executor over an in-memory state (no disk, no consensus, no network). Integration tests
// use a real aivmd process instead (test/harness/node-process.ts).
import { createHash } from 'node:crypto';
import { ed25519FromSeed } from '../../node/home.js';
import type { App, QueryResult, TxResult } from '../../chain/app.js';
import { executeBlock } from '../../chain/block/executor.js';
import type { Context } from '../../chain/context.js';
import type { ChainEvent } from '../../chain/events.js';
import { validateGenesis, type GenesisDoc } from '../../chain/genesis.js';
import { StateDB } from '../../chain/store/state-db.js';
import { types } from '../../proto/index.js';
import { buildSignedTx, type BuildTxOptions, type EncodedMsg } from '../../client/signing/tx-builder.js';
import { keyFromSeed, type Secp256k1Key } from '../../client/signing/secp256k1.js';
import { createApp, type Keepers } from '../../modules/index.js';
import { buildGenesis } from '../../modules/genesis.js';

export interface TestAccount {
  readonly name: string;
  readonly key: Secp256k1Key;
  readonly address: string;
}

export interface TestValidator {
  readonly operator: TestAccount;
  readonly consensusPubKey: Uint8Array;
  readonly power: number;
}

export interface BlockOutcome {
  readonly height: number;
  readonly appHash: Uint8Array;
  readonly results: TxResult[];
  readonly blockEvents: readonly ChainEvent[];
}

export interface TestChainOptions {
  readonly chainId?: string;
  /** Names of funded accounts (deterministic keys from the names). */
  readonly accounts?: readonly string[];
  readonly balance?: string;
  /** Voting powers of the genesis validators; each gets an operator account "val<i>". */
  readonly validatorPowers?: readonly number[];
  /** Extra or overriding app_state entries (e.g. params of a module). */
  readonly appState?: Record<string, unknown>;
  /** Take this genesis document as is instead of building one. */
  readonly genesis?: GenesisDoc;
  readonly seed?: string;
}

/** A deterministic ed25519 public key from a seed string (the harness does not sign votes). */
function ed25519PubKey(seed: string): Uint8Array {
  return ed25519FromSeed(new Uint8Array(createHash('sha256').update(seed).digest())).publicKey;
}

export class TestChain {
  readonly sequences = new Map<string, bigint>();
  private time = 1_700_000_000;

  private constructor(
    readonly app: App,
    readonly keepers: Keepers,
    readonly genesis: GenesisDoc,
    readonly accounts: Map<string, TestAccount>,
    readonly validators: TestValidator[],
  ) {}

  static create(o: TestChainOptions = {}): TestChain {
    const chainId = o.chainId ?? 'aivm-test-1';
    const seed = o.seed ?? 'test';
    const accounts = new Map<string, TestAccount>();
    const mk = (name: string) => {
      const key = keyFromSeed(`${seed}/${name}`);
      const a = { name, key, address: key.address };
      accounts.set(name, a);
      return a;
    };
    const validators: TestValidator[] = (o.validatorPowers ?? [10]).map((power, i) => ({
      operator: mk(`val${i}`),
      consensusPubKey: ed25519PubKey(`${seed}/cons${i}`),
      power,
    }));
    for (const n of o.accounts ?? ['alice', 'bob', 'carol']) mk(n);
    const genesis =
      o.genesis ??
      buildGenesis({
        chainId,
        genesisTime: '2026-01-01T00:00:00.000000000Z',
        accounts: [...accounts.values()].map((a) => ({ address: a.address, coins: [{ denom: 'uaivm', amount: o.balance ?? '1000000000000' }] })),
        validators: validators.map((v, i) => ({ operatorAddress: v.operator.address, pubKey: v.consensusPubKey, power: v.power, moniker: `val${i}` })),
        appState: o.appState,
      });
    const doc = validateGenesis(genesis);
    const state = StateDB.inMemory();
    const { app, keepers } = createApp(state, doc.chain_id, { diagnosticChainIds: ['aivm-1', 'aivm-testnet-1', 'aivm-local-1'] });
    app.initChain(doc).apply();
    return new TestChain(app, keepers, doc, accounts, validators);
  }

  get chainId(): string {
    return this.app.chainId;
  }

  get height(): number {
    return this.app.height;
  }

  account(name: string): TestAccount {
    const a = this.accounts.get(name);
    if (!a) throw new Error(`no test account ${name}`);
    return a;
  }

  /** Adds an unfunded account with a deterministic key (it exists on chain once funded). */
  newAccount(name: string): TestAccount {
    const key = keyFromSeed(`extra/${name}`);
    const a = { name, key, address: key.address };
    this.accounts.set(name, a);
    return a;
  }

  accountNumber(address: string): bigint {
    const acc = this.keepers.auth.getAccount(this.ctx(), address);
    if (!acc) throw new Error(`account ${address} does not exist on chain`);
    return acc.accountNumber;
  }

  /** The next sequence the harness will sign with (tracks its own pending txs). */
  nextSequence(address: string): bigint {
    return this.sequences.get(address) ?? this.keepers.auth.getAccount(this.ctx(), address)?.sequence ?? 0n;
  }

  signTx(signer: TestAccount, msgs: readonly EncodedMsg[], o: Partial<BuildTxOptions> = {}): Uint8Array {
    const sequence = o.sequence ?? this.nextSequence(signer.address);
    return buildSignedTx(signer.key, msgs, {
      chainId: o.chainId ?? this.chainId,
      accountNumber: o.accountNumber ?? this.accountNumber(signer.address),
      sequence,
      gasLimit: o.gasLimit ?? 2_000_000,
      fee: o.fee ?? [{ denom: 'uaivm', amount: '50000' }],
      memo: o.memo,
      timeoutHeight: o.timeoutHeight,
    });
  }

  /** Executes one block holding `txs` and commits it. */
  deliverBlock(txs: readonly Uint8Array[] = []): BlockOutcome {
    const height = this.app.height + 1;
    this.time += 1;
    const block = types.Block.create({
      header: types.Header.create({ chainId: this.chainId, height, time: { seconds: this.time, nanos: 0 }, proposerAddress: new Uint8Array(20) }),
      txs: [...txs],
    });
    const exec = executeBlock(this.app, block);
    exec.prepared.apply();
    this.sequences.clear();
    return { height, appHash: exec.prepared.appHash, results: exec.txResults, blockEvents: exec.blockEvents };
  }

  /** Signs msgs from `signer`, delivers them alone in a new block, returns the tx result. */
  exec(signer: TestAccount, msgs: readonly EncodedMsg[], o: Partial<BuildTxOptions> = {}): TxResult {
    return this.deliverBlock([this.signTx(signer, msgs, o)]).results[0]!;
  }

  checkTx(tx: Uint8Array): TxResult {
    const r = this.app.checkTx(tx);
    return r;
  }

  query(path: string, request: Uint8Array): QueryResult {
    return this.app.query(path, request);
  }

  /** Advances `n` empty blocks. */
  advance(n: number): void {
    for (let i = 0; i < n; i++) this.deliverBlock([]);
  }

  ctx(): Context {
    return this.app.readContext();
  }

  exportGenesis(): GenesisDoc {
    return { ...this.genesis, initial_height: String(this.app.height + 1), app_state: this.app.exportAppState() };
  }

  /** Every state entry (binary key → value), for byte-for-byte comparisons. */
  stateEntries(): Array<readonly [string, Uint8Array]> {
    return [...this.app.state.entries()];
  }
}
