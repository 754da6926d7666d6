// Error codes of the versioning module (codespace "versioning"). A number, once published, keeps
// its meaning forever and is never reused. An unknown model is registry/3 model_not_found.
//
// | code | name                        | when                                                          |
// | ---- | --------------------------- | ------------------------------------------------------------- |
// | 1    | invalid_version             | not semver 2.0 (MAJOR.MINOR.PATCH[-prerelease]), or too long  |
// | 2    | build_metadata_not_allowed  | the version has "+build" metadata                             |
// | 3    | version_exists              | the version was already published (numbers are never reused)  |
// | 4    | version_not_found           | no such version of the model                                  |
// | 5    | invalid_cid                 | root CID is not CIDv1 base32 dag-pb/raw sha2-256               |
// | 6    | invalid_size                | size is 0, not an integer, or above max_kernel_bytes           |
// | 7    | invalid_manifest_digest     | manifest digest is not 64 lowercase hex characters            |
// | 8    | invalid_public_manifest     | public manifest is not a canonical JSON object ≤ 16 KiB        |
// | 9    | invalid_parents             | more than 8 parents, duplicates, malformed, or the version itself |
// | 10   | parent_not_found            | a parent version does not exist                               |
// | 11   | fork_not_allowed            | parent/source in a private model the signer has no access to  |
// | 12   | parent_not_verified         | a parent in another model (or a fork source) is not VERIFIED  |
// | 13   | invalid_key_fingerprint     | fingerprint missing when encrypted, given when not, or not 64 hex |
// | 14   | encrypted_requires_private  | an encrypted version in a public model                        |
// | 15   | invalid_changelog           | changelog too long or with control characters                 |
// | 16   | not_publisher               | signer is neither the model's owner nor a maintainer          |
// | 17   | not_owner                   | signer is not the model's owner (aliases, unyank)             |
// | 18   | invalid_alias               | alias is not a lowercase name, is "latest", or looks like a version |
// | 19   | alias_target_not_verified   | an alias may only point at a VERIFIED version                 |
// | 20   | alias_not_found             | no such alias                                                 |
// | 21   | no_verified_version         | "latest" asked of a model with no VERIFIED, non-yanked version |
// | 22   | invalid_reference           | a Resolve reference is not name, name@version or name@alias   |
// | 23   | already_yanked              | yank of a yanked version                                      |
// | 24   | not_yanked                  | unyank of a version that is not yanked                        |
// | 25   | invalid_reason              | yank/deprecation reason missing, too long, or given when clearing |
// | 26   | not_mirror_recorder         | mirror recorded by neither a validator operator nor the publisher |
// | 27   | invalid_arweave_tx_id       | not 43 base64url characters                                   |
// | 28   | mirror_exists               | this Arweave transaction is already recorded for the version  |
// | 29   | too_many_mirrors            | a version has at most 32 mirrors                              |
// | 30   | invalid_status_transition   | a status change from a final status (internal misuse)         |
// | 31   | alias_target_yanked         | the alias points at (or would point at) a yanked version      |
// | 32   | invalid_lineage_request     | lineage depth above 64 or unknown direction                   |
// | 33   | invalid_fork_content        | fork copies the source's content but also gives content fields |
// | 34   | not_deprecated              | clearing the deprecation of a version that is not deprecated  |
// | 35   | invalid_genesis             | the versioning genesis state is inconsistent                  |
import type { ErrorCode } from '../../chain/errors.js';

function code(code: number, name: string): ErrorCode {
  return Object.freeze({ codespace: 'versioning', code, name });
}

export const VersioningErrors = {
  InvalidVersion: code(1, 'invalid_version'),
  BuildMetadataNotAllowed: code(2, 'build_metadata_not_allowed'),
  VersionExists: code(3, 'version_exists'),
  VersionNotFound: code(4, 'version_not_found'),
  InvalidCid: code(5, 'invalid_cid'),
  InvalidSize: code(6, 'invalid_size'),
  InvalidManifestDigest: code(7, 'invalid_manifest_digest'),
  InvalidPublicManifest: code(8, 'invalid_public_manifest'),
  InvalidParents: code(9, 'invalid_parents'),
  ParentNotFound: code(10, 'parent_not_found'),
  ForkNotAllowed: code(11, 'fork_not_allowed'),
  ParentNotVerified: code(12, 'parent_not_verified'),
  InvalidKeyFingerprint: code(13, 'invalid_key_fingerprint'),
  EncryptedRequiresPrivate: code(14, 'encrypted_requires_private'),
  InvalidChangelog: code(15, 'invalid_changelog'),
  NotPublisher: code(16, 'not_publisher'),
  NotOwner: code(17, 'not_owner'),
  InvalidAlias: code(18, 'invalid_alias'),
  AliasTargetNotVerified: code(19, 'alias_target_not_verified'),
  AliasNotFound: code(20, 'alias_not_found'),
  NoVerifiedVersion: code(21, 'no_verified_version'),
  InvalidReference: code(22, 'invalid_reference'),
  AlreadyYanked: code(23, 'already_yanked'),
  NotYanked: code(24, 'not_yanked'),
  InvalidReason: code(25, 'invalid_reason'),
  NotMirrorRecorder: code(26, 'not_mirror_recorder'),
  InvalidArweaveTxId: code(27, 'invalid_arweave_tx_id'),
  MirrorExists: code(28, 'mirror_exists'),
  TooManyMirrors: code(29, 'too_many_mirrors'),
  InvalidStatusTransition: code(30, 'invalid_status_transition'),
  AliasTargetYanked: code(31, 'alias_target_yanked'),
  InvalidLineageRequest: code(32, 'invalid_lineage_request'),
  InvalidForkContent: code(33, 'invalid_fork_content'),
  NotDeprecated: code(34, 'not_deprecated'),
  InvalidGenesis: code(35, 'invalid_genesis'),
} as const;
