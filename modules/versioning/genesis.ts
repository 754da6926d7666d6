// Genesis import/export of the versioning module (aivm.versioning.v1.GenesisState with proto
// field names, int64 as decimal strings, enums by name). The eligible ("latest") index, the
// children index and the per-model counts are rebuilt, so an export re-imports byte-identically.
import type { Context } from '../../chain/context.js';
import { aivm } from '../../proto/index.js';
import { enumName, JsonReader, type Json } from '../registry/json.js';
import { canonicalAddress, checkText } from '../registry/util.js';
import { validateModelName } from '../registry/validation.js';
import { VersioningErrors } from './errors.js';
import type { ModelKeeper } from './expected-keepers.js';
import { refString, VersionStatus, type Alias, type Mirror, type Version, type VersioningKeeper } from './keeper.js';
import {
  MAX_REASON_BYTES,
  parseVersion,
  validateAlias,
  validateArweaveTxId,
  validateChangelog,
  validateContent,
  validateParents,
} from './validation.js';

const pb = aivm.versioning.v1;

export interface VersionJson {
  model: string;
  version: string;
  root_cid: string;
  size: string;
  manifest_digest: string;
  public_manifest: string;
  parents: Array<{ model: string; version: string }>;
  changelog: string;
  encrypted: boolean;
  key_fingerprint: string;
  publisher: string;
  status: string;
  published_height: string;
  published_time: string;
  deadline_height: string;
  status_height: string;
  yanked: boolean;
  yank_reason: string;
  deprecated: boolean;
  deprecation_reason: string;
}

export interface AliasJson {
  model: string;
  alias: string;
  version: string;
  set_height: string;
}

export interface MirrorJson {
  model: string;
  version: string;
  arweave_tx_id: string;
  recorder: string;
  height: string;
}

export interface VersioningGenesis {
  versions: VersionJson[];
  aliases: AliasJson[];
  mirrors: MirrorJson[];
}

export function defaultVersioningGenesis(): VersioningGenesis {
  return { versions: [], aliases: [], mirrors: [] };
}

export function versionToJson(v: Version): VersionJson {
  return {
    model: v.model,
    version: v.version,
    root_cid: v.rootCid,
    size: String(v.size),
    manifest_digest: v.manifestDigest,
    public_manifest: v.publicManifest,
    parents: v.parents.map((p) => ({ model: p.model ?? '', version: p.version ?? '' })),
    changelog: v.changelog,
    encrypted: v.encrypted,
    key_fingerprint: v.keyFingerprint,
    publisher: v.publisher,
    status: enumName(pb.VersionStatus, v.status),
    published_height: String(v.publishedHeight),
    published_time: String(v.publishedTime),
    deadline_height: String(v.deadlineHeight),
    status_height: String(v.statusHeight),
    yanked: v.yanked,
    yank_reason: v.yankReason,
    deprecated: v.deprecated,
    deprecation_reason: v.deprecationReason,
  };
}

function versionFromJson(raw: unknown, i: number): Version {
  const r = new JsonReader(VersioningErrors.InvalidGenesis, `versioning genesis versions[${i}]`);
  const o = r.object(raw, 'a version');
  const parents = r.array(o, 'parents').map((p, j) => {
    const po = r.object(p, `parents[${j}]`);
    return { model: r.str(po, 'model'), version: r.str(po, 'version') };
  });
  const v = pb.Version.create({
    model: r.str(o, 'model'),
    version: r.str(o, 'version'),
    rootCid: r.str(o, 'root_cid'),
    size: r.uint(o, 'size'),
    manifestDigest: r.str(o, 'manifest_digest'),
    publicManifest: r.str(o, 'public_manifest'),
    parents: parents.map((p) => pb.VersionRef.create(p)),
    changelog: r.str(o, 'changelog'),
    encrypted: r.bool(o, 'encrypted'),
    keyFingerprint: r.str(o, 'key_fingerprint'),
    publisher: r.str(o, 'publisher'),
    status: r.enumValue(o, 'status', pb.VersionStatus),
    publishedHeight: r.uint(o, 'published_height'),
    publishedTime: r.uint(o, 'published_time'),
    deadlineHeight: r.uint(o, 'deadline_height'),
    statusHeight: r.uint(o, 'status_height'),
    yanked: r.bool(o, 'yanked'),
    yankReason: r.str(o, 'yank_reason'),
    deprecated: r.bool(o, 'deprecated'),
    deprecationReason: r.str(o, 'deprecation_reason'),
  });
  validateModelName(v.model, 'model');
  parseVersion(v.version);
  validateContent(v);
  validateParents(v.parents, v);
  validateChangelog(v.changelog);
  canonicalAddress(v.publisher, 'publisher');
  if (v.status === VersionStatus.VERSION_STATUS_UNSPECIFIED) throw r.fail(`${refString(v.model, v.version)} has no status`);
  if (v.yanked !== (v.yankReason !== '') || v.deprecated !== (v.deprecationReason !== '')) {
    throw r.fail(`${refString(v.model, v.version)}: yank_reason (deprecation_reason) is set exactly when yanked (deprecated) is`);
  }
  checkText(v.yankReason, MAX_REASON_BYTES, 'yank_reason', VersioningErrors.InvalidGenesis);
  checkText(v.deprecationReason, MAX_REASON_BYTES, 'deprecation_reason', VersioningErrors.InvalidGenesis);
  return v;
}

export function initVersioningGenesis(k: VersioningKeeper, models: ModelKeeper, ctx: Context, raw: unknown): void {
  const r = new JsonReader(VersioningErrors.InvalidGenesis, 'versioning genesis');
  const g = r.object(raw ?? {}, 'versioning genesis') as Json;
  const versions = r.array(g, 'versions').map(versionFromJson);
  for (const v of versions) {
    if (!models.getModel(ctx, v.model)) throw r.fail(`${refString(v.model, v.version)} belongs to model "${v.model}", which is not in the registry genesis`);
    k.importVersion(ctx, v);
  }
  for (const v of versions) {
    for (const p of v.parents) {
      if (!k.getVersion(ctx, p.model ?? '', p.version ?? '')) throw r.fail(`${refString(v.model, v.version)} has parent ${refString(p.model ?? '', p.version ?? '')}, which is not in the genesis`);
    }
  }
  r.array(g, 'aliases').forEach((raw, i) => {
    const rr = new JsonReader(VersioningErrors.InvalidGenesis, `versioning genesis aliases[${i}]`);
    const o = rr.object(raw, 'an alias');
    const a: Alias = pb.Alias.create({ model: rr.str(o, 'model'), alias: rr.str(o, 'alias'), version: rr.str(o, 'version'), setHeight: rr.uint(o, 'set_height') });
    validateModelName(a.model, 'model');
    validateAlias(a.alias);
    const v = k.getVersion(ctx, a.model, a.version);
    if (!v || v.status !== VersionStatus.VERSION_STATUS_VERIFIED) throw rr.fail(`alias ${a.model}@${a.alias} must point at a VERIFIED version in the genesis`);
    if (k.getAlias(ctx, a.model, a.alias)) throw rr.fail(`alias ${a.model}@${a.alias} is listed twice`);
    k.importAlias(ctx, a);
  });
  r.array(g, 'mirrors').forEach((raw, i) => {
    const rr = new JsonReader(VersioningErrors.InvalidGenesis, `versioning genesis mirrors[${i}]`);
    const o = rr.object(raw, 'a mirror');
    const m: Mirror = pb.Mirror.create({ model: rr.str(o, 'model'), version: rr.str(o, 'version'), arweaveTxId: rr.str(o, 'arweave_tx_id'), recorder: rr.str(o, 'recorder'), height: rr.uint(o, 'height') });
    validateArweaveTxId(m.arweaveTxId);
    canonicalAddress(m.recorder, 'recorder');
    if (!k.getVersion(ctx, m.model, m.version)) throw rr.fail(`mirror of ${refString(m.model, m.version)}, which is not in the genesis`);
    k.importMirror(ctx, m);
  });
}

export function exportVersioningGenesis(k: VersioningKeeper, ctx: Context): VersioningGenesis {
  return {
    versions: [...k.allVersions(ctx)].map(versionToJson),
    aliases: [...k.allAliases(ctx)].map((a) => ({ model: a.model, alias: a.alias, version: a.version, set_height: String(a.setHeight) })),
    mirrors: [...k.allMirrors(ctx)].map((m) => ({ model: m.model, version: m.version, arweave_tx_id: m.arweaveTxId, recorder: m.recorder, height: String(m.height) })),
  };
}
