import { parseAddress } from '../../chain/address.js';
import { prefixEnd, readU64be } from '../../chain/bytes.js';
import type { Context } from '../../chain/context.js';
import { ChainError } from '../../chain/errors.js';
import type { Page } from '../../chain/pagination.js';
import { aivm } from '../../proto/index.js';
import { RegistryErrors } from '../registry/errors.js';
import { page } from '../registry/util.js';
import { VersioningErrors } from '../versioning/errors.js';
import { AccessErrors } from './errors.js';
import { AccessEvents, emit } from './events.js';
import type { ModelReader, VersionReader } from './expected-keepers.js';
import { AccessKeys, splitGranteeSuffix } from './keys.js';

const pb = aivm.access.v1;
export type Grant = aivm.access.v1.Grant;
export const Purpose = pb.Purpose;
type PageReq = aivm.registry.v1.PageRequest.$Properties | null | undefined;

const PRIVATE = aivm.registry.v1.Visibility.VISIBILITY_PRIVATE;
/** Purposes in the order hasGrant tries them. */
export const PURPOSES = [Purpose.PURPOSE_EXECUTE, Purpose.PURPOSE_VERIFY] as const;

export function purposeName(p: number): string {
  return (pb.Purpose[p] ?? String(p)).replace(/^PURPOSE_/, '').toLowerCase();
}

export interface GrantSpec {
  readonly owner: string;
  readonly model: string;
  /** Empty for the whole model. */
  readonly version: string;
  readonly grantee: string;
  readonly purpose: aivm.access.v1.Purpose;
  /** Unix seconds of block time; 0 = never. */
  readonly expiresAt: number;
}

/**
 * Grants of private models to accounts. A grant is honoured while block time < expires_at (or
 * forever when expires_at is 0); time is read only from the block header (ctx.block.time).
 * No key material is ever stored here.
 */
export class AccessKeeper {
  private versions: VersionReader | undefined;

  constructor(private readonly models: ModelReader) {}

  /** Wires the versioning module (which itself needs this keeper): see modules/index.ts. */
  setVersionReader(v: VersionReader): void {
    this.versions = v;
  }

  isActive(ctx: Context, g: Grant): boolean {
    return g.expiresAt === 0 || ctx.block.time.seconds < g.expiresAt;
  }

  getGrant(ctx: Context, model: string, version: string, grantee: string, purpose: number): Grant | undefined {
    const b = ctx.kv('access').get(AccessKeys.grant(model, version, parseAddress(grantee, 'grantee'), purpose));
    return b ? pb.Grant.decode(b) : undefined;
  }

  /**
   * The honoured grant that lets `grantee` at `version` of `model` (a model-wide grant first,
   * then one of that version; execute before verify), or undefined. `version` undefined or empty:
   * model-wide grants only. `purpose` undefined or 0: any purpose.
   */
  findGrant(ctx: Context, model: string, version: string | undefined, grantee: string, purpose?: number): Grant | undefined {
    const purposes = purpose ? [purpose] : PURPOSES;
    const scopes = version ? ['', version] : [''];
    for (const scope of scopes) {
      for (const p of purposes) {
        const g = this.getGrant(ctx, model, scope, grantee, p);
        if (g && this.isActive(ctx, g)) return g;
      }
    }
    return undefined;
  }

  /** For versioning (forks across models) and key servers: does `grantee` hold an honoured grant? */
  hasGrant(ctx: Context, model: string, version: string | undefined, grantee: string, purpose?: number): boolean {
    return this.findGrant(ctx, model, version, grantee, purpose) !== undefined;
  }

  count(ctx: Context): number {
    const b = ctx.kv('access').get(AccessKeys.grantCount);
    return b ? Number(readU64be(b)) : 0;
  }

  private requireOwnedModel(ctx: Context, model: string, signer: string, action: string): { owner: string; visibility: number } {
    const m = this.models.getModel(ctx, model);
    if (!m) throw new ChainError(RegistryErrors.ModelNotFound, `model "${model}" does not exist: check the name`);
    if (m.owner !== signer) throw new ChainError(AccessErrors.NotOwner, `${signer} may not ${action} on model "${model}": only its owner ${m.owner} may`);
    return m;
  }

  grant(ctx: Context, s: GrantSpec): Grant {
    const m = this.requireOwnedModel(ctx, s.model, s.owner, 'grant access');
    if (m.visibility !== PRIVATE) {
      throw new ChainError(AccessErrors.ModelNotPrivate, `model "${s.model}" is public: its kernels are not encrypted and anyone may fetch them, so there is nothing to grant (make it private first with MsgSetVisibility)`);
    }
    if (s.grantee === m.owner) throw new ChainError(AccessErrors.SelfGrant, `${s.grantee} owns model "${s.model}" and needs no grant`);
    if (s.version !== '') {
      if (!this.versions) throw new Error('access: the version reader is not wired (see createKeepers in modules/index.ts)');
      if (!this.versions.getVersion(ctx, s.model, s.version)) {
        throw new ChainError(VersioningErrors.VersionNotFound, `model "${s.model}" has no version ${s.version}: grant an existing version, or leave version empty to grant the whole model`);
      }
    }
    if (s.expiresAt !== 0 && s.expiresAt <= ctx.block.time.seconds) {
      throw new ChainError(AccessErrors.InvalidExpiry, `expires_at ${s.expiresAt} is not after the current block time ${ctx.block.time.seconds}: give a later Unix time, or 0 for no expiry`);
    }
    const grantee = parseAddress(s.grantee, 'grantee');
    const kv = ctx.kv('access');
    const key = AccessKeys.grant(s.model, s.version, grantee, s.purpose);
    const existed = kv.has(key);
    const g = pb.Grant.create({ model: s.model, version: s.version, grantee: s.grantee, purpose: s.purpose, expiresAt: s.expiresAt, granter: s.owner, createdHeight: ctx.block.height });
    kv.set(key, pb.Grant.encode(g).finish());
    kv.set(AccessKeys.byGrantee(grantee, s.model, s.version, s.purpose), new Uint8Array());
    if (!existed) kv.set(AccessKeys.grantCount, AccessKeys.count(this.count(ctx) + 1));
    emit(ctx, AccessEvents.AccessGranted, { model: s.model, version: s.version, grantee: s.grantee, purpose: purposeName(s.purpose), expires_at: String(s.expiresAt), granter: s.owner });
    return g;
  }

  revoke(ctx: Context, s: Omit<GrantSpec, 'expiresAt'>): void {
    this.requireOwnedModel(ctx, s.model, s.owner, 'revoke access');
    const grantee = parseAddress(s.grantee, 'grantee');
    const kv = ctx.kv('access');
    const key = AccessKeys.grant(s.model, s.version, grantee, s.purpose);
    if (!kv.has(key)) {
      throw new ChainError(
        AccessErrors.GrantNotFound,
        `${s.grantee} holds no ${purposeName(s.purpose)} grant on ${s.version ? `${s.model}@${s.version}` : `model "${s.model}"`}: list the grants with Query/GrantsByModel`,
      );
    }
    kv.delete(key);
    kv.delete(AccessKeys.byGrantee(grantee, s.model, s.version, s.purpose));
    kv.set(AccessKeys.grantCount, AccessKeys.count(this.count(ctx) - 1));
    emit(ctx, AccessEvents.AccessRevoked, { model: s.model, version: s.version, grantee: s.grantee, purpose: purposeName(s.purpose), revoker: s.owner });
  }

  grantsByModel(ctx: Context, model: string, req: PageReq): { grants: Grant[]; page: Page } {
    if (!this.models.getModel(ctx, model)) throw new ChainError(RegistryErrors.ModelNotFound, `model "${model}" does not exist: check the name`);
    const pg = page(ctx.kv('access'), AccessKeys.modelGrants(model), req);
    return { grants: pg.values.map((v) => pb.Grant.decode(v)), page: pg };
  }

  grantsByGrantee(ctx: Context, grantee: string, req: PageReq): { grants: Grant[]; page: Page } {
    const addr = parseAddress(grantee, 'grantee');
    const pg = page(ctx.kv('access'), AccessKeys.granteeGrants(addr), req);
    const grants = pg.keys.map((k) => {
      const s = splitGranteeSuffix(k);
      const b = ctx.kv('access').get(AccessKeys.grant(s.model, s.version, addr, s.purpose));
      if (!b) throw new Error(`access: by-grantee entry ${s.model}@${s.version} has no grant record`);
      return pb.Grant.decode(b);
    });
    return { grants, page: pg };
  }

  *allGrants(ctx: Context): IterableIterator<{ key: Uint8Array; grant: Grant }> {
    const p = AccessKeys.grantPrefix;
    for (const [k, v] of ctx.kv('access').iterator(p, prefixEnd(p))) yield { key: k, grant: pb.Grant.decode(v) };
  }

  *granteeIndex(ctx: Context): IterableIterator<Uint8Array> {
    const p = AccessKeys.byGranteePrefix;
    for (const [k] of ctx.kv('access').iterator(p, prefixEnd(p))) yield k;
  }

  /** Genesis: writes a grant as is, with its index entry. */
  importGrant(ctx: Context, g: Grant): void {
    const grantee = parseAddress(g.grantee, 'grantee');
    const kv = ctx.kv('access');
    const key = AccessKeys.grant(g.model, g.version, grantee, g.purpose);
    if (kv.has(key)) throw new ChainError(AccessErrors.InvalidGenesis, `access genesis: the grant ${g.model}@${g.version} to ${g.grantee} (${purposeName(g.purpose)}) is listed twice`);
    kv.set(key, pb.Grant.encode(g).finish());
    kv.set(AccessKeys.byGrantee(grantee, g.model, g.version, g.purpose), new Uint8Array());
    kv.set(AccessKeys.grantCount, AccessKeys.count(this.count(ctx) + 1));
  }
}
