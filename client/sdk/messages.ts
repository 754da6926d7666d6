// Every aivm message type: its type URL, its protobufjs type (accepted by the cosmjs Registry:
// it has create/encode/decode), a typed EncodeObject and a builder.
import type { EncodeObject, GeneratedType } from '@cosmjs/proto-signing';
import { aivm } from '../../proto/index.js';

const reg = aivm.registry.v1;
const ver = aivm.versioning.v1;
const vfy = aivm.verification.v1;
const acc = aivm.access.v1;

/** Type URL → protobufjs type, for every aivm message. */
export const aivmMsgTypes = {
  '/aivm.registry.v1.MsgCreateModel': reg.MsgCreateModel,
  '/aivm.registry.v1.MsgUpdateModel': reg.MsgUpdateModel,
  '/aivm.registry.v1.MsgTransferOwnership': reg.MsgTransferOwnership,
  '/aivm.registry.v1.MsgAddMaintainer': reg.MsgAddMaintainer,
  '/aivm.registry.v1.MsgRemoveMaintainer': reg.MsgRemoveMaintainer,
  '/aivm.registry.v1.MsgSetVisibility': reg.MsgSetVisibility,
  '/aivm.versioning.v1.MsgPublishVersion': ver.MsgPublishVersion,
  '/aivm.versioning.v1.MsgYankVersion': ver.MsgYankVersion,
  '/aivm.versioning.v1.MsgUnyankVersion': ver.MsgUnyankVersion,
  '/aivm.versioning.v1.MsgDeprecateVersion': ver.MsgDeprecateVersion,
  '/aivm.versioning.v1.MsgSetAlias': ver.MsgSetAlias,
  '/aivm.versioning.v1.MsgRemoveAlias': ver.MsgRemoveAlias,
  '/aivm.versioning.v1.MsgForkModel': ver.MsgForkModel,
  '/aivm.versioning.v1.MsgRecordMirror': ver.MsgRecordMirror,
  '/aivm.verification.v1.MsgAttestVersion': vfy.MsgAttestVersion,
  '/aivm.access.v1.MsgGrantAccess': acc.MsgGrantAccess,
  '/aivm.access.v1.MsgRevokeAccess': acc.MsgRevokeAccess,
} as const;

export type AivmTypeUrl = keyof typeof aivmMsgTypes;

/** The plain-object form of a message (what `value` of an EncodeObject holds). */
export type AivmMsgValue<U extends AivmTypeUrl> = Parameters<(typeof aivmMsgTypes)[U]['encode']>[0];

export interface AivmEncodeObject<U extends AivmTypeUrl = AivmTypeUrl> extends EncodeObject {
  readonly typeUrl: U;
  readonly value: AivmMsgValue<U>;
}

/** [type URL, type] pairs for `new Registry([...defaultRegistryTypes, ...aivmRegistryTypes])`. */
export const aivmRegistryTypes: ReadonlyArray<[string, GeneratedType]> = Object.entries(aivmMsgTypes).map(([url, type]) => [url, type as unknown as GeneratedType]);

export type MsgCreateModelEncodeObject = AivmEncodeObject<'/aivm.registry.v1.MsgCreateModel'>;
export type MsgUpdateModelEncodeObject = AivmEncodeObject<'/aivm.registry.v1.MsgUpdateModel'>;
export type MsgTransferOwnershipEncodeObject = AivmEncodeObject<'/aivm.registry.v1.MsgTransferOwnership'>;
export type MsgAddMaintainerEncodeObject = AivmEncodeObject<'/aivm.registry.v1.MsgAddMaintainer'>;
export type MsgRemoveMaintainerEncodeObject = AivmEncodeObject<'/aivm.registry.v1.MsgRemoveMaintainer'>;
export type MsgSetVisibilityEncodeObject = AivmEncodeObject<'/aivm.registry.v1.MsgSetVisibility'>;
export type MsgPublishVersionEncodeObject = AivmEncodeObject<'/aivm.versioning.v1.MsgPublishVersion'>;
export type MsgYankVersionEncodeObject = AivmEncodeObject<'/aivm.versioning.v1.MsgYankVersion'>;
export type MsgUnyankVersionEncodeObject = AivmEncodeObject<'/aivm.versioning.v1.MsgUnyankVersion'>;
export type MsgDeprecateVersionEncodeObject = AivmEncodeObject<'/aivm.versioning.v1.MsgDeprecateVersion'>;
export type MsgSetAliasEncodeObject = AivmEncodeObject<'/aivm.versioning.v1.MsgSetAlias'>;
export type MsgRemoveAliasEncodeObject = AivmEncodeObject<'/aivm.versioning.v1.MsgRemoveAlias'>;
export type MsgForkModelEncodeObject = AivmEncodeObject<'/aivm.versioning.v1.MsgForkModel'>;
export type MsgRecordMirrorEncodeObject = AivmEncodeObject<'/aivm.versioning.v1.MsgRecordMirror'>;
export type MsgAttestVersionEncodeObject = AivmEncodeObject<'/aivm.verification.v1.MsgAttestVersion'>;
export type MsgGrantAccessEncodeObject = AivmEncodeObject<'/aivm.access.v1.MsgGrantAccess'>;
export type MsgRevokeAccessEncodeObject = AivmEncodeObject<'/aivm.access.v1.MsgRevokeAccess'>;

function builder<U extends AivmTypeUrl>(typeUrl: U) {
  return (value: AivmMsgValue<U>): AivmEncodeObject<U> => ({ typeUrl, value });
}

/** Typed EncodeObject builders, e.g. `aivmMsgs.createModel({ creator, name })`. */
export const aivmMsgs = {
  createModel: builder('/aivm.registry.v1.MsgCreateModel'),
  updateModel: builder('/aivm.registry.v1.MsgUpdateModel'),
  transferOwnership: builder('/aivm.registry.v1.MsgTransferOwnership'),
  addMaintainer: builder('/aivm.registry.v1.MsgAddMaintainer'),
  removeMaintainer: builder('/aivm.registry.v1.MsgRemoveMaintainer'),
  setVisibility: builder('/aivm.registry.v1.MsgSetVisibility'),
  publishVersion: builder('/aivm.versioning.v1.MsgPublishVersion'),
  yankVersion: builder('/aivm.versioning.v1.MsgYankVersion'),
  unyankVersion: builder('/aivm.versioning.v1.MsgUnyankVersion'),
  deprecateVersion: builder('/aivm.versioning.v1.MsgDeprecateVersion'),
  setAlias: builder('/aivm.versioning.v1.MsgSetAlias'),
  removeAlias: builder('/aivm.versioning.v1.MsgRemoveAlias'),
  forkModel: builder('/aivm.versioning.v1.MsgForkModel'),
  recordMirror: builder('/aivm.versioning.v1.MsgRecordMirror'),
  attestVersion: builder('/aivm.verification.v1.MsgAttestVersion'),
  grantAccess: builder('/aivm.access.v1.MsgGrantAccess'),
  revokeAccess: builder('/aivm.access.v1.MsgRevokeAccess'),
} as const;

export function isAivmEncodeObject<U extends AivmTypeUrl>(o: EncodeObject, typeUrl: U): o is AivmEncodeObject<U> {
  return o.typeUrl === typeUrl;
}
