import { EventManager } from './events.js';
import { StateModule, type ModuleName } from './store/buckets.js';
import { GasMeter, GasStore } from './store/gas.js';
import type { KVStore } from './store/kv.js';
import { PrefixStore } from './store/prefix.js';
import { ModuleReadViews } from './store/read-view.js';

export type ExecMode = 'genesis' | 'check' | 'simulate' | 'deliver' | 'query' | 'block';

export interface BlockTime {
  readonly seconds: number;
  readonly nanos: number;
}

export interface BlockInfo {
  readonly chainId: string;
  readonly height: number;
  /** Block time from the header: the only clock the deterministic core ever reads. */
  readonly time: BlockTime;
  readonly proposer?: Uint8Array;
}

/** Each module's one-byte store prefix (never mutated: stores only read it). */
const MODULE_PREFIX = Object.fromEntries(Object.entries(StateModule).map(([m, b]) => [m, Uint8Array.of(b)])) as Record<ModuleName, Uint8Array>;

/**
 * What a keeper sees while it runs: the block it runs in, a gas meter, an event sink, and its
 * module's own store prefix (everything it reads and writes goes through `kv`).
 * Over `ModuleReadViews` (queries: App.query) every module store is read-only and writes throw.
 */
export class Context {
  readonly events: EventManager;
  /** Module stores built so far (created on the first kv() call: many contexts never read). */
  private stores: Map<ModuleName, KVStore> | undefined;

  constructor(
    readonly block: BlockInfo,
    readonly mode: ExecMode,
    private readonly base: KVStore | ModuleReadViews,
    readonly gasMeter: GasMeter,
    events?: EventManager,
  ) {
    this.events = events ?? new EventManager();
  }

  get height(): number {
    return this.block.height;
  }

  get chainId(): string {
    return this.block.chainId;
  }

  /**
   * Whether what this context writes is dropped at the next commit: CheckTx state (rebuilt from
   * committed state after every block) and a simulation's branch of it. Such values may be
   * slices of Node's pooled buffer slab; values that are kept need arrays of their own.
   */
  get writesDroppedAtCommit(): boolean {
    return this.mode === 'check' || this.mode === 'simulate';
  }

  /** The gas-metered store of one module: its one-byte prefix of the state bucket. */
  kv(module: ModuleName): KVStore {
    // Queries over read views: no cache, gas or prefix layer, one view per module reused.
    if (this.base instanceof ModuleReadViews) return this.base.view(module);
    // Built once per context and module: a tx asks for the same few stores many times.
    const stores = (this.stores ??= new Map());
    let store = stores.get(module);
    if (!store) {
      // Queries are not metered: skip the gas layer on their read path.
      const base = this.mode === 'query' ? this.base : new GasStore(this.base, this.gasMeter);
      stores.set(module, (store = new PrefixStore(base, MODULE_PREFIX[module])));
    }
    return store;
  }

  /** The same context over another store (a branch for one message) with its own events. */
  withStore(base: KVStore, events = new EventManager()): Context {
    return new Context(this.block, this.mode, base, this.gasMeter, events);
  }

  withGasMeter(meter: GasMeter): Context {
    return new Context(this.block, this.mode, this.base, meter, this.events);
  }
}
