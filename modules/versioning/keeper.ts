import { concat, compare, prefixEnd, readU64be, toBin, utf8 } from '../../chain/bytes.js';
import type { Context } from '../../chain/context.js';
import { ChainError } from '../../chain/errors.js';
import type { Page } from '../../chain/pagination.js';
import { aivm } from '../../proto/index.js';
import { RegistryErrors } from '../registry/errors.js';
import type { Metadata } from '../registry/validation.js';
import { MODEL_NAME } from '../registry/validation.js';
import { page } from '../registry/util.js';
import { VersioningErrors } from './errors.js';
import { emit, statusName, VersioningEvents } from './events.js';
import type { AccessChecker, ModelKeeper, ModelView, ValidatorSet, VerificationHooks } from './expected-keepers.js';
import { splitChildSuffix, VersioningKeys } from './keys.js';
import { parseSemver, semverKey } from './semver.js';
import {
  DEFAULT_LINEAGE_DEPTH,
  MAX_LINEAGE_DEPTH,
  MAX_LINEAGE_NODES,
  MAX_MIRRORS,
  versionKey,
  type ContentFields,
} from './validation.js';

const pb = aivm.versioning.v1;
export type Version = aivm.versioning.v1.Version;
export type Alias = aivm.versioning.v1.Alias;
export type Mirror = aivm.versioning.v1.Mirror;
export const VersionStatus = pb.VersionStatus;
type PageReq = aivm.registry.v1.PageRequest.$Properties | null | undefined;

const VISIBILITY_PUBLIC = aivm.registry.v1.Visibility.VISIBILITY_PUBLIC;
const VISIBILITY_PRIVATE = aivm.registry.v1.Visibility.VISIBILITY_PRIVATE;

export interface Ref {
  readonly model: string;
  readonly version: string;
}

export interface PublishSpec extends ContentFields {
  readonly publisher: string;
  readonly model: string;
  readonly version: string;
  readonly parents: readonly Ref[];
  readonly changelog: string;
}

export interface ForkSpec {
  readonly creator: string;
  readonly source: Ref;
  readonly name: string;
  readonly metadata: Metadata;
  readonly visibility: aivm.registry.v1.Visibility;
  readonly keyEndpoint?: { multiaddr: string; peerId: string };
  /** Empty: the source's version string. */
  readonly version: string;
  /** Undefined: copy the source's content. */
  readonly content?: ContentFields;
  readonly changelog: string;
}

export interface LineageResult {
  readonly nodes: aivm.versioning.v1.LineageNode.$Properties[];
  readonly edges: aivm.versioning.v1.LineageEdge.$Properties[];
  readonly truncated: boolean;
}

export function refString(model: string, version: string): string {
  return `${model}@${version}`;
}

/** A sort key in (model name, semver precedence) order: model names never contain 0x00. */
function orderKey(model: string, skey: Uint8Array): Uint8Array {
  return concat(utf8(model), Uint8Array.of(0), skey);
}

/**
 * Versions, their status, yank/deprecation marks, aliases, "latest", lineage and mirrors.
 * Callers (msg-server) validate message fields first; the keeper checks everything that depends
 * on state and authorization.
 */
export class VersioningKeeper {
  private hooks: VerificationHooks | undefined;

  constructor(
    private readonly models: ModelKeeper,
    private readonly access: AccessChecker,
    private readonly validators: ValidatorSet,
  ) {}

  /** Wires the verification module (which itself needs this keeper): see modules/index.ts. */
  setVerificationHooks(h: VerificationHooks): void {
    this.hooks = h;
  }

  private get verification(): VerificationHooks {
    if (!this.hooks) throw new Error('versioning: the verification hooks are not wired (see createKeepers in modules/index.ts)');
    return this.hooks;
  }

  // ---- reads -----------------------------------------------------------------------------------

  requireModel(ctx: Context, name: string): ModelView {
    const m = this.models.getModel(ctx, name);
    if (!m) throw modelNotFound(name);
    return m;
  }

  /** registry/3 unless the model exists; no record is decoded. */
  private requireModelExists(ctx: Context, name: string): void {
    if (!this.models.hasModel(ctx, name)) throw modelNotFound(name);
  }

  /** A version by exact string; undefined when absent or when the string is not a valid version. */
  getVersion(ctx: Context, model: string, version: string): Version | undefined {
    const v = parseSemver(version);
    if ('error' in v || v.build.length > 0 || !MODEL_NAME.test(model)) return undefined;
    return this.getByKey(ctx, model, semverKey(v));
  }

  private getByKey(ctx: Context, model: string, skey: Uint8Array): Version | undefined {
    const b = ctx.kv('versioning').get(VersioningKeys.version(model, skey));
    return b ? pb.Version.decode(b) : undefined;
  }

  /** The version, or registry/3 (no model) / versioning/4 (no version). */
  requireVersion(ctx: Context, model: string, version: string): Version {
    return pb.Version.decode(this.requireVersionRecord(ctx, model, version));
  }

  /** The stored record (the canonical aivm.versioning.v1.Version encoding); errors as requireVersion. */
  requireVersionRecord(ctx: Context, model: string, version: string): Uint8Array {
    this.requireModelExists(ctx, model);
    return this.versionRecordOfModel(ctx, model, version);
  }

  /** requireVersionRecord once the model is known to exist. */
  private versionRecordOfModel(ctx: Context, model: string, version: string): Uint8Array {
    const b = ctx.kv('versioning').get(VersioningKeys.version(model, versionKey(version)));
    if (!b) throw new ChainError(VersioningErrors.VersionNotFound, `model "${model}" has no version ${version}: list its versions with Query/Versions`);
    return b;
  }

  versionCount(ctx: Context, model: string): number {
    const b = ctx.kv('versioning').get(VersioningKeys.count(model));
    return b ? Number(readU64be(b)) : 0;
  }

  /** The highest VERIFIED, non-yanked version: one reverse step over the eligible index. */
  latest(ctx: Context, model: string): Version | undefined {
    const b = this.latestRecord(ctx, model);
    return b ? pb.Version.decode(b) : undefined;
  }

  private latestRecord(ctx: Context, model: string): Uint8Array | undefined {
    const skey = this.latestKey(ctx, model);
    return skey ? ctx.kv('versioning').get(VersioningKeys.version(model, skey)) : undefined;
  }

  private latestKey(ctx: Context, model: string): Uint8Array | undefined {
    const prefix = VersioningKeys.modelEligible(model);
    for (const [k] of ctx.kv('versioning').iterator(prefix, prefixEnd(prefix), true)) return k.slice(prefix.length);
    return undefined;
  }

  getAlias(ctx: Context, model: string, alias: string): Alias | undefined {
    const b = ctx.kv('versioning').get(VersioningKeys.alias(model, alias));
    return b ? pb.Alias.decode(b) : undefined;
  }

  private canMaintain(m: ModelView, addr: string): boolean {
    return m.owner === addr || m.maintainers.includes(addr);
  }

  private requirePublisher(m: ModelView, signer: string, action: string): void {
    if (!this.canMaintain(m, signer)) {
      throw new ChainError(VersioningErrors.NotPublisher, `${signer} may not ${action} in model "${m.name}": only its owner ${m.owner} or a maintainer may; ask the owner to add you with MsgAddMaintainer`);
    }
  }

  private requireOwner(m: ModelView, signer: string, action: string): void {
    if (m.owner !== signer) throw new ChainError(VersioningErrors.NotOwner, `${signer} may not ${action} of model "${m.name}": only its owner ${m.owner} may`);
  }

  /** May `who` build on (fork, merge from) a version of model `m`? */
  private mayUse(ctx: Context, m: ModelView, version: string, who: string): boolean {
    return m.visibility === VISIBILITY_PUBLIC || this.canMaintain(m, who) || this.access.hasGrant(ctx, m.name, version, who);
  }

  // ---- publish, fork ---------------------------------------------------------------------------

  publish(ctx: Context, s: PublishSpec): Version {
    const kv = ctx.kv('versioning');
    const m = this.requireModel(ctx, s.model);
    this.requirePublisher(m, s.publisher, 'publish versions');
    const skey = versionKey(s.version);
    const existing = this.getByKey(ctx, s.model, skey);
    if (existing) {
      throw new ChainError(
        VersioningErrors.VersionExists,
        `${refString(s.model, s.version)} was already published at height ${existing.publishedHeight}; a version number is never reused, even after a yank: publish a higher version`,
      );
    }
    if (s.encrypted && m.visibility !== VISIBILITY_PRIVATE) {
      throw new ChainError(VersioningErrors.EncryptedRequiresPrivate, `model "${s.model}" is public, so nobody could obtain the content key of an encrypted version: make the model private first (MsgSetVisibility) or publish unencrypted`);
    }
    const max = this.verification.maxKernelBytes(ctx);
    if (BigInt(s.size) > max) throw new ChainError(VersioningErrors.InvalidSize, `size ${s.size} bytes is above the verification param max_kernel_bytes (${max})`);
    const parentKeys: Uint8Array[] = [];
    for (const p of s.parents) {
      const pm = this.models.getModel(ctx, p.model);
      const pv = pm ? this.getVersion(ctx, p.model, p.version) : undefined;
      if (!pm || !pv) throw new ChainError(VersioningErrors.ParentNotFound, `parent ${refString(p.model, p.version)} does not exist: parents must be published before their children`);
      if (p.model !== s.model) {
        if (!this.mayUse(ctx, pm, p.version, s.publisher)) {
          throw new ChainError(
            VersioningErrors.ForkNotAllowed,
            `parent ${refString(p.model, p.version)} is in private model "${p.model}" and ${s.publisher} holds no grant on it: ask its owner ${pm.owner} for an access grant`,
          );
        }
        if (pv.status !== VersionStatus.VERSION_STATUS_VERIFIED) {
          throw new ChainError(VersioningErrors.ParentNotVerified, `parent ${refString(p.model, p.version)} is in another model and is ${statusName(pv.status)}: only VERIFIED versions can be forked or merged across models`);
        }
      }
      parentKeys.push(versionKey(p.version));
    }
    const deadline = this.verification.scheduleDeadline(ctx, s.model, s.version);
    const v = pb.Version.create({
      model: s.model,
      version: s.version,
      rootCid: s.rootCid,
      size: s.size,
      manifestDigest: s.manifestDigest,
      publicManifest: s.publicManifest,
      parents: s.parents.map((p) => pb.VersionRef.create({ model: p.model, version: p.version })),
      changelog: s.changelog,
      encrypted: s.encrypted,
      keyFingerprint: s.keyFingerprint,
      publisher: s.publisher,
      status: VersionStatus.VERSION_STATUS_PENDING,
      publishedHeight: ctx.block.height,
      publishedTime: ctx.block.time.seconds,
      deadlineHeight: deadline,
      statusHeight: ctx.block.height,
    });
    kv.set(VersioningKeys.version(s.model, skey), pb.Version.encode(v).finish());
    s.parents.forEach((p, i) => kv.set(VersioningKeys.child(p.model, parentKeys[i]!, s.model, skey), new Uint8Array()));
    kv.set(VersioningKeys.count(s.model), VersioningKeys.countValue(this.versionCount(ctx, s.model) + 1));
    emit(ctx, VersioningEvents.VersionPublished, {
      model: s.model,
      version: s.version,
      ref: refString(s.model, s.version),
      publisher: s.publisher,
      root_cid: s.rootCid,
      size: String(s.size),
      encrypted: String(s.encrypted),
      parents: s.parents.map((p) => refString(p.model, p.version)).join(','),
      deadline_height: String(deadline),
    });
    return v;
  }

  fork(ctx: Context, f: ForkSpec): Version {
    const sm = this.requireModel(ctx, f.source.model);
    const source = this.requireVersion(ctx, f.source.model, f.source.version);
    const src = refString(f.source.model, f.source.version);
    if (!this.mayUse(ctx, sm, f.source.version, f.creator)) {
      throw new ChainError(VersioningErrors.ForkNotAllowed, `${src} is in private model "${sm.name}" and ${f.creator} holds no grant on it: ask its owner ${sm.owner} for an access grant`);
    }
    if (source.status !== VersionStatus.VERSION_STATUS_VERIFIED) {
      throw new ChainError(VersioningErrors.ParentNotVerified, `${src} is ${statusName(source.status)}: only VERIFIED versions can be forked`);
    }
    this.models.createModel(ctx, {
      name: f.name,
      owner: f.creator,
      metadata: f.metadata,
      visibility: f.visibility,
      keyEndpoint: f.keyEndpoint,
      forkedFrom: { model: f.source.model, version: f.source.version },
    });
    const content: ContentFields = f.content ?? {
      rootCid: source.rootCid,
      size: source.size,
      manifestDigest: source.manifestDigest,
      publicManifest: source.publicManifest,
      encrypted: source.encrypted,
      keyFingerprint: source.keyFingerprint,
    };
    const version = f.version === '' ? source.version : f.version;
    const v = this.publish(ctx, { ...content, publisher: f.creator, model: f.name, version, parents: [f.source], changelog: f.changelog });
    emit(ctx, VersioningEvents.ModelForked, { model: f.name, version, source_model: f.source.model, source_version: f.source.version, creator: f.creator });
    return v;
  }

  // ---- status (driven by module verification) --------------------------------------------------

  /** Moves a PENDING version to a final status; keeps "latest" and emits the events. */
  setStatus(ctx: Context, model: string, version: string, status: aivm.versioning.v1.VersionStatus): Version {
    const v = this.requireVersion(ctx, model, version);
    if (v.status !== VersionStatus.VERSION_STATUS_PENDING || status === VersionStatus.VERSION_STATUS_PENDING || !(status in VersionStatus)) {
      throw new ChainError(VersioningErrors.InvalidStatusTransition, `${refString(model, version)} cannot go from ${statusName(v.status)} to ${statusName(status)}: only PENDING versions change status`);
    }
    const skey = versionKey(version);
    this.withLatest(ctx, model, () => {
      v.status = status;
      v.statusHeight = ctx.block.height;
      this.write(ctx, v, skey);
    });
    emit(ctx, VersioningEvents.VersionStatusChanged, { model, version, ref: refString(model, version), status: statusName(status), previous_status: 'PENDING' });
    return v;
  }

  // ---- yank, deprecate -------------------------------------------------------------------------

  yank(ctx: Context, sender: string, model: string, version: string, reason: string): void {
    const m = this.requireModel(ctx, model);
    this.requirePublisher(m, sender, 'yank versions');
    const v = this.requireVersion(ctx, model, version);
    if (v.yanked) throw new ChainError(VersioningErrors.AlreadyYanked, `${refString(model, version)} is already yanked (${v.yankReason})`);
    this.withLatest(ctx, model, () => {
      v.yanked = true;
      v.yankReason = reason;
      this.write(ctx, v, versionKey(version));
    });
    emit(ctx, VersioningEvents.VersionYanked, { model, version, ref: refString(model, version), sender, reason });
  }

  unyank(ctx: Context, owner: string, model: string, version: string): void {
    const m = this.requireModel(ctx, model);
    this.requireOwner(m, owner, 'unyank versions');
    const v = this.requireVersion(ctx, model, version);
    if (!v.yanked) throw new ChainError(VersioningErrors.NotYanked, `${refString(model, version)} is not yanked`);
    this.withLatest(ctx, model, () => {
      v.yanked = false;
      v.yankReason = '';
      this.write(ctx, v, versionKey(version));
    });
    emit(ctx, VersioningEvents.VersionUnyanked, { model, version, ref: refString(model, version), sender: owner });
  }

  deprecate(ctx: Context, sender: string, model: string, version: string, deprecated: boolean, reason: string): void {
    const m = this.requireModel(ctx, model);
    this.requirePublisher(m, sender, 'deprecate versions');
    const v = this.requireVersion(ctx, model, version);
    if (!deprecated && !v.deprecated) throw new ChainError(VersioningErrors.NotDeprecated, `${refString(model, version)} is not deprecated, so there is nothing to clear`);
    v.deprecated = deprecated;
    v.deprecationReason = deprecated ? reason : '';
    this.write(ctx, v, versionKey(version));
    emit(ctx, VersioningEvents.VersionDeprecated, { model, version, ref: refString(model, version), sender, deprecated: String(deprecated), reason });
  }

  // ---- aliases ---------------------------------------------------------------------------------

  setAlias(ctx: Context, owner: string, model: string, alias: string, version: string): void {
    const m = this.requireModel(ctx, model);
    this.requireOwner(m, owner, 'set aliases');
    const v = this.requireVersion(ctx, model, version);
    if (v.status !== VersionStatus.VERSION_STATUS_VERIFIED) {
      throw new ChainError(VersioningErrors.AliasTargetNotVerified, `${refString(model, version)} is ${statusName(v.status)}: an alias may only point at a VERIFIED version; wait for verification`);
    }
    if (v.yanked) throw new ChainError(VersioningErrors.AliasTargetYanked, `${refString(model, version)} is yanked: point the alias at a version that is not`);
    const prev = this.getAlias(ctx, model, alias);
    const a = pb.Alias.create({ model, alias, version, setHeight: ctx.block.height });
    ctx.kv('versioning').set(VersioningKeys.alias(model, alias), pb.Alias.encode(a).finish());
    emit(ctx, VersioningEvents.AliasSet, { model, alias, version, previous_version: prev?.version ?? '' });
  }

  removeAlias(ctx: Context, owner: string, model: string, alias: string): void {
    const m = this.requireModel(ctx, model);
    this.requireOwner(m, owner, 'remove aliases');
    const prev = this.getAlias(ctx, model, alias);
    if (!prev) throw new ChainError(VersioningErrors.AliasNotFound, `model "${model}" has no alias "${alias}": list them with Query/Aliases`);
    ctx.kv('versioning').delete(VersioningKeys.alias(model, alias));
    emit(ctx, VersioningEvents.AliasRemoved, { model, alias, version: prev.version });
  }

  // ---- mirrors ---------------------------------------------------------------------------------

  recordMirror(ctx: Context, sender: string, model: string, version: string, txId: string): void {
    const v = this.requireVersion(ctx, model, version);
    if (sender !== v.publisher && !this.validators.getByOperator(ctx, sender)) {
      throw new ChainError(VersioningErrors.NotMirrorRecorder, `${sender} may not record mirrors of ${refString(model, version)}: only validator operators and its publisher ${v.publisher} may`);
    }
    const skey = versionKey(version);
    const kv = ctx.kv('versioning');
    if (kv.has(VersioningKeys.mirror(model, skey, txId))) throw new ChainError(VersioningErrors.MirrorExists, `Arweave transaction ${txId} is already recorded as a mirror of ${refString(model, version)}`);
    if (this.mirrors(ctx, model, version).length >= MAX_MIRRORS) {
      throw new ChainError(VersioningErrors.TooManyMirrors, `${refString(model, version)} already has ${MAX_MIRRORS} mirrors, the maximum`);
    }
    const mirror = pb.Mirror.create({ model, version, arweaveTxId: txId, recorder: sender, height: ctx.block.height });
    kv.set(VersioningKeys.mirror(model, skey, txId), pb.Mirror.encode(mirror).finish());
    emit(ctx, VersioningEvents.MirrorRecorded, { model, version, ref: refString(model, version), arweave_tx_id: txId, recorder: sender });
  }

  mirrors(ctx: Context, model: string, version: string): Mirror[] {
    const prefix = VersioningKeys.mirrors(model, versionKey(version));
    return [...ctx.kv('versioning').iterator(prefix, prefixEnd(prefix))].map(([, v]) => pb.Mirror.decode(v));
  }

  // ---- resolve, lists, lineage -----------------------------------------------------------------

  /**
   * "name", "name@latest", "name@<semver>", "name@<alias>". The version is the stored record (the
   * canonical aivm.versioning.v1.Version encoding), for answers spliced without re-encoding.
   */
  resolve(ctx: Context, ref: string): { record: Uint8Array; via: aivm.versioning.v1.ResolvedVia; alias: string } {
    const Via = pb.ResolvedVia;
    const at = ref.indexOf('@');
    const name = at < 0 ? ref : ref.slice(0, at);
    const selector = at < 0 ? 'latest' : ref.slice(at + 1);
    if (!MODEL_NAME.test(name)) {
      throw new ChainError(VersioningErrors.InvalidReference, `reference "${ref.slice(0, 100)}" must be "name", "name@latest", "name@1.2.0" or "name@<alias>", with a valid model name`);
    }
    this.requireModelExists(ctx, name);
    if (selector === 'latest') {
      const b = this.latestRecord(ctx, name);
      if (!b) throw new ChainError(VersioningErrors.NoVerifiedVersion, `model "${name}" has no VERIFIED, non-yanked version yet: resolve an exact version (name@1.2.0) or wait for verification`);
      return { record: b, via: Via.RESOLVED_VIA_LATEST, alias: '' };
    }
    if (/^[vV]?[0-9]/.test(selector)) return { record: this.versionRecordOfModel(ctx, name, selector), via: Via.RESOLVED_VIA_EXACT, alias: '' };
    if (!/^[a-z][a-z0-9_-]{0,31}$/.test(selector)) {
      throw new ChainError(VersioningErrors.InvalidReference, `"${selector.slice(0, 60)}" in "${ref.slice(0, 100)}" is neither "latest", a version (1.2.0) nor an alias name`);
    }
    const a = this.getAlias(ctx, name, selector);
    if (!a) throw new ChainError(VersioningErrors.AliasNotFound, `model "${name}" has no alias "${selector}": list them with Query/Aliases`);
    const b = this.versionRecordOfModel(ctx, name, a.version);
    // Only the yank mark is needed; the answer is the record itself.
    const v = pb.Version.decode(b);
    if (v.yanked) {
      throw new ChainError(
        VersioningErrors.AliasTargetYanked,
        `alias ${name}@${selector} points at ${a.version}, which is yanked (${v.yankReason}): fetch it by exact version (${name}@${a.version}) if you must, or ask the owner to move the alias`,
      );
    }
    return { record: b, via: Via.RESOLVED_VIA_ALIAS, alias: selector };
  }

  /** A page of a model's versions as stored (canonical aivm.versioning.v1.Version encodings). */
  versions(ctx: Context, model: string, req: PageReq): { records: Uint8Array[]; page: Page } {
    this.requireModelExists(ctx, model);
    const pg = page(ctx.kv('versioning'), VersioningKeys.modelVersions(model), req);
    return { records: pg.values, page: pg };
  }

  aliases(ctx: Context, model: string, req: PageReq): { aliases: Alias[]; page: Page } {
    this.requireModelExists(ctx, model);
    const pg = page(ctx.kv('versioning'), VersioningKeys.modelAliases(model), req);
    return { aliases: pg.values.map((v) => pb.Alias.decode(v)), page: pg };
  }

  /** The parents (from the record) or children (from the child index) of one version. */
  private neighbours(ctx: Context, v: Version, dir: 'up' | 'down'): Array<{ model: string; skey: Uint8Array }> {
    if (dir === 'up') return v.parents.map((p) => ({ model: p.model ?? '', skey: versionKey(p.version ?? '') }));
    const prefix = VersioningKeys.children(v.model, versionKey(v.version));
    return [...ctx.kv('versioning').iterator(prefix, prefixEnd(prefix))].map(([k]) => splitChildSuffix(k.subarray(prefix.length)));
  }

  lineage(ctx: Context, model: string, version: string, direction: aivm.versioning.v1.LineageDirection, depth: number): LineageResult {
    const D = pb.LineageDirection;
    if (!(direction in D)) throw new ChainError(VersioningErrors.InvalidLineageRequest, `direction ${direction} is not ANCESTORS (1), DESCENDANTS (2) or BOTH (3)`);
    if (depth > MAX_LINEAGE_DEPTH) throw new ChainError(VersioningErrors.InvalidLineageRequest, `depth ${depth} is above the maximum ${MAX_LINEAGE_DEPTH}`);
    const maxDepth = depth === 0 ? DEFAULT_LINEAGE_DEPTH : depth;
    const root = this.requireVersion(ctx, model, version);
    const nodes = new Map<string, { key: Uint8Array; v: Version }>();
    const edges = new Map<string, { key: Uint8Array; parent: Version; child: Version }>();
    const rootKey = orderKey(model, versionKey(version));
    nodes.set(toBin(rootKey), { key: rootKey, v: root });
    let truncated = false;
    const walk = (dir: 'up' | 'down') => {
      let frontier: Version[] = [root];
      for (let d = 0; d < maxDepth && frontier.length > 0 && !truncated; d++) {
        const next: Version[] = [];
        for (const v of frontier) {
          for (const n of this.neighbours(ctx, v, dir)) {
            const key = orderKey(n.model, n.skey);
            const id = toBin(key);
            let node = nodes.get(id);
            if (!node) {
              if (nodes.size >= MAX_LINEAGE_NODES) {
                truncated = true;
                break;
              }
              const nv = this.getByKey(ctx, n.model, n.skey);
              if (!nv) throw new Error(`lineage: ${n.model} has a dangling version reference`);
              node = { key, v: nv };
              nodes.set(id, node);
              next.push(nv);
            }
            const vKey = orderKey(v.model, versionKey(v.version));
            const [parent, child, pk, ck] = dir === 'up' ? [node.v, v, key, vKey] : [v, node.v, vKey, key];
            const ek = concat(Uint8Array.of(pk.length >> 8, pk.length & 0xff), pk, ck);
            edges.set(toBin(ek), { key: ek, parent, child });
          }
          if (truncated) break;
        }
        frontier = next;
      }
    };
    if (direction !== D.LINEAGE_DIRECTION_DESCENDANTS) walk('up');
    if (direction !== D.LINEAGE_DIRECTION_ANCESTORS) walk('down');
    const ref = (v: Version) => ({ model: v.model, version: v.version });
    return {
      nodes: [...nodes.values()].sort((a, b) => compare(a.key, b.key)).map(({ v }) => ({ ref: ref(v), status: v.status, yanked: v.yanked })),
      edges: [...edges.values()]
        .sort((a, b) => {
          const pa = orderKey(a.parent.model, versionKey(a.parent.version));
          const pb2 = orderKey(b.parent.model, versionKey(b.parent.version));
          return compare(pa, pb2) || compare(orderKey(a.child.model, versionKey(a.child.version)), orderKey(b.child.model, versionKey(b.child.version)));
        })
        .map((e) => ({ parent: ref(e.parent), child: ref(e.child) })),
      truncated,
    };
  }

  // ---- iteration (genesis, invariants, verification) -------------------------------------------

  *allVersions(ctx: Context): IterableIterator<Version> {
    const p = VersioningKeys.versionPrefix;
    for (const [, v] of ctx.kv('versioning').iterator(p, prefixEnd(p))) yield pb.Version.decode(v);
  }

  *allAliases(ctx: Context): IterableIterator<Alias> {
    const p = VersioningKeys.aliasPrefix;
    for (const [, v] of ctx.kv('versioning').iterator(p, prefixEnd(p))) yield pb.Alias.decode(v);
  }

  *allMirrors(ctx: Context): IterableIterator<Mirror> {
    const p = VersioningKeys.mirrorPrefix;
    for (const [, v] of ctx.kv('versioning').iterator(p, prefixEnd(p))) yield pb.Mirror.decode(v);
  }

  /** Raw keys of one index prefix (invariants). */
  *indexKeys(ctx: Context, prefix: Uint8Array): IterableIterator<readonly [Uint8Array, Uint8Array]> {
    yield* ctx.kv('versioning').iterator(prefix, prefixEnd(prefix));
  }

  /** Writes a genesis version record with its derived index entries (no deadline scheduling). */
  importVersion(ctx: Context, v: Version): void {
    const skey = versionKey(v.version);
    const kv = ctx.kv('versioning');
    if (kv.has(VersioningKeys.version(v.model, skey))) throw new ChainError(VersioningErrors.InvalidGenesis, `versioning genesis: ${refString(v.model, v.version)} is listed twice`);
    this.write(ctx, v, skey);
    for (const p of v.parents) kv.set(VersioningKeys.child(p.model ?? '', versionKey(p.version ?? ''), v.model, skey), new Uint8Array());
    kv.set(VersioningKeys.count(v.model), VersioningKeys.countValue(this.versionCount(ctx, v.model) + 1));
  }

  importAlias(ctx: Context, a: Alias): void {
    ctx.kv('versioning').set(VersioningKeys.alias(a.model, a.alias), pb.Alias.encode(a).finish());
  }

  importMirror(ctx: Context, m: Mirror): void {
    ctx.kv('versioning').set(VersioningKeys.mirror(m.model, versionKey(m.version), m.arweaveTxId), pb.Mirror.encode(m).finish());
  }

  // ---- writes ----------------------------------------------------------------------------------

  /** Writes a record and keeps its entry in the eligible ("latest") index in step. */
  private write(ctx: Context, v: Version, skey: Uint8Array): void {
    const kv = ctx.kv('versioning');
    kv.set(VersioningKeys.version(v.model, skey), pb.Version.encode(v).finish());
    const eligible = v.status === VersionStatus.VERSION_STATUS_VERIFIED && !v.yanked;
    const ek = VersioningKeys.eligible(v.model, skey);
    if (eligible) kv.set(ek, new Uint8Array());
    else if (kv.has(ek)) kv.delete(ek);
  }

  /** Runs `fn` and emits EventLatestChanged when it moved "latest". */
  private withLatest(ctx: Context, model: string, fn: () => void): void {
    const before = this.latestKey(ctx, model);
    fn();
    const after = this.latestKey(ctx, model);
    const same = before && after ? compare(before, after) === 0 : before === after;
    if (same) return;
    const name = (k: Uint8Array | undefined) => (k ? (this.getByKey(ctx, model, k)?.version ?? '') : '');
    emit(ctx, VersioningEvents.LatestChanged, { model, version: name(after), previous_version: name(before) });
  }
}

function modelNotFound(name: string): ChainError {
  return new ChainError(RegistryErrors.ModelNotFound, `model "${name}" does not exist: check the name, or create it with MsgCreateModel`);
}
