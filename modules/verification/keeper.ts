import { parseAddress } from '../../chain/address.js';
import { fromUtf8, prefixEnd, utf8 } from '../../chain/bytes.js';
import type { Context } from '../../chain/context.js';
import { ChainError } from '../../chain/errors.js';
import { canonicalJson } from '../../chain/genesis.js';
import type { Page } from '../../chain/pagination.js';
import { aivm } from '../../proto/index.js';
import { page } from '../registry/util.js';
import { emit, VerificationEvents } from './events.js';
import { VerificationErrors } from './errors.js';
import type { ValidatorReader, VersionStore } from './expected-keepers.js';
import { parseDeadlineKey, VerificationKeys } from './keys.js';
import { DEFAULT_VERIFICATION_PARAMS, parseQuorum, validateVerificationParams, type VerificationParams } from './params.js';

const pb = aivm.verification.v1;
const Status = aivm.versioning.v1.VersionStatus;
export type Attestation = aivm.verification.v1.Attestation;
type PageReq = aivm.registry.v1.PageRequest.$Properties | null | undefined;

/** The fields of VerificationParams, in the order they are stored (canonical JSON sorts them anyway). */
const PARAM_FIELDS = Object.keys(DEFAULT_VERIFICATION_PARAMS) as Array<keyof VerificationParams>;

export interface TallyResult {
  readonly passPower: bigint;
  readonly failPower: bigint;
  readonly totalPower: bigint;
  readonly passCount: number;
  readonly failCount: number;
  readonly num: bigint;
  readonly den: bigint;
}

/** Verified: pass × den ≥ num × total (and some pass power at all). */
export function reachesQuorum(t: TallyResult): boolean {
  return t.passPower > 0n && t.passPower * t.den >= t.num * t.totalPower;
}

/** Rejected: more than a third of the total power says fail. */
export function reachesRejection(t: TallyResult): boolean {
  return t.failPower > 0n && t.failPower * 3n > t.totalPower;
}

/**
 * Params (the AIVM execution standard), attestations, their tally by voting power, and the
 * deadline index that expires unverified versions.
 */
export class VerificationKeeper {
  constructor(
    private readonly versions: VersionStore,
    private readonly validators: ValidatorReader,
  ) {}

  // ---- params ----------------------------------------------------------------------------------

  getParams(ctx: Context): VerificationParams {
    const b = ctx.kv('verification').get(VerificationKeys.params);
    return b ? (JSON.parse(fromUtf8(b)) as VerificationParams) : DEFAULT_VERIFICATION_PARAMS;
  }

  setParams(ctx: Context, p: VerificationParams): void {
    let valid: VerificationParams;
    try {
      valid = validateVerificationParams(p);
    } catch (e) {
      throw new ChainError(VerificationErrors.InvalidParams, (e as Error).message);
    }
    const known: Record<string, unknown> = {};
    for (const f of PARAM_FIELDS) known[f] = valid[f];
    for (const f of Object.keys(p)) {
      if (!(PARAM_FIELDS as string[]).includes(f)) throw new ChainError(VerificationErrors.InvalidParams, `verification params: unknown field "${f}"`);
    }
    ctx.kv('verification').set(VerificationKeys.params, utf8(canonicalJson(known)));
  }

  maxKernelBytes(ctx: Context): bigint {
    return BigInt(this.getParams(ctx).max_kernel_bytes);
  }

  // ---- deadlines -------------------------------------------------------------------------------

  /** Called by versioning when a version is published: the version expires at the end of the returned height. */
  scheduleDeadline(ctx: Context, model: string, version: string): number {
    const deadline = ctx.block.height + this.getParams(ctx).deadline_blocks;
    ctx.kv('verification').set(VerificationKeys.deadline(deadline, model, version), new Uint8Array());
    return deadline;
  }

  private clearDeadline(ctx: Context, deadline: number, model: string, version: string): void {
    ctx.kv('verification').delete(VerificationKeys.deadline(deadline, model, version));
  }

  /** Expires every version whose deadline is this height (or earlier): reads only those entries. */
  endBlock(ctx: Context): void {
    const kv = ctx.kv('verification');
    const due: Uint8Array[] = [];
    for (const [k] of kv.iterator(VerificationKeys.deadlinePrefix, VerificationKeys.deadlinesBefore(ctx.block.height + 1))) due.push(k);
    for (const k of due) {
      const d = parseDeadlineKey(k);
      kv.delete(k);
      const v = this.versions.getVersion(ctx, d.model, d.version);
      if (v && v.status === Status.VERSION_STATUS_PENDING) this.versions.setStatus(ctx, d.model, d.version, Status.VERSION_STATUS_EXPIRED);
    }
  }

  *deadlineEntries(ctx: Context): IterableIterator<{ height: number; model: string; version: string }> {
    const p = VerificationKeys.deadlinePrefix;
    for (const [k] of ctx.kv('verification').iterator(p, prefixEnd(p))) yield parseDeadlineKey(k);
  }

  /** Genesis: one deadline entry per PENDING version, from the version records. */
  rebuildDeadlines(ctx: Context): void {
    for (const v of this.versions.allVersions(ctx)) {
      if (v.status === Status.VERSION_STATUS_PENDING) ctx.kv('verification').set(VerificationKeys.deadline(v.deadlineHeight, v.model, v.version), new Uint8Array());
    }
  }

  pendingVersions(ctx: Context, req: PageReq): { versions: aivm.verification.v1.PendingVersion.$Properties[]; page: Page } {
    const p = VerificationKeys.deadlinePrefix;
    const pg = page(ctx.kv('verification'), p, req);
    return {
      versions: pg.keys.map((k) => {
        const d = parseDeadlineKey(Uint8Array.of(p[0]!, ...k));
        return { model: d.model, version: d.version, deadlineHeight: d.height };
      }),
      page: pg,
    };
  }

  // ---- attestations ----------------------------------------------------------------------------

  getAttestation(ctx: Context, model: string, version: string, attester: string): Attestation | undefined {
    const b = ctx.kv('verification').get(VerificationKeys.attestation(model, version, parseAddress(attester)));
    return b ? pb.Attestation.decode(b) : undefined;
  }

  /** Records one validator's verdict and applies the tally; returns the version's status after it. */
  attest(ctx: Context, a: { attester: string; model: string; version: string; pass: boolean; reportDigest: string }): aivm.versioning.v1.VersionStatus {
    const val = this.validators.getByOperator(ctx, a.attester);
    if (!val || val.power <= 0) {
      throw new ChainError(VerificationErrors.NotValidator, `${a.attester} is not the operator account of a current validator: only validators attest versions (sign with your validator's operator key)`);
    }
    const v = this.versions.requireVersion(ctx, a.model, a.version);
    const ref = `${a.model}@${a.version}`;
    const prev = this.getAttestation(ctx, a.model, a.version, a.attester);
    if (prev) {
      throw new ChainError(VerificationErrors.DuplicateAttestation, `${a.attester} already attested ${ref} (${prev.pass ? 'pass' : 'fail'}) at height ${prev.height}: one attestation per validator per version`);
    }
    if (v.status !== Status.VERSION_STATUS_PENDING) {
      throw new ChainError(VerificationErrors.VersionNotPending, `${ref} is already ${statusName(v.status)}: attestations are taken only while a version is PENDING`);
    }
    const rec = pb.Attestation.create({ model: a.model, version: a.version, attester: a.attester, pass: a.pass, reportDigest: a.reportDigest, height: ctx.block.height });
    ctx.kv('verification').set(VerificationKeys.attestation(a.model, a.version, parseAddress(a.attester)), pb.Attestation.encode(rec).finish());
    const t = this.tallyOf(ctx, a.model, a.version);
    emit(ctx, VerificationEvents.Attestation, {
      model: a.model,
      version: a.version,
      ref,
      attester: a.attester,
      pass: String(a.pass),
      report_digest: a.reportDigest,
      pass_power: t.passPower.toString(),
      fail_power: t.failPower.toString(),
      total_power: t.totalPower.toString(),
    });
    // Only the side this attestation adds to can newly cross its threshold.
    const next = a.pass ? (reachesQuorum(t) ? Status.VERSION_STATUS_VERIFIED : undefined) : reachesRejection(t) ? Status.VERSION_STATUS_REJECTED : undefined;
    if (next === undefined) return Status.VERSION_STATUS_PENDING;
    this.clearDeadline(ctx, v.deadlineHeight, a.model, a.version);
    this.versions.setStatus(ctx, a.model, a.version, next);
    return next;
  }

  /** Pass and fail power of a version's attestations, by the current power of each attester. */
  tallyOf(ctx: Context, model: string, version: string): TallyResult {
    let passPower = 0n;
    let failPower = 0n;
    let passCount = 0;
    let failCount = 0;
    for (const a of this.attestationList(ctx, model, version)) {
      const power = BigInt(this.validators.getByOperator(ctx, a.attester)?.power ?? 0);
      if (a.pass) {
        passPower += power;
        passCount++;
      } else {
        failPower += power;
        failCount++;
      }
    }
    const totalPower = this.validators.getValidators(ctx).reduce((s, v) => s + BigInt(v.power), 0n);
    const { num, den } = parseQuorum(this.getParams(ctx).quorum);
    return { passPower, failPower, totalPower, passCount, failCount, num, den };
  }

  tally(ctx: Context, model: string, version: string): aivm.verification.v1.Tally.$Properties {
    const v = this.versions.requireVersion(ctx, model, version);
    const t = this.tallyOf(ctx, model, version);
    const passThreshold = t.totalPower === 0n ? 0n : (t.totalPower * t.num + t.den - 1n) / t.den;
    return {
      model,
      version,
      status: v.status,
      passPower: Number(t.passPower),
      failPower: Number(t.failPower),
      totalPower: Number(t.totalPower),
      quorum: this.getParams(ctx).quorum,
      passThreshold: Number(passThreshold > 0n ? passThreshold : 1n),
      failThreshold: Number(t.totalPower / 3n + 1n),
      passCount: t.passCount,
      failCount: t.failCount,
      deadlineHeight: v.deadlineHeight,
    };
  }

  attestationList(ctx: Context, model: string, version: string): Attestation[] {
    const p = VerificationKeys.attestations(model, version);
    return [...ctx.kv('verification').iterator(p, prefixEnd(p))].map(([, v]) => pb.Attestation.decode(v));
  }

  attestations(ctx: Context, model: string, version: string, req: PageReq): { attestations: Attestation[]; page: Page } {
    this.versions.requireVersion(ctx, model, version);
    const pg = page(ctx.kv('verification'), VerificationKeys.attestations(model, version), req);
    return { attestations: pg.values.map((v) => pb.Attestation.decode(v)), page: pg };
  }

  *allAttestations(ctx: Context): IterableIterator<{ key: Uint8Array; attestation: Attestation }> {
    const p = VerificationKeys.attestationPrefix;
    for (const [k, v] of ctx.kv('verification').iterator(p, prefixEnd(p))) yield { key: k, attestation: pb.Attestation.decode(v) };
  }

  importAttestation(ctx: Context, a: Attestation): void {
    const key = VerificationKeys.attestation(a.model, a.version, parseAddress(a.attester));
    if (ctx.kv('verification').has(key)) throw new ChainError(VerificationErrors.InvalidGenesis, `verification genesis: ${a.attester} attests ${a.model}@${a.version} twice`);
    ctx.kv('verification').set(key, pb.Attestation.encode(a).finish());
  }
}

function statusName(s: number): string {
  return (Status[s] ?? String(s)).replace(/^VERSION_STATUS_/, '');
}
