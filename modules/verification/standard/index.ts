// The AIVM kernel standard: manifest schema aivm.kernel/v1 and the deterministic standard checks.
// Shared by the chain (validators' verifier) and the client (local checks before publishing).

export { CHECKS, CHECK_IDS, checkTitle, type CheckId } from './ids.js';
export { JsonSyntaxError, MAX_JSON_DEPTH, parseStrictJson } from './json.js';
export {
  FILE_ROLES,
  KERNEL_SCHEMA_V1,
  MANIFEST_PATH,
  MAX_CONFORMANCE_VECTORS,
  MAX_DESCRIPTION_CHARS,
  MAX_MANIFEST_BYTES,
  ManifestError,
  NAME_RE,
  SEMVER_RE,
  SHA256_HEX_RE,
  isJsonObject,
  parseManifest,
  readManifest,
  validateManifestValue,
  type AcceleratorSpec,
  type CompilerSpec,
  type ConformanceInput,
  type ConformanceVector,
  type DeterminismSpec,
  type EntrypointSpec,
  type EntrypointsSpec,
  type FileEntry,
  type FileRole,
  type FrameworkSpec,
  type HardwareSpec,
  type IoSpec,
  type JsonObject,
  type JsonValue,
  type KernelManifest,
  type ManifestIssue,
  type ManifestReading,
  type ManifestSections,
  type RuntimeSpec,
} from './manifest.js';
export { MAX_PATH_BYTES, MAX_SEGMENT_BYTES, collisionKey, comparePaths, extensionOf, pathProblem } from './paths.js';
export { HEAD_BYTES, PICKLE_FAMILY, formatOfExtension, isSafetensors, magicMismatch, pickleProtocol } from './formats.js';
export { MAX_PROBLEMS_SHOWN, assertKernelInput, compareEntries, runStandardChecks, type EntryType, type KernelEntry, type KernelInput } from './checks.js';
export { REPORT_SCHEMA_V1, canonicalReportBytes, reportDigest, type CheckResult, type Report } from './report.js';
export { publicManifest, publicManifestValue, type PublicConformanceVector, type PublicManifest } from './public-manifest.js';
