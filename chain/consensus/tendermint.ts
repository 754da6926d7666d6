// The Tendermint BFT state machine (Buchman, Kwon, Milosevic, "The latest gossip on BFT
// consensus", 2018, Algorithm 1) for one height. Pure: inputs in, outputs out. It never reads the
// clock, signs, verifies or sends anything: the driver (node/consensus) verifies signatures
// before input, signs and gossips what comes out, runs timers, and builds and checks blocks.
//
// Safe while less than 1/3 of voting power is faulty; live when more than 2/3 is up and connected.
// One validator is just n = 1 of the same algorithm.

export type VoteType = 'prevote' | 'precommit';
export type Step = 'propose' | 'prevote' | 'precommit';
export type TimeoutKind = 'propose' | 'prevote' | 'precommit';

export interface ConsensusValidator {
  /** Hex consensus address. */
  readonly address: string;
  readonly power: bigint;
}

/** A value is identified by its id (the block hash, hex). `null` is nil. */
export type ValueId = string | null;

export interface ProposalInput {
  readonly type: 'proposal';
  readonly height: number;
  readonly round: number;
  readonly polRound: number;
  readonly valueId: string;
  /** Sender (must be the round's proposer: the driver checks it, the machine double-checks). */
  readonly from: string;
  /** The driver's verdict on the block (header links, txs decodable, …). */
  readonly valid: boolean;
}

export interface VoteInput {
  readonly type: 'vote';
  readonly voteType: VoteType;
  readonly height: number;
  readonly round: number;
  readonly valueId: ValueId;
  readonly from: string;
}

export interface TimeoutInput {
  readonly type: 'timeout';
  readonly kind: TimeoutKind;
  readonly height: number;
  readonly round: number;
}

/** The driver's answer to `request_value`: a fresh block for (height, round). */
export interface ValueInput {
  readonly type: 'value';
  readonly height: number;
  readonly round: number;
  readonly valueId: string;
}

export type Input = ProposalInput | VoteInput | TimeoutInput | ValueInput;

export type Output =
  | { readonly type: 'request_value'; readonly height: number; readonly round: number }
  | { readonly type: 'propose'; readonly height: number; readonly round: number; readonly valueId: string; readonly polRound: number }
  | { readonly type: 'vote'; readonly voteType: VoteType; readonly height: number; readonly round: number; readonly valueId: ValueId }
  | { readonly type: 'schedule_timeout'; readonly kind: TimeoutKind; readonly height: number; readonly round: number; readonly ms: number }
  | { readonly type: 'decide'; readonly height: number; readonly round: number; readonly valueId: string; readonly precommitters: readonly string[] }
  | { readonly type: 'new_round'; readonly height: number; readonly round: number };

export interface Timeouts {
  readonly proposeMs: number;
  readonly proposeDeltaMs: number;
  readonly voteMs: number;
  readonly voteDeltaMs: number;
}

export interface MachineState {
  readonly height: number;
  readonly round: number;
  readonly step: Step;
  readonly lockedValue: ValueId;
  readonly lockedRound: number;
  readonly validValue: ValueId;
  readonly validRound: number;
  readonly decided: ValueId;
}

interface RoundVotes {
  readonly prevotes: Map<string, ValueId>;
  readonly precommits: Map<string, ValueId>;
}

/** Tendermint consensus for one height. Create a new machine per height. */
export class TendermintMachine {
  private round = -1;
  private step: Step = 'propose';
  private lockedValue: ValueId = null;
  private lockedRound = -1;
  private validValue: ValueId = null;
  private validRound = -1;
  private decided: ValueId = null;
  private readonly powers = new Map<string, bigint>();
  private readonly total: bigint;
  /** round → proposal (first one from the proposer only). */
  private readonly proposals = new Map<number, ProposalInput>();
  private readonly votes = new Map<number, RoundVotes>();
  /** Rules that fire only once per round. */
  private readonly fired = new Set<string>();
  private out: Output[] = [];

  constructor(
    readonly height: number,
    validators: readonly ConsensusValidator[],
    private readonly self: string | undefined,
    private readonly timeouts: Timeouts,
    /** Weighted round-robin proposer for a round (the driver computes it from the set). */
    private readonly proposerOf: (round: number) => string,
  ) {
    let total = 0n;
    for (const v of validators) {
      this.powers.set(v.address, v.power);
      total += v.power;
    }
    if (total <= 0n) throw new Error('consensus needs a validator set with positive total power');
    this.total = total;
  }

  state(): MachineState {
    return {
      height: this.height,
      round: this.round,
      step: this.step,
      lockedValue: this.lockedValue,
      lockedRound: this.lockedRound,
      validValue: this.validValue,
      validRound: this.validRound,
      decided: this.decided,
    };
  }

  /** Starts the height at `round` (0, or a later round after a restart). */
  start(round = 0): Output[] {
    this.startRound(round);
    return this.flush();
  }

  /** Feeds one input; returns what the driver must do, in order. */
  handle(input: Input): Output[] {
    if (input.height !== this.height || this.decided !== null) return [];
    switch (input.type) {
      case 'proposal':
        if (input.round < 0 || input.from !== this.proposerOf(input.round) || this.proposals.has(input.round)) break;
        if (input.polRound < -1 || input.polRound >= input.round) break;
        this.proposals.set(input.round, input);
        break;
      case 'vote': {
        if (!this.powers.has(input.from) || input.round < 0) break;
        const rv = this.roundVotes(input.round);
        const map = input.voteType === 'prevote' ? rv.prevotes : rv.precommits;
        // First vote per validator, type and round counts; an equivocation is left to evidence handling.
        if (!map.has(input.from)) map.set(input.from, input.valueId);
        break;
      }
      case 'timeout':
        this.onTimeout(input);
        break;
      case 'value':
        if (input.round === this.round && this.step === 'propose' && this.self === this.proposerOf(this.round)) {
          this.out.push({ type: 'propose', height: this.height, round: this.round, valueId: input.valueId, polRound: -1 });
        }
        break;
    }
    this.evaluate();
    return this.flush();
  }

  private flush(): Output[] {
    const o = this.out;
    this.out = [];
    return o;
  }

  private roundVotes(round: number): RoundVotes {
    let rv = this.votes.get(round);
    if (!rv) {
      rv = { prevotes: new Map(), precommits: new Map() };
      this.votes.set(round, rv);
    }
    return rv;
  }

  private power(map: Map<string, ValueId>, filter?: (v: ValueId) => boolean): bigint {
    let p = 0n;
    for (const [addr, v] of map) if (!filter || filter(v)) p += this.powers.get(addr) ?? 0n;
    return p;
  }

  /** More than 2/3 of total power. */
  private quorum(p: bigint): boolean {
    return p * 3n > this.total * 2n;
  }

  /** More than 1/3 of total power. */
  private oneThird(p: bigint): boolean {
    return p * 3n > this.total;
  }

  private startRound(round: number): void {
    this.round = round;
    this.step = 'propose';
    this.out.push({ type: 'new_round', height: this.height, round });
    if (this.self !== undefined && this.proposerOf(round) === this.self) {
      if (this.validValue !== null) {
        this.out.push({ type: 'propose', height: this.height, round, valueId: this.validValue, polRound: this.validRound });
      } else {
        this.out.push({ type: 'request_value', height: this.height, round });
      }
    } else {
      this.schedule('propose', round);
    }
  }

  private schedule(kind: TimeoutKind, round: number): void {
    const t = this.timeouts;
    const ms = kind === 'propose' ? t.proposeMs + t.proposeDeltaMs * round : t.voteMs + t.voteDeltaMs * round;
    this.out.push({ type: 'schedule_timeout', kind, height: this.height, round, ms });
  }

  private vote(voteType: VoteType, valueId: ValueId): void {
    if (this.self === undefined || !this.powers.has(this.self)) return;
    this.out.push({ type: 'vote', voteType, height: this.height, round: this.round, valueId });
  }

  private onTimeout(t: TimeoutInput): void {
    if (t.round !== this.round) return;
    if (t.kind === 'propose' && this.step === 'propose') {
      this.vote('prevote', null);
      this.step = 'prevote';
    } else if (t.kind === 'prevote' && this.step === 'prevote') {
      this.vote('precommit', null);
      this.step = 'precommit';
    } else if (t.kind === 'precommit') {
      this.startRound(this.round + 1);
    }
  }

  private once(key: string): boolean {
    if (this.fired.has(key)) return false;
    this.fired.add(key);
    return true;
  }

  /** Applies every rule whose condition holds until none does. */
  private evaluate(): void {
    for (let guard = 0; guard < 1000; guard++) {
      if (!this.step1()) return;
    }
    throw new Error('consensus rules did not settle');
  }

  private step1(): boolean {
    if (this.decided !== null) return false;
    const r = this.round;
    const prop = this.proposals.get(r);
    const rv = this.roundVotes(r);

    // Decide: a proposal of any round with +2/3 precommits for its value.
    for (const [pr, p] of [...this.proposals].sort((a, b) => a[0] - b[0])) {
      const pcs = this.votes.get(pr)?.precommits;
      if (pcs && p.valid && this.quorum(this.power(pcs, (v) => v === p.valueId))) {
        this.decided = p.valueId;
        const precommitters = [...pcs].filter(([, v]) => v === p.valueId).map(([a]) => a).sort();
        this.out.push({ type: 'decide', height: this.height, round: pr, valueId: p.valueId, precommitters });
        return false;
      }
    }

    // Round skip: f+1 of power in a higher round.
    for (const [vr, votes] of [...this.votes].sort((a, b) => a[0] - b[0])) {
      if (vr <= r) continue;
      const senders = new Set([...votes.prevotes.keys(), ...votes.precommits.keys()]);
      let p = 0n;
      for (const s of senders) p += this.powers.get(s) ?? 0n;
      if (this.oneThird(p)) {
        this.startRound(vr);
        return true;
      }
    }

    if (this.step === 'propose' && prop) {
      if (prop.polRound === -1) {
        const ok = prop.valid && (this.lockedRound === -1 || this.lockedValue === prop.valueId);
        this.vote('prevote', ok ? prop.valueId : null);
        this.step = 'prevote';
        return true;
      }
      const polVotes = this.votes.get(prop.polRound)?.prevotes;
      if (polVotes && this.quorum(this.power(polVotes, (v) => v === prop.valueId))) {
        const ok = prop.valid && (this.lockedRound <= prop.polRound || this.lockedValue === prop.valueId);
        this.vote('prevote', ok ? prop.valueId : null);
        this.step = 'prevote';
        return true;
      }
    }

    if (this.step === 'prevote' && this.quorum(this.power(rv.prevotes)) && this.once(`prevote-timeout:${r}`)) {
      this.schedule('prevote', r);
      return true;
    }

    if (prop && prop.valid && this.step !== 'propose' && this.quorum(this.power(rv.prevotes, (v) => v === prop.valueId)) && this.once(`lock:${r}`)) {
      if (this.step === 'prevote') {
        this.lockedValue = prop.valueId;
        this.lockedRound = r;
        this.vote('precommit', prop.valueId);
        this.step = 'precommit';
      }
      this.validValue = prop.valueId;
      this.validRound = r;
      return true;
    }

    if (this.step === 'prevote' && this.quorum(this.power(rv.prevotes, (v) => v === null))) {
      this.vote('precommit', null);
      this.step = 'precommit';
      return true;
    }

    if (this.quorum(this.power(rv.precommits)) && this.once(`precommit-timeout:${r}`)) {
      this.schedule('precommit', r);
      return true;
    }
    return false;
  }
}

/**
 * CometBFT-style weighted round-robin: each round every validator gains its power in priority,
 * the highest priority proposes and pays the total power. Deterministic for a given set.
 */
export function proposerSchedule(validators: readonly ConsensusValidator[], rounds: number): string[] {
  const sorted = [...validators].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const total = sorted.reduce((s, v) => s + v.power, 0n);
  const prio = new Map(sorted.map((v) => [v.address, 0n]));
  const out: string[] = [];
  for (let i = 0; i < rounds; i++) {
    let best: ConsensusValidator | undefined;
    for (const v of sorted) {
      const p = prio.get(v.address)! + v.power;
      prio.set(v.address, p);
      if (!best || p > prio.get(best.address)!) best = v;
    }
    prio.set(best!.address, prio.get(best!.address)! - total);
    out.push(best!.address);
  }
  return out;
}
