// secp256k1 signature verification on worker threads, so that CheckTx's dominant cost runs on
// every core while the main thread executes blocks and serves RPC. Requests are batched (see
// flush) to keep messaging overhead small.
import { Worker } from 'node:worker_threads';

export interface VerifyItem {
  /** 33-byte compressed secp256k1 key. */
  readonly pubKey: Uint8Array;
  readonly message: Uint8Array;
  /** 64-byte r‖s. */
  readonly signature: Uint8Array;
}

// Plain JS (no TypeScript loader needed in the worker): the same check as chain/tx/sigverify.ts.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createPublicKey, verify } = require('node:crypto');
const prefix = Buffer.from('3036301006072a8648ce3d020106052b8104000a032200', 'hex');
const keys = new Map();
function key(pub) {
  const id = Buffer.from(pub).toString('latin1');
  let k = keys.get(id);
  if (!k) {
    if (keys.size > 100000) keys.clear();
    k = createPublicKey({ key: Buffer.concat([prefix, pub]), format: 'der', type: 'spki' });
    keys.set(id, k);
  }
  return k;
}
// One message per batch: every item packed as pubKey (33) ‖ signature (64) ‖ u32 length ‖ message.
parentPort.on('message', ({ id, buf }) => {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const ok = [];
  let o = 0;
  while (o < buf.length) {
    const pub = buf.subarray(o, o + 33);
    const sig = buf.subarray(o + 33, o + 97);
    const len = view.getUint32(o + 97);
    const msg = buf.subarray(o + 101, o + 101 + len);
    o += 101 + len;
    try {
      ok.push(pub[0] !== 0 && verify('sha256', msg, { key: key(pub), dsaEncoding: 'ieee-p1363' }, sig));
    } catch {
      ok.push(false);
    }
  }
  parentPort.postMessage({ id, ok });
});
`;

/**
 * Packs a batch into one buffer that is transferred, not cloned: cloning an item's typed arrays
 * would copy each one's whole backing buffer (often the pooled buffer the tx arrived in).
 * Malformed items are packed with a zeroed key so that the worker answers false for them.
 */
function pack(items: readonly VerifyItem[]): Uint8Array {
  let len = 0;
  for (const it of items) len += 101 + it.message.length;
  const buf = new Uint8Array(len);
  const view = new DataView(buf.buffer);
  let o = 0;
  for (const it of items) {
    if (it.pubKey.length === 33 && it.signature.length === 64) {
      buf.set(it.pubKey, o);
      buf.set(it.signature, o + 33);
    }
    view.setUint32(o + 97, it.message.length);
    buf.set(it.message, o + 101);
    o += 101 + it.message.length;
  }
  return buf;
}

interface Pending {
  readonly items: VerifyItem[];
  readonly resolve: (ok: boolean[]) => void;
}

/** Batches a worker may hold at once (one running, one waiting). */
const MAX_BATCHES_PER_WORKER = 2;

export class SigVerifyPool {
  private readonly workers: Worker[] = [];
  private readonly inflight = new Map<number, { worker: number; parts: Pending[]; counts: number[] }>();
  private queue: Pending[] = [];
  private scheduled = false;
  private nextId = 1;
  private closed = false;
  /** Workers that died on an error: never sent work again. */
  private readonly dead = new Set<number>();

  constructor(readonly threads: number) {
    for (let i = 0; i < threads; i++) {
      const w = new Worker(WORKER_SOURCE, { eval: true });
      w.unref();
      w.on('message', (m: { id: number; ok: boolean[] }) => this.onResult(m));
      w.on('error', () => this.onWorkerError(i));
      w.on('exit', () => {
        if (!this.closed) this.onWorkerError(i);
      });
      this.workers.push(w);
    }
  }

  /** Resolves with one boolean per item; never rejects (a failed worker answers false). */
  verify(items: VerifyItem[]): Promise<boolean[]> {
    if (this.closed || this.workers.length === 0 || items.length === 0) return Promise.resolve(items.map(() => false));
    return new Promise((resolve) => {
      this.queue.push({ items, resolve });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /**
   * Sends the queue to the workers that can take a batch. While every worker is full, requests
   * keep queueing and go out as one larger batch when a worker answers: batches grow with the
   * load, and the main thread pays one message per batch instead of one per request.
   */
  private flush(): void {
    this.scheduled = false;
    if (this.queue.length === 0) return;
    const live = this.workers.map((_, i) => i).filter((i) => !this.dead.has(i));
    if (live.length === 0) {
      // No worker left: answer false, and CheckTx verifies (and explains) on the main thread.
      for (const p of this.queue.splice(0)) p.resolve(p.items.map(() => false));
      return;
    }
    // A worker takes a new batch while it still holds at most one: it starts on the next batch
    // as soon as it finishes one, without waiting for the main thread to hand out more work.
    const idle = live.filter((i) => this.batchesInFlight(i) < MAX_BATCHES_PER_WORKER);
    if (idle.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    const per = Math.ceil(batch.length / idle.length);
    for (let start = 0, k = 0; start < batch.length; start += per, k++) {
      const parts = batch.slice(start, start + per);
      const w = idle[k]!;
      const id = this.nextId++;
      const items = parts.flatMap((p) => p.items);
      this.inflight.set(id, { worker: w, parts, counts: parts.map((p) => p.items.length) });
      const buf = pack(items);
      this.workers[w]!.postMessage({ id, buf }, [buf.buffer as ArrayBuffer]);
    }
  }

  /** A worker's batches in flight (the in-flight map holds at most two per worker). */
  private batchesInFlight(worker: number): number {
    let n = 0;
    for (const job of this.inflight.values()) if (job.worker === worker) n++;
    return n;
  }

  private onResult(m: { id: number; ok: boolean[] }): void {
    const job = this.inflight.get(m.id);
    if (!job) return;
    this.inflight.delete(m.id);
    let off = 0;
    job.parts.forEach((p, i) => {
      p.resolve(m.ok.slice(off, off + job.counts[i]!));
      off += job.counts[i]!;
    });
    this.flush();
  }

  private onWorkerError(index: number): void {
    this.dead.add(index);
    for (const [id, job] of this.inflight) {
      if (job.worker !== index) continue;
      this.inflight.delete(id);
      for (const p of job.parts) p.resolve(p.items.map(() => false));
    }
    this.flush();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.inflight.values()) for (const p of job.parts) p.resolve(p.items.map(() => false));
    this.inflight.clear();
    for (const p of this.queue.splice(0)) p.resolve(p.items.map(() => false));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
