import { describe, expect, it } from '@jest/globals';
import { proposerSchedule, TendermintMachine, type ConsensusValidator, type Input, type Output } from './tendermint.js';

const timeouts = { proposeMs: 100, proposeDeltaMs: 50, voteMs: 100, voteDeltaMs: 50 };

/**
 * A deterministic in-memory network of machines for one height: outputs become inputs of every
 * (connected) machine; timeouts fire when the network has nothing left to deliver.
 */
function simulate(powers: number[], opts: { offline?: Set<string>; invalidFrom?: Set<string>; maxSteps?: number } = {}) {
  const vals: ConsensusValidator[] = powers.map((p, i) => ({ address: `v${i}`, power: BigInt(p) }));
  const cycle = proposerSchedule(vals, 50);
  const proposerOf = (r: number) => cycle[r % cycle.length]!;
  const machines = new Map(vals.map((v) => [v.address, new TendermintMachine(1, vals, v.address, timeouts, proposerOf)]));
  const queue: Array<{ to: string; input: Input }> = [];
  const timers: Array<{ to: string; input: Input }> = [];
  const decisions = new Map<string, Output & { type: 'decide' }>();
  const online = (a: string) => !opts.offline?.has(a);
  const emit = (from: string, outs: Output[]) => {
    for (const o of outs) {
      if (o.type === 'request_value') queue.push({ to: from, input: { type: 'value', height: 1, round: o.round, valueId: `block-${from}-r${o.round}` } });
      else if (o.type === 'propose') {
        for (const to of machines.keys()) {
          if (online(to)) queue.push({ to, input: { type: 'proposal', height: 1, round: o.round, polRound: o.polRound, valueId: o.valueId, from, valid: !opts.invalidFrom?.has(from) } });
        }
      } else if (o.type === 'vote') {
        for (const to of machines.keys()) if (online(to)) queue.push({ to, input: { type: 'vote', voteType: o.voteType, height: 1, round: o.round, valueId: o.valueId, from } });
      } else if (o.type === 'schedule_timeout') timers.push({ to: from, input: { type: 'timeout', kind: o.kind, height: 1, round: o.round } });
      else if (o.type === 'decide') decisions.set(from, o);
    }
  };
  for (const [a, m] of machines) if (online(a)) emit(a, m.start(0));
  let steps = 0;
  while (decisions.size < [...machines.keys()].filter(online).length && steps++ < (opts.maxSteps ?? 100_000)) {
    const next = queue.shift() ?? timers.shift();
    if (!next) break;
    emit(next.to, machines.get(next.to)!.handle(next.input));
  }
  return { decisions, machines };
}

describe('Tendermint state machine', () => {
  it('one validator decides its own proposal in round 0', () => {
    const m = new TendermintMachine(5, [{ address: 'a', power: 10n }], 'a', timeouts, () => 'a');
    const out1 = m.start();
    expect(out1.map((o) => o.type)).toEqual(['new_round', 'request_value']);
    const out2 = m.handle({ type: 'value', height: 5, round: 0, valueId: 'B' });
    expect(out2).toEqual([{ type: 'propose', height: 5, round: 0, valueId: 'B', polRound: -1 }]);
    const out3 = m.handle({ type: 'proposal', height: 5, round: 0, polRound: -1, valueId: 'B', from: 'a', valid: true });
    expect(out3).toEqual([{ type: 'vote', voteType: 'prevote', height: 5, round: 0, valueId: 'B' }]);
    const out4 = m.handle({ type: 'vote', voteType: 'prevote', height: 5, round: 0, valueId: 'B', from: 'a' });
    expect(out4.filter((o) => o.type === 'vote')).toEqual([{ type: 'vote', voteType: 'precommit', height: 5, round: 0, valueId: 'B' }]);
    const out5 = m.handle({ type: 'vote', voteType: 'precommit', height: 5, round: 0, valueId: 'B', from: 'a' });
    expect(out5.find((o) => o.type === 'decide')).toEqual({ type: 'decide', height: 5, round: 0, valueId: 'B', precommitters: ['a'] });
    expect(m.state().lockedValue).toBe('B');
  });

  it('four honest validators of unequal power all decide the same block', () => {
    const { decisions } = simulate([10, 20, 30, 40]);
    expect(decisions.size).toBe(4);
    const values = new Set([...decisions.values()].map((d) => d.valueId));
    expect(values.size).toBe(1);
  });

  it('moves to a later round when the first proposer is offline, and still agrees', () => {
    // The first proposer holds 1/4 of the power: the other 3/4 are enough to decide.
    const vals = [10, 10, 10, 10].map((p, i) => ({ address: `v${i}`, power: BigInt(p) }));
    const first = proposerSchedule(vals, 1)[0]!;
    const { decisions } = simulate([10, 10, 10, 10], { offline: new Set([first]) });
    expect(decisions.size).toBe(3);
    const d = [...decisions.values()];
    expect(new Set(d.map((x) => x.valueId)).size).toBe(1);
    expect(d[0]!.round).toBeGreaterThan(0);
    expect(d[0]!.valueId).not.toContain(first);
  });

  it('does not decide an invalid proposal: honest validators prevote nil and move on', () => {
    const vals = [10, 10, 10, 10].map((p, i) => ({ address: `v${i}`, power: BigInt(p) }));
    const first = proposerSchedule(vals, 1)[0]!;
    const { decisions } = simulate([10, 10, 10, 10], { invalidFrom: new Set([first]) });
    for (const d of decisions.values()) expect(d.valueId.startsWith(`block-${first}-`)).toBe(false);
    expect(decisions.size).toBe(4);
  });

  it('does not decide without more than 2/3 of voting power online', () => {
    const { decisions } = simulate([10, 10, 10, 10], { offline: new Set(['v0', 'v1']), maxSteps: 5000 });
    expect(decisions.size).toBe(0);
  });

  it('ignores proposals from anyone but the round proposer, and votes from non-validators', () => {
    const m = new TendermintMachine(1, [{ address: 'a', power: 1n }, { address: 'b', power: 1n }], 'a', timeouts, () => 'b');
    m.start();
    expect(m.handle({ type: 'proposal', height: 1, round: 0, polRound: -1, valueId: 'X', from: 'a', valid: true })).toEqual([]);
    expect(m.handle({ type: 'vote', voteType: 'prevote', height: 1, round: 0, valueId: 'X', from: 'zz' })).toEqual([]);
    expect(m.state().step).toBe('propose');
  });

  it('weighted round-robin gives proposals in proportion to power', () => {
    const vals = [
      { address: 'a', power: 1n },
      { address: 'b', power: 3n },
    ];
    const s = proposerSchedule(vals, 400);
    expect(s.filter((x) => x === 'b').length).toBe(300);
  });
});
