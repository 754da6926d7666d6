// The machine's own ceilings, measured in the same run as a benchmark: secp256k1 signature
// verifications per second with node:crypto on one thread and on all cores.
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { keyFromSeed, signSecp256k1 } from '../client/signing/secp256k1.js';
import { verifySecp256k1 } from '../chain/tx/sigverify.js';
import { SigVerifyPool } from '../node/mempool/verify-pool.js';

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

/**
 * Total verifications per second with one worker thread per core, through the node's own
 * verification pool (so the ceiling includes the same thread messaging the node pays), called
 * the way the node calls it: one signature per call, many calls in flight, many signers.
 */
export async function verifyRateAllCores(cases: readonly VerifyCase[], seconds = 2, threads = cpus().length): Promise<number> {
  const pool = new SigVerifyPool(threads);
  const items = cases.slice(0, 2000).map((c) => ({ pubKey: c.pubKey, message: c.message, signature: c.signature }));
  // The signers in turn (cases come signer by signer), so that every worker gets its share.
  const perSigner = Math.max(1, items.filter((c) => c.pubKey === items[0]!.pubKey).length);
  const signers = Math.ceil(items.length / perSigner);
  const order = items.map((_, k) => items[(k % signers) * perSigner + Math.floor(k / signers)] ?? items[k]!);
  await pool.verify(order); // warm the workers' key caches
  let n = 0;
  let next = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  // Keep every worker busy: many calls in flight; the pool batches them.
  await Promise.all(
    Array.from({ length: threads * 64 }, async () => {
      while (performance.now() < end) {
        const [ok] = await pool.verify([order[next++ % order.length]!]);
        if (!ok) throw new Error('ceiling: a valid signature did not verify');
        n++;
      }
    }),
  );
  const rate = n / ((performance.now() - t0) / 1000);
  await pool.close();
  return rate;
}
