// secp256k1 signature verification on worker threads, so that CheckTx's dominant cost runs on
// every core while the main thread executes blocks and serves RPC. Requests are sent in small
// batches, several ahead per worker (see flush): answers come back a few milliseconds after the
// work is done, and a worker has work queued while the main thread is busy.
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
  const id = Buffer.from(pub.buffer, pub.byteOffset, pub.byteLength).toString('latin1');
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

/** What the mempool needs of a verifier: one boolean per item, never a rejection. */
export interface SignatureVerifier {
  verify(items: VerifyItem[]): Promise<boolean[]>;
}

/** One verify() call: its answers fill in as the workers report. */
interface Pending {
  readonly items: readonly VerifyItem[];
  readonly ok: boolean[];
  remaining: number;
  readonly resolve: (ok: boolean[]) => void;
}

/** One item of a call, queued for (or sent to) a worker. */
interface Ref {
  readonly p: Pending;
  readonly i: number;
}

/**
 * Items per message to a worker (~5 ms of verification): a worker answers a message when it has
 * checked all of it, so small messages let each CheckTx go on soon after its own signature.
 */
const MAX_ITEMS_PER_MESSAGE = 16;
/**
 * Items a worker may have been sent and not yet answered (~80 ms of verification): enough to
 * keep it busy while the main thread executes or writes a block; the rest wait on the main
 * thread, where an idle worker can take them.
 */
const MAX_ITEMS_PER_WORKER = 256;
/**
 * A worker with at least this many unanswered items (~5 ms of work) is sent full messages only:
 * every message costs the main thread a postMessage and an answer to take in, so while a worker
 * is busy, items wait here to fill a message (its next answer sends them).
 */
const BUSY_WORKER_ITEMS = 16;

/**
 * The worker a public key's checks go to. Parsing a key costs about half a verification and each
 * worker keeps its own parsed keys, so an account's txs are sent to one worker: each key is parsed
 * once instead of once per worker. Byte 1 on is the key's x coordinate, uniformly distributed.
 */
function workerFor(pubKey: Uint8Array, live: readonly number[]): number {
  const x = pubKey.length >= 3 ? (pubKey[1]! << 8) | pubKey[2]! : 0;
  return live[x % live.length]!;
}

export class SigVerifyPool implements SignatureVerifier {
  private readonly workers: Worker[] = [];
  private readonly inflight = new Map<number, { worker: number; refs: Ref[] }>();
  /** Items waiting, per worker (by key affinity). */
  private readonly queues: Ref[][];
  /** Items sent to each worker and not answered yet. */
  private readonly outstanding: number[];
  private scheduled = false;
  private nextId = 1;
  private closed = false;
  /** Workers still alive, in index order: one that dies on an error is never sent work again. */
  private live: number[];

  constructor(readonly threads: number) {
    this.queues = Array.from({ length: threads }, () => []);
    this.outstanding = new Array<number>(threads).fill(0);
    this.live = Array.from({ length: threads }, (_, i) => i);
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
    const live = this.live;
    if (this.closed || live.length === 0 || items.length === 0) return Promise.resolve(items.map(() => false));
    return new Promise((resolve) => {
      const p: Pending = { items, ok: new Array<boolean>(items.length).fill(false), remaining: items.length, resolve };
      for (let i = 0; i < items.length; i++) this.queues[workerFor(items[i]!.pubKey, live)]!.push({ p, i });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /**
   * Sends each worker its queue, in messages of at most MAX_ITEMS_PER_MESSAGE, while it has fewer
   * than MAX_ITEMS_PER_WORKER unanswered (and, once it is busy, only full messages); the rest
   * stays queued here. A worker with nothing left, sent or queued, takes half of the longest
   * queue of a busy worker (a key then gets parsed twice, which beats a core waiting).
   */
  private flush(): void {
    this.scheduled = false;
    const live = this.live;
    if (live.length === 0) {
      // No worker left: answer false, and CheckTx verifies (and explains) on the main thread.
      for (const q of this.queues) for (const r of q.splice(0)) this.answer(r, false);
      return;
    }
    for (const w of live) {
      if (this.queues[w]!.length === 0 && this.outstanding[w] === 0) {
        const from = this.longestQueueOfABusyWorker(w);
        if (from !== undefined) this.queues[w] = this.queues[from]!.splice(0, this.queues[from]!.length >> 1);
      }
      const q = this.queues[w]!;
      let taken = 0;
      while (taken < q.length && this.outstanding[w]! < MAX_ITEMS_PER_WORKER) {
        const n = Math.min(q.length - taken, MAX_ITEMS_PER_MESSAGE, MAX_ITEMS_PER_WORKER - this.outstanding[w]!);
        if (n < MAX_ITEMS_PER_MESSAGE && this.outstanding[w]! >= BUSY_WORKER_ITEMS) break;
        this.send(w, q.slice(taken, taken + n));
        taken += n;
      }
      if (taken > 0) q.splice(0, taken);
    }
  }

  /** The worker other than `except` with the longest queue (over one item) and work of its own. */
  private longestQueueOfABusyWorker(except: number): number | undefined {
    let best: number | undefined;
    for (const o of this.live) {
      if (o === except || this.outstanding[o]! < BUSY_WORKER_ITEMS) continue;
      if (this.queues[o]!.length > (best === undefined ? 1 : this.queues[best]!.length)) best = o;
    }
    return best;
  }

  private send(worker: number, refs: Ref[]): void {
    const id = this.nextId++;
    this.inflight.set(id, { worker, refs });
    this.outstanding[worker]! += refs.length;
    const buf = pack(refs.map((r) => r.p.items[r.i]!));
    this.workers[worker]!.postMessage({ id, buf }, [buf.buffer as ArrayBuffer]);
  }

  private answer(r: Ref, ok: boolean): void {
    r.p.ok[r.i] = ok;
    if (--r.p.remaining === 0) r.p.resolve(r.p.ok);
  }

  private onResult(m: { id: number; ok: boolean[] }): void {
    const job = this.inflight.get(m.id);
    if (!job) return;
    this.inflight.delete(m.id);
    this.outstanding[job.worker]! -= job.refs.length;
    job.refs.forEach((r, j) => this.answer(r, m.ok[j] === true));
    this.flush();
  }

  private onWorkerError(index: number): void {
    if (!this.live.includes(index)) return;
    this.live = this.live.filter((i) => i !== index);
    for (const [id, job] of this.inflight) {
      if (job.worker !== index) continue;
      this.inflight.delete(id);
      this.outstanding[index]! -= job.refs.length;
      for (const r of job.refs) this.answer(r, false);
    }
    // Its queued items go to the workers left (or are answered false by flush if none is).
    const orphans = this.queues[index]!.splice(0);
    const live = this.live;
    for (const r of orphans) {
      if (live.length === 0) this.answer(r, false);
      else this.queues[workerFor(r.p.items[r.i]!.pubKey, live)]!.push(r);
    }
    this.flush();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.inflight.values()) for (const r of job.refs) this.answer(r, false);
    this.inflight.clear();
    for (const q of this.queues) for (const r of q.splice(0)) this.answer(r, false);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
