import { ChainError, SdkErrors } from '../errors.js';
import { BinaryKeyedStore, type Entry, type KVStore } from './kv.js';

/** Gas costs of store access (the Cosmos SDK's KVGasConfig defaults). */
export const KVGasConfig = {
  hasCost: 1000,
  deleteCost: 1000,
  readCostFlat: 1000,
  readCostPerByte: 3,
  writeCostFlat: 2000,
  writeCostPerByte: 30,
  iterNextCostFlat: 30,
} as const;

export class GasMeter {
  private used = 0;

  /** limit = Infinity for an unmetered context (genesis, queries, block hooks). */
  constructor(private max: number) {}

  get limit(): number {
    return this.max;
  }

  get consumed(): number {
    return this.used;
  }

  /**
   * Meters from zero again, against a new limit. A tx's context reads what it needs to decode
   * the tx (the size limit) before the tx's gas limit is known; those reads are not the tx's.
   */
  restart(limit: number): void {
    this.used = 0;
    this.max = limit;
  }

  consume(amount: number, descriptor: string): void {
    this.used += amount;
    if (this.used > this.limit) {
      throw new ChainError(
        SdkErrors.OutOfGas,
        `out of gas in location: ${descriptor}; gas wanted: ${this.limit}, gas used: ${this.used}: raise the transaction's gas limit (or use fee "auto")`,
      );
    }
  }
}

/** A store that charges every access to a gas meter. */
export class GasStore extends BinaryKeyedStore {
  constructor(
    private readonly parent: KVStore,
    private readonly meter: GasMeter,
  ) {
    super();
  }

  // A binary-string key has one char per byte: its length is the byte length gas is charged for.
  getBin(key: string): Uint8Array | undefined {
    this.meter.consume(KVGasConfig.readCostFlat, 'ReadFlat');
    const v = this.parent.getBin(key);
    this.meter.consume(KVGasConfig.readCostPerByte * (key.length + (v?.length ?? 0)), 'ReadPerByte');
    return v;
  }

  hasBin(key: string): boolean {
    this.meter.consume(KVGasConfig.hasCost, 'Has');
    return this.parent.hasBin(key);
  }

  setBin(key: string, value: Uint8Array): void {
    this.meter.consume(KVGasConfig.writeCostFlat, 'WriteFlat');
    this.meter.consume(KVGasConfig.writeCostPerByte * (key.length + value.length), 'WritePerByte');
    this.parent.setBin(key, value);
  }

  deleteBin(key: string): void {
    this.meter.consume(KVGasConfig.deleteCost, 'Delete');
    this.parent.deleteBin(key);
  }

  *iterator(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<Entry> {
    for (const e of this.parent.iterator(start, end, reverse)) {
      this.meter.consume(KVGasConfig.iterNextCostFlat, 'IterNextFlat');
      this.meter.consume(KVGasConfig.readCostPerByte * (e[0].length + e[1].length), 'ValuePerByte');
      yield e;
    }
  }
}
