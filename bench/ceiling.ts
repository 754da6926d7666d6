// The machine's own ceilings, measured in the same run as a benchmark: secp256k1 signature
// verifications per second with node:crypto on one thread and on all cores.
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { keyFromSeed, signSecp256k1 } from '../client/signing/secp256k1.js';
import { verifySecp256k1 } from '../chain/tx/sigverify.js';

export interface VerifyCase {
  readonly pubKey: Uint8Array;
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
}

/** Signed messages from `signers` different keys (~300-byte messages, like a bank send's sign doc). */
export function makeVerifyCases(signers: number, perSigner: number): VerifyCase[] {
  const out: VerifyCase[] = [];
  for (let s = 0; s < signers; s++) {
    const key = keyFromSeed(`ceiling/${s}`);
    for (let i = 0; i < perSigner; i++) {
      const message = createHash('sha512').update(`${s}/${i}`).digest();
      const msg = new Uint8Array(Buffer.concat([message, message, message, message, message.subarray(0, 44)]));
      out.push({ pubKey: key.publicKey, message: msg, signature: signSecp256k1(key, msg) });
    }
  }
  return out;
}

/** Verifications per second on this thread over `seconds`. */
export function verifyRateOneThread(cases: readonly VerifyCase[], seconds = 2): number {
  for (const c of cases.slice(0, 200)) verifySecp256k1(c.pubKey, c.message, c.signature); // warm the key cache
  let n = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) {
      const c = cases[n % cases.length]!;
      if (!verifySecp256k1(c.pubKey, c.message, c.signature)) throw new Error('ceiling: a valid signature did not verify');
      n++;
    }
  }
  return n / ((performance.now() - t0) / 1000);
}

const WORKER_SRC = `
const { parentPort, workerData } = require('node:worker_threads');
const { createPublicKey, verify } = require('node:crypto');
const prefix = Buffer.from('3036301006072a8648ce3d020106052b8104000a032200', 'hex');
const keys = new Map();
const cases = workerData.cases;
const end = Date.now() + workerData.seconds * 1000;
let n = 0;
const t0 = performance.now();
while (Date.now() < end) {
  for (let i = 0; i < 100; i++) {
    const c = cases[n % cases.length];
    let k = keys.get(c.k);
    if (!k) { k = createPublicKey({ key: Buffer.concat([prefix, Buffer.from(c.p)]), format: 'der', type: 'spki' }); keys.set(c.k, k); }
    if (!verify('sha256', c.m, { key: k, dsaEncoding: 'ieee-p1363' }, c.s)) throw new Error('bad');
    n++;
  }
}
parentPort.postMessage(n / ((performance.now() - t0) / 1000));
`;

/** Total verifications per second with one worker thread per core. */
export async function verifyRateAllCores(cases: readonly VerifyCase[], seconds = 2, threads = cpus().length): Promise<number> {
  const data = cases.slice(0, 2000).map((c) => ({ k: Buffer.from(c.pubKey).toString('hex'), p: c.pubKey, m: c.message, s: c.signature }));
  const rates = await Promise.all(
    Array.from({ length: threads }, () => new Promise<number>((resolve, reject) => {
      const w = new Worker(WORKER_SRC, { eval: true, workerData: { cases: data, seconds } });
      w.once('message', resolve);
      w.once('error', reject);
    })),
  );
  return rates.reduce((a, b) => a + b, 0);
}
