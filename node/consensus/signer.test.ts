import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519FromSeed } from '../home.js';
import { DoubleSignError, PrivValidator, SignStep } from './signer.js';

const dir = mkdtempSync(join(tmpdir(), 'aivm-signer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const key = ed25519FromSeed(new Uint8Array(32).fill(9));
const bytes = (s: string) => new TextEncoder().encode(s);

describe('validator signer state', () => {
  it('records every signature on disk before returning it, and a reloaded signer refuses to go back or sign conflicting data', async () => {
    const path = join(dir, 'a.json');
    const s = PrivValidator.load(key, path);
    const sig = await s.sign(5, 0, SignStep.prevote, bytes('vote A'));
    expect(JSON.parse(readFileSync(path, 'utf8')).value).toMatchObject({ height: 5, round: 0, step: SignStep.prevote });

    const again = PrivValidator.load(key, path);
    expect(again.lastSigned).toEqual({ height: 5, round: 0, step: SignStep.prevote });
    expect(await again.sign(5, 0, SignStep.prevote, bytes('vote A'))).toEqual(sig); // same data: same signature
    await expect(again.sign(5, 0, SignStep.prevote, bytes('vote B'))).rejects.toBeInstanceOf(DoubleSignError);
    await expect(again.sign(4, 9, SignStep.precommit, bytes('older'))).rejects.toBeInstanceOf(DoubleSignError);
    await expect(again.sign(5, 0, SignStep.proposal, bytes('earlier step'))).rejects.toBeInstanceOf(DoubleSignError);
    await again.sign(5, 0, SignStep.precommit, bytes('commit A'));
    expect(PrivValidator.load(key, path).lastSigned).toEqual({ height: 5, round: 0, step: SignStep.precommit });
  });

  it('serializes concurrent calls: of two conflicting requests for one step, exactly one is signed', async () => {
    const s = PrivValidator.load(key, join(dir, 'b.json'));
    const results = await Promise.allSettled([s.sign(7, 1, SignStep.prevote, bytes('x')), s.sign(7, 1, SignStep.prevote, bytes('y'))]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('refuses to start from a damaged record instead of signing blind', () => {
    const path = join(dir, 'c.json');
    writeFileSync(path, '{"value":{"height":9,"round":0,"step":2},"sha256":"00"}\n');
    expect(() => PrivValidator.load(key, path)).toThrow(/damaged/);
  });
});
