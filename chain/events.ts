// Typed events, as CometBFT/Cosmos emit them: a type and ordered key/value attributes.
// Every attribute is indexed for tx_search unless `index` is false.

export interface EventAttribute {
  readonly key: string;
  readonly value: string;
  readonly index: boolean;
}

export interface ChainEvent {
  readonly type: string;
  readonly attributes: readonly EventAttribute[];
}

export class EventManager {
  private readonly list: ChainEvent[] = [];
  /** False when nobody will read the events (a re-check, a broadcast_tx_sync check): emitters may skip building them. */
  readonly recording: boolean = true;

  emit(type: string, attrs: Record<string, string | number | bigint | boolean> | ReadonlyArray<readonly [string, string]>): void {
    // Plain loops: a bank send emits ~7 events per delivery, and entries()/map() allocate twice.
    const attributes: EventAttribute[] = [];
    if (Array.isArray(attrs)) {
      for (const [key, value] of attrs as ReadonlyArray<readonly [string, string]>) attributes.push({ key, value: String(value), index: true });
    } else {
      const record = attrs as Record<string, string | number | bigint | boolean>;
      for (const key of Object.keys(record)) attributes.push({ key, value: String(record[key]), index: true });
    }
    this.list.push({ type, attributes });
  }

  push(...events: readonly ChainEvent[]): void {
    this.list.push(...events);
  }

  get events(): readonly ChainEvent[] {
    return this.list;
  }
}

/**
 * Events nobody reads, so not built: a re-check after a block only decides whether a tx stays in
 * the mempool (and rebuilds CheckTx state), and broadcast_tx_sync's answer carries no events.
 */
export class DiscardedEvents extends EventManager {
  override readonly recording = false;

  override emit(): void {}

  override push(): void {}
}
