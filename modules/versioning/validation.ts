// Stateless checks of versioning fields.
import { canonicalJson } from '../../chain/genesis.js';
import { ChainError } from '../../chain/errors.js';
import { aivm } from '../../proto/index.js';
import { checkText, SHA256_HEX, utf8Length } from '../registry/util.js';
import { validateModelName } from '../registry/validation.js';
import { cidProblem } from './cid.js';
import { VersioningErrors } from './errors.js';
import { parseSemver, semverKey, type SemVer } from './semver.js';

export const MAX_PUBLIC_MANIFEST_BYTES = 16 * 1024;
export const MAX_CHANGELOG_BYTES = 4096;
export const MAX_REASON_BYTES = 512;
export const MAX_PARENTS = 8;
export const MAX_MIRRORS = 32;
export const MAX_LINEAGE_DEPTH = 64;
export const DEFAULT_LINEAGE_DEPTH = 8;
export const MAX_LINEAGE_NODES = 1000;

/** Parses a version string (semver 2.0 without build metadata); throws versioning/1 or /2. */
export function parseVersion(s: string, field = 'version'): SemVer {
  const v = parseSemver(s);
  if ('error' in v) throw new ChainError(VersioningErrors.InvalidVersion, `${field} "${s.slice(0, 80)}" ${v.error}`);
  if (v.build.length > 0) {
    throw new ChainError(
      VersioningErrors.BuildMetadataNotAllowed,
      `${field} "${s}" has build metadata "+${v.build.join('.')}": semver gives it no precedence, so aivm refuses it; drop it (put build details in the changelog) or bump a version number`,
    );
  }
  return v;
}

/** The store key of a version string (validated). */
export function versionKey(s: string, field = 'version'): Uint8Array {
  return semverKey(parseVersion(s, field));
}

export function validateCid(cid: string, field = 'root_cid'): void {
  const p = cidProblem(cid);
  if (p) throw new ChainError(VersioningErrors.InvalidCid, `${field} "${cid.slice(0, 80)}" ${p}`);
}

export function validateSize(size: number): void {
  if (!Number.isSafeInteger(size) || size <= 0) throw new ChainError(VersioningErrors.InvalidSize, `size ${size} must be a positive integer (the kernel's size in bytes)`);
}

export function validateManifestDigest(d: string): void {
  if (!SHA256_HEX.test(d)) throw new ChainError(VersioningErrors.InvalidManifestDigest, `manifest_digest "${d.slice(0, 80)}" must be the sha256 of aivm.json as 64 lowercase hex characters`);
}

export function validatePublicManifest(s: string): void {
  const n = utf8Length(s);
  if (n === 0) throw new ChainError(VersioningErrors.InvalidPublicManifest, 'public_manifest is empty: give the public part of aivm.json (runtime, hardware, entrypoints, I/O schema) as canonical JSON');
  if (n > MAX_PUBLIC_MANIFEST_BYTES) throw new ChainError(VersioningErrors.InvalidPublicManifest, `public_manifest is ${n} bytes; the maximum is ${MAX_PUBLIC_MANIFEST_BYTES}: keep large schemas in the kernel and reference them`);
  let v: unknown;
  try {
    v = JSON.parse(s);
  } catch (e) {
    throw new ChainError(VersioningErrors.InvalidPublicManifest, `public_manifest is not JSON: ${(e as Error).message}`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new ChainError(VersioningErrors.InvalidPublicManifest, 'public_manifest must be a JSON object');
  if (canonicalJson(v) !== s) {
    throw new ChainError(
      VersioningErrors.InvalidPublicManifest,
      'public_manifest is not canonical JSON: send it with keys sorted at every level, no whitespace, no duplicate keys, and numbers that survive a round trip (canonicalJson in chain/genesis.ts)',
    );
  }
}

export function validateChangelog(s: string): void {
  checkText(s, MAX_CHANGELOG_BYTES, 'changelog', VersioningErrors.InvalidChangelog);
}

export function validateEncryption(encrypted: boolean, fingerprint: string): void {
  if (encrypted && !SHA256_HEX.test(fingerprint)) {
    throw new ChainError(VersioningErrors.InvalidKeyFingerprint, `an encrypted version needs key_fingerprint: the 32-byte key fingerprint as 64 lowercase hex characters (got "${fingerprint.slice(0, 80)}")`);
  }
  if (!encrypted && fingerprint !== '') {
    throw new ChainError(VersioningErrors.InvalidKeyFingerprint, 'key_fingerprint is set but encrypted is false: set encrypted, or leave key_fingerprint empty');
  }
}

export function validateReason(reason: string, what: string): void {
  if (reason.length === 0) throw new ChainError(VersioningErrors.InvalidReason, `${what} needs a reason (1–${MAX_REASON_BYTES} bytes) so that users know why`);
  checkText(reason, MAX_REASON_BYTES, 'reason', VersioningErrors.InvalidReason);
}

/** Checks a parent list: at most 8, well-formed, unique, not the version itself. */
export function validateParents(parents: readonly aivm.versioning.v1.VersionRef.$Properties[], self?: { model: string; version: string }): void {
  if (parents.length > MAX_PARENTS) throw new ChainError(VersioningErrors.InvalidParents, `${parents.length} parents; a version has at most ${MAX_PARENTS}`);
  const seen = new Set<string>();
  parents.forEach((p, i) => {
    const model = p.model ?? '';
    const version = p.version ?? '';
    try {
      validateModelName(model, `parents[${i}].model`);
      parseVersion(version, `parents[${i}].version`);
    } catch (e) {
      throw new ChainError(VersioningErrors.InvalidParents, (e as Error).message);
    }
    const id = `${model}@${version}`;
    if (seen.has(id)) throw new ChainError(VersioningErrors.InvalidParents, `parent ${id} is listed twice`);
    seen.add(id);
    if (self && model === self.model && version === self.version) throw new ChainError(VersioningErrors.InvalidParents, `a version cannot be its own parent (${id})`);
  });
}

/** Lowercase alias names: a letter, then a-z 0-9 '-' '_' (at most 32); never "latest". */
const ALIAS = /^[a-z][a-z0-9_-]{0,31}$/;

export function validateAlias(alias: string): void {
  if (alias === 'latest') throw new ChainError(VersioningErrors.InvalidAlias, '"latest" is computed by the chain (the highest VERIFIED, non-yanked version) and cannot be set: choose another alias name');
  if (/^[vV]?[0-9]/.test(alias)) throw new ChainError(VersioningErrors.InvalidAlias, `alias "${alias.slice(0, 40)}" looks like a version; aliases are names such as "stable" or "prod"`);
  if (!ALIAS.test(alias)) throw new ChainError(VersioningErrors.InvalidAlias, `alias "${alias.slice(0, 40)}" must be a lowercase letter followed by up to 31 of a-z, 0-9, '-', '_' (e.g. "stable")`);
}

export const ARWEAVE_TX_ID = /^[A-Za-z0-9_-]{43}$/;

export function validateArweaveTxId(id: string): void {
  if (!ARWEAVE_TX_ID.test(id)) throw new ChainError(VersioningErrors.InvalidArweaveTxId, `arweave_tx_id "${id.slice(0, 60)}" must be an Arweave transaction id: 43 base64url characters`);
}

export interface ContentFields {
  readonly rootCid: string;
  readonly size: number;
  readonly manifestDigest: string;
  readonly publicManifest: string;
  readonly encrypted: boolean;
  readonly keyFingerprint: string;
}

export function validateContent(c: ContentFields): void {
  validateCid(c.rootCid);
  validateSize(c.size);
  validateManifestDigest(c.manifestDigest);
  validatePublicManifest(c.publicManifest);
  validateEncryption(c.encrypted, c.keyFingerprint);
}
