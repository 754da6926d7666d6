// Randomized simulation: ≥ 50 blocks of weighted random messages from every module, invariants
// after every block, and the same app hash on every run with the same seed.
import { describe, expect, it } from '@jest/globals';
import { simulate } from './sim.js';

const BLOCKS = 60;

describe('model repository simulation', () => {
  const a = simulate(42, BLOCKS);

  it('exercises every message kind, with successes and refusals, keeping every invariant', () => {
    expect(a.appHashes).toHaveLength(BLOCKS);
    const kinds = Object.keys(a.stats).sort();
    expect(kinds).toEqual(
      [
        'addMaintainer', 'attestVersion', 'bankSend', 'createModel', 'deprecateVersion', 'forkModel', 'grantAccess', 'malformed', 'publishVersion',
        'recordMirror', 'removeAlias', 'removeMaintainer', 'revokeAccess', 'setAlias', 'setVisibility', 'transferOwnership', 'unyankVersion', 'updateModel', 'yankVersion',
      ].sort(),
    );
    const ok = (k: string) => a.stats[k]?.[0] ?? 0;
    for (const k of ['createModel', 'publishVersion', 'attestVersion', 'setAlias', 'grantAccess', 'yankVersion', 'forkModel', 'recordMirror', 'updateModel']) expect([k, ok(k) > 0]).toEqual([k, true]);
    expect(a.stats.malformed![0]).toBe(0);
    const total = Object.values(a.stats).reduce((s, [y, n]) => s + y + n, 0);
    expect(total).toBeGreaterThan(BLOCKS * 2);
    // Every final status was reached.
    const statuses = new Set([...a.chain.keepers.versioning.allVersions(a.chain.ctx())].map((v) => v.status));
    expect([...statuses].sort()).toEqual([1, 2, 3, 4]);
  });

  it('gives the same app hash at every height on a second run with the same seed', () => {
    const b = simulate(42, BLOCKS);
    expect(b.appHashes).toEqual(a.appHashes);
    expect(b.stats).toEqual(a.stats);
  });

  it('gives a different app hash with another seed', () => {
    const c = simulate(43, BLOCKS);
    expect(c.appHashes[BLOCKS - 1]).not.toBe(a.appHashes[BLOCKS - 1]);
  });
});
