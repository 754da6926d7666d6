import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { keyFromSeed, signSecp256k1 } from '../../client/signing/secp256k1.js';
import { SigVerifyPool } from './verify-pool.js';

const pool = new SigVerifyPool(2);
afterAll(() => pool.close());

describe('signature verification pool', () => {
  it('answers each item in order, true only for valid signatures, across many concurrent calls', async () => {
    const calls = Array.from({ length: 50 }, (_, i) => {
      const key = keyFromSeed(`pool/${i % 7}`);
      const message = createHash('sha256').update(String(i)).digest();
      const signature = signSecp256k1(key, message);
      const bad = Uint8Array.from(signature);
      bad[5]! ^= 1;
      const items = [
        { pubKey: key.publicKey, message, signature },
        { pubKey: key.publicKey, message, signature: bad },
        { pubKey: keyFromSeed('other').publicKey, message, signature },
        { pubKey: key.publicKey.subarray(0, 20), message, signature },
      ];
      return pool.verify(items);
    });
    for (const r of await Promise.all(calls)) expect(r).toEqual([true, false, false, false]);
  });

  it('sends every check of one key to the same worker, and uses every worker', async () => {
    const p = new SigVerifyPool(2);
    const workers = (p as unknown as { workers: Array<{ postMessage(m: { buf: Uint8Array }, t?: unknown): void }> }).workers;
    const seenBy = new Map<string, Set<number>>();
    workers.forEach((w, wi) => {
      const post = w.postMessage.bind(w);
      w.postMessage = (m, t) => {
        // Each packed item: pubKey (33) ‖ signature (64) ‖ u32 length ‖ message.
        const view = new DataView(m.buf.buffer, m.buf.byteOffset, m.buf.byteLength);
        for (let o = 0; o < m.buf.length; o += 101 + view.getUint32(o + 97)) {
          const id = Buffer.from(m.buf.subarray(o, o + 33)).toString('hex');
          if (!seenBy.has(id)) seenBy.set(id, new Set());
          seenBy.get(id)!.add(wi);
        }
        post(m, t);
      };
    });
    const keys = Array.from({ length: 40 }, (_, i) => keyFromSeed(`affinity/${i}`));
    for (let round = 0; round < 3; round++) {
      for (const key of keys) {
        const message = createHash('sha256').update(`${round}`).digest();
        expect(await p.verify([{ pubKey: key.publicKey, message, signature: signSecp256k1(key, message) }])).toEqual([true]);
      }
    }
    expect(seenBy.size).toBe(keys.length);
    for (const ws of seenBy.values()) expect(ws.size).toBe(1);
    expect(new Set([...seenBy.values()].map((ws) => [...ws][0])).size).toBe(2);
    await p.close();
  });

  it('answers checks as they are done, not once a whole backlog is done', async () => {
    const p = new SigVerifyPool(2);
    try {
      const keys = Array.from({ length: 64 }, (_, i) => keyFromSeed(`stream/${i}`));
      const items = Array.from({ length: 512 }, (_, i) => {
        const key = keys[i % keys.length]!;
        const message = createHash('sha256').update(`stream/${i}`).digest();
        return { pubKey: key.publicKey, message, signature: signSecp256k1(key, message) };
      });
      await p.verify(items.slice(0, keys.length)); // keys parsed: every check below costs the same
      // The size of every answer message the workers send.
      const internals = p as unknown as { onResult(m: { id: number; ok: boolean[] }): void };
      const answered: number[] = [];
      const onResult = internals.onResult.bind(p);
      internals.onResult = (m) => {
        answered.push(m.ok.length);
        onResult(m);
      };
      // Answers that arrive in one turn of the event loop form one group.
      const groups: number[] = [];
      let open = false;
      const calls = items.map((item) =>
        p.verify([item]).then((r) => {
          if (!open) {
            open = true;
            groups.push(0);
            setImmediate(() => (open = false));
          }
          groups[groups.length - 1]!++;
          return r;
        }),
      );
      expect(await Promise.all(calls)).toEqual(items.map(() => [true]));
      // Each worker answers in small messages as it goes (a pool that answered a worker's whole
      // backlog at once would send two answers of ~256), so answers reach the callers in many
      // turns of the event loop. (How many arrive per turn depends on how busy the machine is.)
      expect(answered.reduce((a, b) => a + b, 0)).toBe(items.length);
      expect(Math.max(...answered)).toBeLessThanOrEqual(16);
      expect(groups.length).toBeGreaterThan(8);
    } finally {
      await p.close();
    }
  });

  it('keeps answering when a worker dies, and answers false (never hangs) when none is left', async () => {
    const p = new SigVerifyPool(2);
    const key = keyFromSeed('survivor');
    const message = new Uint8Array(32).fill(1);
    const item = { pubKey: key.publicKey, message, signature: signSecp256k1(key, message) };
    const workers = (p as unknown as { workers: Array<{ terminate(): Promise<number> }> }).workers;
    await workers[0]!.terminate();
    expect(await Promise.all(Array.from({ length: 20 }, () => p.verify([item])))).toEqual(Array.from({ length: 20 }, () => [true]));
    await workers[1]!.terminate();
    expect(await p.verify([item])).toEqual([false]);
    await p.close();
  });

  it('answers false for everything after it is closed', async () => {
    const p = new SigVerifyPool(1);
    await p.close();
    const key = keyFromSeed('x');
    const message = new Uint8Array(32);
    expect(await p.verify([{ pubKey: key.publicKey, message, signature: signSecp256k1(key, message) }])).toEqual([false]);
  });
});
