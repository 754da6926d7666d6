// secp256k1 signature verification on worker threads, so that CheckTx's dominant cost runs on
// every core while the main thread executes blocks and serves RPC. Requests are batched per
// event-loop turn to keep messaging overhead small.
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
parentPort.on('message', ({ id, items }) => {
  const ok = items.map((it) => {
    try {
      return it.pubKey.length === 33 && it.signature.length === 64 && verify('sha256', it.message, { key: key(it.pubKey), dsaEncoding: 'ieee-p1363' }, it.signature);
    } catch {
      return false;
    }
  });
  parentPort.postMessage({ id, ok });
});
`;

interface Pending {
  readonly items: VerifyItem[];
  readonly resolve: (ok: boolean[]) => void;
}

export class SigVerifyPool {
  private readonly workers: Worker[] = [];
  private readonly inflight = new Map<number, { worker: number; parts: Pending[]; counts: number[] }>();
  private readonly load: number[];
  private queue: Pending[] = [];
  private scheduled = false;
  private nextId = 1;
  private closed = false;

  constructor(readonly threads: number) {
    for (let i = 0; i < threads; i++) {
      const w = new Worker(WORKER_SOURCE, { eval: true });
      w.unref();
      w.on('message', (m: { id: number; ok: boolean[] }) => this.onResult(m));
      w.on('error', () => this.onWorkerError(i));
      this.workers.push(w);
    }
    this.load = new Array(threads).fill(0);
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

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    // Split the batch over the workers, least loaded first.
    const per = Math.ceil(batch.length / this.workers.length);
    for (let start = 0; start < batch.length; start += per) {
      const parts = batch.slice(start, start + per);
      const w = this.load.indexOf(Math.min(...this.load));
      const id = this.nextId++;
      const items = parts.flatMap((p) => p.items);
      this.load[w]! += items.length;
      this.inflight.set(id, { worker: w, parts, counts: parts.map((p) => p.items.length) });
      this.workers[w]!.postMessage({ id, items });
    }
  }

  private onResult(m: { id: number; ok: boolean[] }): void {
    const job = this.inflight.get(m.id);
    if (!job) return;
    this.inflight.delete(m.id);
    this.load[job.worker]! -= m.ok.length;
    let off = 0;
    job.parts.forEach((p, i) => {
      p.resolve(m.ok.slice(off, off + job.counts[i]!));
      off += job.counts[i]!;
    });
  }

  private onWorkerError(index: number): void {
    for (const [id, job] of this.inflight) {
      if (job.worker !== index) continue;
      this.inflight.delete(id);
      for (const p of job.parts) p.resolve(p.items.map(() => false));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.inflight.values()) for (const p of job.parts) p.resolve(p.items.map(() => false));
    this.inflight.clear();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
