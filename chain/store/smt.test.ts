import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { toBin, toHex } from '../bytes.js';
import { sha256 } from '../hash.js';
import { SparseMerkleTree, type NodeWrites, type SmtUpdate } from './smt.js';

/** A tree whose nodes live in a Map, applying each update's writes like the chain does. */
function memTree() {
  const nodes = new Map<string, string>();
  const tree = new SparseMerkleTree((pos) => nodes.get(pos));
  const apply = (w: NodeWrites) => {
    for (const [k, v] of w) {
      if (v === null) nodes.delete(k);
      else nodes.set(k, v);
    }
  };
  return { nodes, tree, apply };
}

function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const kh = (i: number) => toBin(sha256(Uint8Array.of(i >> 8, i & 255)));
const vh = (v: number) => toBin(sha256(Uint8Array.of(0xaa, v >> 8, v & 255)));

describe('sparse Merkle tree (app hash)', () => {
  it('is empty (all zero) with no keys', () => {
    expect(toHex(memTree().tree.root())).toBe('00'.repeat(32));
  });

  it('gives the same root however the same final set of pairs was reached', () => {
    const r = rng(7);
    const a = memTree();
    const live = new Map<number, number>();
    for (let round = 0; round < 60; round++) {
      const updates = [];
      const touched = new Set<number>();
      for (let i = 0; i < 20; i++) {
        const k = Math.floor(r() * 300);
        if (touched.has(k)) continue;
        touched.add(k);
        if (r() < 0.3) {
          updates.push({ keyHash: kh(k), valueHash: undefined });
          live.delete(k);
        } else {
          const v = Math.floor(r() * 1000);
          updates.push({ keyHash: kh(k), valueHash: vh(v) });
          live.set(k, v);
        }
      }
      const { writes } = a.tree.update(updates);
      a.apply(writes);
    }
    // Build the same set from scratch in one update, and in another order in single-key updates.
    const b = memTree();
    const pairs = [...live].map(([k, v]) => ({ keyHash: kh(k), valueHash: vh(v) }));
    b.apply(b.tree.update(pairs).writes);
    const c = memTree();
    for (const p of [...pairs].reverse()) c.apply(c.tree.update([p]).writes);
    expect(toHex(a.tree.root())).toBe(toHex(b.tree.root()));
    expect(toHex(c.tree.root())).toBe(toHex(b.tree.root()));
    // Canonical form: the same stored nodes too (no stale nodes left behind by deletes).
    expect([...a.nodes.keys()].sort()).toEqual([...b.nodes.keys()].sort());
    expect(live.size).toBeGreaterThan(50);
  });

  it('gives the same root and node writes when the update runs in slices of any size', () => {
    const r = rng(11);
    const sliced = [1, 2, 7, 64, 1000];
    const trees = [memTree(), ...sliced.map(() => memTree())];
    for (let round = 0; round < 25; round++) {
      // Inserts, value changes and deletes (some of keys never stored), 1 to 200 per round.
      const updates: SmtUpdate[] = [];
      const touched = new Set<number>();
      const n = 1 + Math.floor(r() * 200);
      for (let i = 0; i < n; i++) {
        const k = Math.floor(r() * 600);
        if (touched.has(k)) continue;
        touched.add(k);
        updates.push({ keyHash: kh(k), valueHash: r() < 0.25 ? undefined : vh(Math.floor(r() * 1000)) });
      }
      const whole = trees[0]!.tree.update(updates);
      trees[0]!.apply(whole.writes);
      sliced.forEach((size, i) => {
        const t = trees[i + 1]!;
        const run = t.tree.updateInSlices(updates, size);
        let slices = 0;
        let step = run.next();
        for (; !step.done; step = run.next()) {
          slices++;
          expect(step.value).toBeLessThanOrEqual(size);
        }
        expect(toHex(step.value.root)).toBe(toHex(whole.root));
        expect([...step.value.writes].sort()).toEqual([...whole.writes].sort());
        // Small slices really do split the work.
        if (size < updates.length) expect(slices).toBeGreaterThan(1);
        t.apply(step.value.writes);
      });
    }
  });

  it('returns to the empty root when every key is deleted', () => {
    const t = memTree();
    t.apply(t.tree.update([1, 2, 3, 4, 5].map((i) => ({ keyHash: kh(i), valueHash: vh(i) }))).writes);
    expect(toHex(t.tree.root())).not.toBe('00'.repeat(32));
    t.apply(t.tree.update([1, 2, 3, 4, 5].map((i) => ({ keyHash: kh(i), valueHash: undefined }))).writes);
    expect(toHex(t.tree.root())).toBe('00'.repeat(32));
    expect(t.nodes.size).toBe(0);
  });

  it('changes the root when any single value changes, and only writes the nodes on its path', () => {
    const t = memTree();
    t.apply(t.tree.update(Array.from({ length: 1000 }, (_, i) => ({ keyHash: kh(i), valueHash: vh(i) }))).writes);
    const before = toHex(t.tree.root());
    const { root, writes } = t.tree.update([{ keyHash: kh(500), valueHash: vh(99999) }]);
    expect(toHex(root)).not.toBe(before);
    // ~log2(1000) ≈ 10 nodes, far below the 2000 nodes of the tree.
    expect(writes.size).toBeLessThan(30);
  });

  it('keeps its root and stored node layout (a change would fork every existing chain)', () => {
    const t = memTree();
    t.apply(t.tree.update(Array.from({ length: 1000 }, (_, i) => ({ keyHash: kh(i), valueHash: vh(i) }))).writes);
    // Updates and deletes, some collapsing subtrees.
    t.apply(t.tree.update(Array.from({ length: 100 }, (_, i) => ({ keyHash: kh(i * 7), valueHash: i % 3 ? vh(5000 + i) : undefined }))).writes);
    const layout = createHash('sha256');
    for (const k of [...t.nodes.keys()].sort()) layout.update(Buffer.from(k, 'latin1')).update(Buffer.from(t.nodes.get(k)!, 'latin1'));
    expect(toHex(t.tree.root())).toBe('74a7e85fd07a08ca1dfc5a74a14ad4b212b69a96aae4b4a7b24930413351c712');
    expect(layout.digest('hex')).toBe('84035f8e11c53ff8d8ff96b7f46b53718fb79b73567be5c389c46d8321fd4f96');
    expect(t.nodes.size).toBe(2397);
  });
});
