// Message routes of the versioning module: stateless checks in validateBasic, then the keeper.
import { ChainError } from '../../chain/errors.js';
import { msgRoute, type MsgRoute } from '../../chain/module.js';
import { aivm } from '../../proto/index.js';
import { canonicalAddress, strictDecode } from '../registry/util.js';
import { validateMetadata, validateModelName, validateVisibility } from '../registry/validation.js';
import { VersioningErrors } from './errors.js';
import type { VersioningKeeper } from './keeper.js';
import {
  parseVersion,
  validateAlias,
  validateArweaveTxId,
  validateChangelog,
  validateContent,
  validateParents,
  validateReason,
  type ContentFields,
} from './validation.js';

const pb = aivm.versioning.v1;

export const VersioningMsgTypes = {
  PublishVersion: '/aivm.versioning.v1.MsgPublishVersion',
  YankVersion: '/aivm.versioning.v1.MsgYankVersion',
  UnyankVersion: '/aivm.versioning.v1.MsgUnyankVersion',
  DeprecateVersion: '/aivm.versioning.v1.MsgDeprecateVersion',
  SetAlias: '/aivm.versioning.v1.MsgSetAlias',
  RemoveAlias: '/aivm.versioning.v1.MsgRemoveAlias',
  ForkModel: '/aivm.versioning.v1.MsgForkModel',
  RecordMirror: '/aivm.versioning.v1.MsgRecordMirror',
} as const;

function target(m: { model: string; version: string }): void {
  validateModelName(m.model, 'model');
  parseVersion(m.version);
}

/** The first version's content of a fork: given, or undefined to copy the source's. */
function forkContent(m: aivm.versioning.v1.MsgForkModel): ContentFields | undefined {
  if (m.rootCid === '') {
    if (m.size !== 0 || m.manifestDigest !== '' || m.publicManifest !== '' || m.encrypted || m.keyFingerprint !== '') {
      throw new ChainError(
        VersioningErrors.InvalidForkContent,
        "root_cid is empty, so the fork copies the source version's content: leave size, manifest_digest, public_manifest, encrypted and key_fingerprint empty too (or give them all with a root_cid)",
      );
    }
    return undefined;
  }
  const c = { rootCid: m.rootCid, size: m.size, manifestDigest: m.manifestDigest, publicManifest: m.publicManifest, encrypted: m.encrypted, keyFingerprint: m.keyFingerprint };
  validateContent(c);
  return c;
}

export function versioningMsgs(k: VersioningKeeper): MsgRoute<any>[] {
  const T = VersioningMsgTypes;
  const ok = (typeUrl: string, value: Uint8Array) => ({ typeUrl: `${typeUrl}Response`, value });
  return [
    msgRoute({
      typeUrl: T.PublishVersion,
      decode: (b) => strictDecode(pb.MsgPublishVersion, b, 'MsgPublishVersion'),
      validateBasic(m) {
        canonicalAddress(m.publisher, 'publisher');
        target(m);
        validateContent(m);
        validateParents(m.parents, m);
        validateChangelog(m.changelog);
      },
      signers: (m) => [m.publisher],
      handle(ctx, m) {
        const v = k.publish(ctx, {
          publisher: m.publisher,
          model: m.model,
          version: m.version,
          rootCid: m.rootCid,
          size: m.size,
          manifestDigest: m.manifestDigest,
          publicManifest: m.publicManifest,
          parents: m.parents.map((p) => ({ model: p.model ?? '', version: p.version ?? '' })),
          changelog: m.changelog,
          encrypted: m.encrypted,
          keyFingerprint: m.keyFingerprint,
        });
        return ok(T.PublishVersion, pb.MsgPublishVersionResponse.encode({ deadlineHeight: v.deadlineHeight }).finish());
      },
    }),
    msgRoute({
      typeUrl: T.YankVersion,
      decode: (b) => strictDecode(pb.MsgYankVersion, b, 'MsgYankVersion'),
      validateBasic(m) {
        canonicalAddress(m.sender, 'sender');
        target(m);
        validateReason(m.reason, 'a yank');
      },
      signers: (m) => [m.sender],
      handle(ctx, m) {
        k.yank(ctx, m.sender, m.model, m.version, m.reason);
        return ok(T.YankVersion, pb.MsgYankVersionResponse.encode({}).finish());
      },
    }),
    msgRoute({
      typeUrl: T.UnyankVersion,
      decode: (b) => strictDecode(pb.MsgUnyankVersion, b, 'MsgUnyankVersion'),
      validateBasic(m) {
        canonicalAddress(m.owner, 'owner');
        target(m);
      },
      signers: (m) => [m.owner],
      handle(ctx, m) {
        k.unyank(ctx, m.owner, m.model, m.version);
        return ok(T.UnyankVersion, pb.MsgUnyankVersionResponse.encode({}).finish());
      },
    }),
    msgRoute({
      typeUrl: T.DeprecateVersion,
      decode: (b) => strictDecode(pb.MsgDeprecateVersion, b, 'MsgDeprecateVersion'),
      validateBasic(m) {
        canonicalAddress(m.sender, 'sender');
        target(m);
        if (m.deprecated) validateReason(m.reason, 'a deprecation');
        else if (m.reason !== '') throw new ChainError(VersioningErrors.InvalidReason, 'deprecated is false (clearing the mark): leave reason empty');
      },
      signers: (m) => [m.sender],
      handle(ctx, m) {
        k.deprecate(ctx, m.sender, m.model, m.version, m.deprecated, m.reason);
        return ok(T.DeprecateVersion, pb.MsgDeprecateVersionResponse.encode({}).finish());
      },
    }),
    msgRoute({
      typeUrl: T.SetAlias,
      decode: (b) => strictDecode(pb.MsgSetAlias, b, 'MsgSetAlias'),
      validateBasic(m) {
        canonicalAddress(m.owner, 'owner');
        target(m);
        validateAlias(m.alias);
      },
      signers: (m) => [m.owner],
      handle(ctx, m) {
        k.setAlias(ctx, m.owner, m.model, m.alias, m.version);
        return ok(T.SetAlias, pb.MsgSetAliasResponse.encode({}).finish());
      },
    }),
    msgRoute({
      typeUrl: T.RemoveAlias,
      decode: (b) => strictDecode(pb.MsgRemoveAlias, b, 'MsgRemoveAlias'),
      validateBasic(m) {
        canonicalAddress(m.owner, 'owner');
        validateModelName(m.model, 'model');
        validateAlias(m.alias);
      },
      signers: (m) => [m.owner],
      handle(ctx, m) {
        k.removeAlias(ctx, m.owner, m.model, m.alias);
        return ok(T.RemoveAlias, pb.MsgRemoveAliasResponse.encode({}).finish());
      },
    }),
    msgRoute({
      typeUrl: T.ForkModel,
      decode: (b) => strictDecode(pb.MsgForkModel, b, 'MsgForkModel'),
      validateBasic(m) {
        canonicalAddress(m.creator, 'creator');
        validateModelName(m.sourceModel, 'source_model');
        parseVersion(m.sourceVersion, 'source_version');
        validateModelName(m.name, 'name');
        validateMetadata(m);
        validateVisibility(m.visibility, m.keyEndpoint, true);
        if (m.version !== '') parseVersion(m.version);
        forkContent(m);
        validateChangelog(m.changelog);
      },
      signers: (m) => [m.creator],
      handle(ctx, m) {
        const vis = validateVisibility(m.visibility, m.keyEndpoint, true);
        const v = k.fork(ctx, {
          creator: m.creator,
          source: { model: m.sourceModel, version: m.sourceVersion },
          name: m.name,
          metadata: validateMetadata(m),
          visibility: vis.visibility,
          keyEndpoint: vis.keyEndpoint,
          version: m.version,
          content: forkContent(m),
          changelog: m.changelog,
        });
        return ok(T.ForkModel, pb.MsgForkModelResponse.encode({ name: v.model, version: v.version, deadlineHeight: v.deadlineHeight }).finish());
      },
    }),
    msgRoute({
      typeUrl: T.RecordMirror,
      decode: (b) => strictDecode(pb.MsgRecordMirror, b, 'MsgRecordMirror'),
      validateBasic(m) {
        canonicalAddress(m.sender, 'sender');
        target(m);
        validateArweaveTxId(m.arweaveTxId);
      },
      signers: (m) => [m.sender],
      handle(ctx, m) {
        k.recordMirror(ctx, m.sender, m.model, m.version, m.arweaveTxId);
        return ok(T.RecordMirror, pb.MsgRecordMirrorResponse.encode({}).finish());
      },
    }),
  ];
}
