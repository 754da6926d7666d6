// The kernel manifest, schema "aivm.kernel/v1": its types and a strict validator.
//
// A kernel is a directory with this manifest at its root as `aivm.json`. The validator checks the
// SHAPE of a manifest (types, formats, required and unknown fields); what the chain's params
// allow (runtimes, OS, formats, limits, …) and whether the manifest agrees with the files on disk
// are checked by runStandardChecks (checks.ts). Every problem the validator finds is tagged with
// the stable id of the check that reports it. Pure and deterministic: no clock, no I/O.
//
// docs/kernel-format.md documents every field; keep the two in step.

import type { CheckId } from './ids.js';
import { JsonSyntaxError, parseStrictJson, type JsonObject, type JsonValue } from './json.js';

export type { JsonObject, JsonValue } from './json.js';

/** The schema this module understands. */
export const KERNEL_SCHEMA_V1 = 'aivm.kernel/v1';
/** The manifest's path, relative to the kernel root. */
export const MANIFEST_PATH = 'aivm.json';
/** Largest manifest accepted, in bytes (part of schema v1, so every validator agrees). */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/** Most conformance vectors in one manifest. */
export const MAX_CONFORMANCE_VECTORS = 1024;
/** Longest description, in Unicode code points. */
export const MAX_DESCRIPTION_CHARS = 4096;

/** Roles a listed file can play. */
export const FILE_ROLES = ['weights', 'inference', 'aggregation', 'config', 'schema', 'conformance', 'tokenizer', 'other'] as const;
export type FileRole = (typeof FILE_ROLES)[number];

/** A framework the runtime loads (e.g. transformers 4.41.2). */
export interface FrameworkSpec {
  readonly name: string;
  readonly version: string;
}

/** The compiler that built native or compiled code of the kernel, with its exact flags. */
export interface CompilerSpec {
  readonly name: string;
  readonly version: string;
  /** Flags in the order they were passed; order matters to a compiler, so it matters here. */
  readonly flags: readonly string[];
}

/** The execution environment. name/os/arch must be in the chain's allowed lists. */
export interface RuntimeSpec {
  /** Runtime that executes the model, e.g. "onnxruntime", "pytorch", "llama.cpp". */
  readonly name: string;
  /** Exact runtime version, e.g. "1.18.0" or "2.3.1+cu121". */
  readonly version: string;
  /** Operating system, e.g. "linux". */
  readonly os: string;
  /** CPU architecture, e.g. "x86_64", "aarch64". */
  readonly arch: string;
  readonly framework?: FrameworkSpec;
  readonly compiler?: CompilerSpec;
}

export interface AcceleratorSpec {
  /** Accelerator model or family, e.g. "nvidia-a100", "tpu-v5e". */
  readonly kind: string;
  /** How many are needed (≥ 1). */
  readonly count: number;
  /** Memory needed on each accelerator, in bytes. */
  readonly min_memory_bytes: number;
}

export interface HardwareSpec {
  /** "cpu", "gpu" or "tpu" (the chain's allowed_hardware). cpu lists no accelerators; gpu/tpu list ≥ 1. */
  readonly class: string;
  /** Host memory needed, in bytes. */
  readonly min_memory_bytes: number;
  readonly accelerators?: readonly AcceleratorSpec[];
}

export interface DeterminismSpec {
  /** The fixed seed every random number generator of the kernel is seeded with. */
  readonly seed: number;
  /** Whether non-deterministic operations (e.g. atomics-based GPU kernels) may run. Must be false. */
  readonly nondeterministic_ops: boolean;
  /** Fixed intra-op thread count (reduction order depends on it). */
  readonly threads?: number;
  /** Environment variables the runtime must be started with (e.g. CUBLAS_WORKSPACE_CONFIG). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface EntrypointSpec {
  /** Path of the entrypoint file, relative to the kernel root; must be listed in files. */
  readonly path: string;
  /** Language of the entrypoint (the chain's allowed_entrypoint_languages). */
  readonly language: string;
  /** Function (or symbol) to call inside the file, e.g. "infer" or "mod.run". */
  readonly function?: string;
}

export interface EntrypointsSpec {
  /** Turns one input into one output. */
  readonly inference: EntrypointSpec;
  /** Combines the outputs of several nodes into one answer. */
  readonly aggregation: EntrypointSpec;
}

export interface IoSpec {
  /** JSON Schema of one input. */
  readonly input_schema: JsonObject;
  /** JSON Schema of one output. */
  readonly output_schema: JsonObject;
}

/** Either a file of the kernel (listed, role "conformance") or an inline JSON value. */
export type ConformanceInput = { readonly path: string } | { readonly inline: JsonValue };

export interface ConformanceVector {
  /** Unique name of the vector, e.g. "basic-1". */
  readonly name: string;
  readonly input: ConformanceInput;
  /** sha256 (lowercase hex) of the canonical JSON (sorted keys, no whitespace, UTF-8) of the expected output. */
  readonly expected_output_sha256: string;
}

export interface FileEntry {
  /** POSIX path relative to the kernel root. */
  readonly path: string;
  readonly role: FileRole;
  /** Size in bytes. */
  readonly size: number;
  /** sha256 of the file's bytes, lowercase hex. */
  readonly sha256: string;
  /** File format, lowercase (e.g. "safetensors"); required for weights whose extension says nothing. */
  readonly format?: string;
}

export interface KernelManifest {
  readonly schema: typeof KERNEL_SCHEMA_V1;
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly runtime: RuntimeSpec;
  readonly hardware: HardwareSpec;
  readonly determinism: DeterminismSpec;
  readonly entrypoints: EntrypointsSpec;
  readonly io: IoSpec;
  readonly conformance: readonly ConformanceVector[];
  /** Every file of the kernel except aivm.json itself. */
  readonly files: readonly FileEntry[];
}

/** One problem found in a manifest, tagged with the check that reports it. */
export interface ManifestIssue {
  readonly check: CheckId;
  readonly message: string;
}

/** The sections of a manifest that validated completely (each one independently). */
export interface ManifestSections {
  readonly entrypoints?: Partial<EntrypointsSpec>;
  readonly conformance?: readonly ConformanceVector[];
  readonly files?: readonly FileEntry[];
}

/** What reading a manifest's bytes gave. */
export interface ManifestReading {
  /** absent: no bytes; invalid: not a UTF-8 JSON object within limits; parsed: a JSON object. */
  readonly status: 'absent' | 'invalid' | 'parsed';
  /** The parsed object (status "parsed"). */
  readonly raw?: JsonObject;
  /** Every problem, in a deterministic order. Empty iff `manifest` is set. */
  readonly issues: readonly ManifestIssue[];
  readonly sections: ManifestSections;
  /** The typed manifest, when it is valid in every respect the schema covers. */
  readonly manifest?: KernelManifest;
}

export class ManifestError extends Error {
  constructor(readonly issues: readonly ManifestIssue[]) {
    super(
      `invalid kernel manifest: ${issues
        .slice(0, 10)
        .map((i) => `[${i.check}] ${i.message}`)
        .join('; ')}${issues.length > 10 ? `; … and ${issues.length - 10} more` : ''}`,
    );
    this.name = 'ManifestError';
  }
}

// ---- field rules -------------------------------------------------------------------------

/** Kernel names follow the registry's model-name rule (modules/registry/validation.ts MODEL_NAME), so a kernel's name can name its model. */
export const NAME_RE = /^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$/;
/** Semantic Versioning 2.0.0 (the official regular expression). */
export const SEMVER_RE =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const TOKEN_RE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;
const VERSION_TOKEN_RE = /^[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}$/;
const FUNCTION_RE = /^[A-Za-z_][A-Za-z0-9_]*(?:[.:][A-Za-z_][A-Za-z0-9_]*)*$/;
const VECTOR_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const ENV_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
export const SHA256_HEX_RE = /^[0-9a-f]{64}$/;
const FORMAT_RE = /^[a-z0-9][a-z0-9._+-]{0,31}$/;
// Control characters (C0 and C1); prose (the description) may also hold tab and newline.
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f]/;
const PROSE_CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const TOP_LEVEL_FIELDS = ['schema', 'name', 'version', 'description', 'runtime', 'hardware', 'determinism', 'entrypoints', 'io', 'conformance', 'files'];
const REQUIRED_TOP_LEVEL = TOP_LEVEL_FIELDS.filter((f) => f !== 'schema' && f !== 'description');

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function has(o: JsonObject, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

/** JSON-quotes a string for a message, cut to at most 200 characters (never inside a surrogate pair). */
export function quote(s: string): string {
  if (s.length <= 200) return JSON.stringify(s);
  let cut = 197;
  const c = s.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return JSON.stringify(`${s.slice(0, cut)}...`);
}

/** A short, deterministic description of a value for messages. */
export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'an array';
  return 'an object';
}

function editDistance(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/** " (did you mean "x"?)" for a likely typo of one of `known`, else "". */
function suggestion(key: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestD = 3;
  if (key.length > 64) return ''; // bounded work on hostile input
  const lower = key.toLowerCase();
  for (const k of known) {
    // A prefix either way ("sha" for "sha256") counts as close as one edit.
    const dist = lower.length >= 3 && (k.startsWith(lower) || lower.startsWith(k)) ? 1 : editDistance(lower, k);
    if (dist < bestD) {
      bestD = dist;
      best = k;
    }
  }
  return best === undefined ? '' : ` (did you mean ${JSON.stringify(best)}?)`;
}

/** Keys of `o` not in `allowed`, sorted. */
function unknownKeys(o: JsonObject, allowed: readonly string[]): string[] {
  return Object.keys(o)
    .filter((k) => !allowed.includes(k))
    .sort();
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
    n++;
  }
  return n;
}

type Add = (check: CheckId, message: string) => void;

/** Reports unknown keys of an object under `check`; `where` is the object's field path. */
function noUnknown(o: JsonObject, allowed: readonly string[], where: string, check: CheckId, add: Add): void {
  for (const k of unknownKeys(o, allowed)) add(check, `${where} has an unknown field ${quote(k)}${suggestion(k, allowed)}`);
}

function tokenField(o: JsonObject, key: string, where: string, check: CheckId, add: Add, re: RegExp = TOKEN_RE): string | undefined {
  const v = o[key];
  if (!has(o, key)) add(check, `${where}.${key} is missing`);
  else if (typeof v !== 'string' || !re.test(v)) add(check, `${where}.${key} must be 1–64 letters, digits or "._+-" starting with a letter or digit, got ${describe(v)}`);
  else return v;
  return undefined;
}

function intField(o: JsonObject, key: string, where: string, check: CheckId, add: Add, min: number, max: number): number | undefined {
  const v = o[key];
  if (!has(o, key)) add(check, `${where}.${key} is missing`);
  else if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) add(check, `${where}.${key} must be an integer from ${min} to ${max}, got ${describe(v)}`);
  else return v;
  return undefined;
}

function pathField(o: JsonObject, key: string, where: string, check: CheckId, add: Add): string | undefined {
  const v = o[key];
  if (!has(o, key)) add(check, `${where}.${key} is missing`);
  else if (typeof v !== 'string' || v.length === 0) add(check, `${where}.${key} must be a non-empty path string, got ${describe(v)}`);
  else return v;
  return undefined;
}

// ---- sections -----------------------------------------------------------------------------

function validateRuntime(v: JsonValue, add: Add): void {
  if (!isJsonObject(v)) {
    add('runtime.fields', `runtime must be an object, got ${describe(v)}`);
    return;
  }
  noUnknown(v, ['name', 'version', 'os', 'arch', 'framework', 'compiler'], 'runtime', 'runtime.fields', add);
  tokenField(v, 'name', 'runtime', 'runtime.name', add);
  tokenField(v, 'version', 'runtime', 'runtime.fields', add, VERSION_TOKEN_RE);
  tokenField(v, 'os', 'runtime', 'runtime.os', add);
  tokenField(v, 'arch', 'runtime', 'runtime.arch', add);
  if (has(v, 'framework')) {
    const f = v['framework']!;
    if (!isJsonObject(f)) add('runtime.fields', `runtime.framework must be an object {name, version}, got ${describe(f)}`);
    else {
      noUnknown(f, ['name', 'version'], 'runtime.framework', 'runtime.fields', add);
      tokenField(f, 'name', 'runtime.framework', 'runtime.fields', add);
      tokenField(f, 'version', 'runtime.framework', 'runtime.fields', add, VERSION_TOKEN_RE);
    }
  }
  if (has(v, 'compiler')) {
    const c = v['compiler']!;
    if (!isJsonObject(c)) add('runtime.fields', `runtime.compiler must be an object {name, version, flags}, got ${describe(c)}`);
    else {
      noUnknown(c, ['name', 'version', 'flags'], 'runtime.compiler', 'runtime.fields', add);
      tokenField(c, 'name', 'runtime.compiler', 'runtime.fields', add);
      tokenField(c, 'version', 'runtime.compiler', 'runtime.fields', add, VERSION_TOKEN_RE);
      const flags = c['flags'];
      if (!has(c, 'flags')) add('runtime.fields', 'runtime.compiler.flags is missing (use [] when there are none)');
      else if (!Array.isArray(flags) || flags.length > 256) add('runtime.fields', `runtime.compiler.flags must be an array of at most 256 strings, got ${describe(flags)}`);
      else
        flags.forEach((fl, k) => {
          if (typeof fl !== 'string' || fl.length === 0 || fl.length > 256 || CONTROL_RE.test(fl)) add('runtime.fields', `runtime.compiler.flags[${k}] must be a string of 1–256 characters without control characters, got ${describe(fl)}`);
        });
    }
  }
}

function validateHardware(v: JsonValue, add: Add): void {
  if (!isJsonObject(v)) {
    add('hardware.fields', `hardware must be an object, got ${describe(v)}`);
    return;
  }
  noUnknown(v, ['class', 'min_memory_bytes', 'accelerators'], 'hardware', 'hardware.fields', add);
  const cls = tokenField(v, 'class', 'hardware', 'hardware.class', add);
  intField(v, 'min_memory_bytes', 'hardware', 'hardware.fields', add, 0, Number.MAX_SAFE_INTEGER);
  const a = v['accelerators'];
  if (cls !== undefined && (a === undefined || Array.isArray(a))) {
    const n = a === undefined ? 0 : a.length;
    if (cls === 'cpu' && n > 0) add('hardware.class', `hardware.class is "cpu" but ${n} accelerator(s) are listed: use class "gpu"/"tpu", or remove hardware.accelerators`);
    if (cls !== 'cpu' && n === 0) add('hardware.class', `hardware.class is ${JSON.stringify(cls)} but hardware.accelerators lists none: list the accelerators the kernel needs`);
  }
  if (a !== undefined) {
    if (!Array.isArray(a) || a.length > 16) add('hardware.fields', `hardware.accelerators must be an array of at most 16 entries, got ${describe(a)}`);
    else
      a.forEach((acc, k) => {
        const where = `hardware.accelerators[${k}]`;
        if (!isJsonObject(acc)) {
          add('hardware.fields', `${where} must be an object {kind, count, min_memory_bytes}, got ${describe(acc)}`);
          return;
        }
        noUnknown(acc, ['kind', 'count', 'min_memory_bytes'], where, 'hardware.fields', add);
        tokenField(acc, 'kind', where, 'hardware.fields', add);
        intField(acc, 'count', where, 'hardware.fields', add, 1, 65536);
        intField(acc, 'min_memory_bytes', where, 'hardware.fields', add, 0, Number.MAX_SAFE_INTEGER);
      });
  }
}

function validateDeterminism(v: JsonValue, add: Add): void {
  if (!isJsonObject(v)) {
    add('determinism.fields', `determinism must be an object, got ${describe(v)}`);
    return;
  }
  noUnknown(v, ['seed', 'nondeterministic_ops', 'threads', 'env'], 'determinism', 'determinism.fields', add);
  const seed = v['seed'];
  if (!has(v, 'seed')) add('determinism.seed', 'determinism.seed is missing: set a fixed integer seed, e.g. 42');
  else if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0)
    add('determinism.seed', `determinism.seed must be a fixed integer from 0 to ${Number.MAX_SAFE_INTEGER}, got ${describe(seed)}`);
  const nd = v['nondeterministic_ops'];
  if (!has(v, 'nondeterministic_ops')) add('determinism.nondeterministic_ops', 'determinism.nondeterministic_ops is missing: set it to false');
  else if (nd !== false)
    add('determinism.nondeterministic_ops', `determinism.nondeterministic_ops must be false (the standard requires non-deterministic operations off), got ${describe(nd)}`);
  if (has(v, 'threads')) intField(v, 'threads', 'determinism', 'determinism.fields', add, 1, 4096);
  if (has(v, 'env')) {
    const env = v['env']!;
    if (!isJsonObject(env) || Object.keys(env).length > 64) add('determinism.fields', `determinism.env must be an object of at most 64 string variables, got ${describe(env)}`);
    else
      for (const k of Object.keys(env).sort()) {
        const val = env[k];
        if (!ENV_NAME_RE.test(k)) add('determinism.fields', `determinism.env has an invalid variable name ${describe(k)} (letters, digits, "_"; not starting with a digit)`);
        if (typeof val !== 'string' || val.length > 4096 || CONTROL_RE.test(val)) add('determinism.fields', `determinism.env.${k} must be a string of at most 4096 characters without control characters, got ${describe(val)}`);
      }
  }
}

function validateEntrypoint(v: JsonValue | undefined, which: 'inference' | 'aggregation', add: Add): EntrypointSpec | undefined {
  const check: CheckId = which === 'inference' ? 'entrypoints.inference' : 'entrypoints.aggregation';
  const where = `entrypoints.${which}`;
  if (v === undefined) {
    add(check, `${where} is missing`);
    return undefined;
  }
  if (!isJsonObject(v)) {
    add(check, `${where} must be an object {path, language, function?}, got ${describe(v)}`);
    return undefined;
  }
  const before = { n: 0 };
  const count: Add = (c, m) => {
    before.n++;
    add(c, m);
  };
  noUnknown(v, ['path', 'language', 'function'], where, check, count);
  const path = pathField(v, 'path', where, check, count);
  const language = tokenField(v, 'language', where, check, count);
  let fn: string | undefined;
  if (has(v, 'function')) {
    const f = v['function'];
    if (typeof f !== 'string' || f.length > 128 || !FUNCTION_RE.test(f)) count(check, `${where}.function must be an identifier such as "infer" or "pkg.module:run" (at most 128 characters), got ${describe(f)}`);
    else fn = f;
  }
  if (before.n > 0 || path === undefined || language === undefined) return undefined;
  return fn === undefined ? { path, language } : { path, language, function: fn };
}

function validateEntrypoints(v: JsonValue, add: Add): Partial<EntrypointsSpec> | undefined {
  if (!isJsonObject(v)) {
    add('entrypoints.fields', `entrypoints must be an object {inference, aggregation}, got ${describe(v)}`);
    return undefined;
  }
  noUnknown(v, ['inference', 'aggregation'], 'entrypoints', 'entrypoints.fields', add);
  const inference = validateEntrypoint(has(v, 'inference') ? v['inference'] : undefined, 'inference', add);
  const aggregation = validateEntrypoint(has(v, 'aggregation') ? v['aggregation'] : undefined, 'aggregation', add);
  return { ...(inference ? { inference } : {}), ...(aggregation ? { aggregation } : {}) };
}

function validateIo(v: JsonValue, add: Add): void {
  if (!isJsonObject(v)) {
    add('io.fields', `io must be an object {input_schema, output_schema}, got ${describe(v)}`);
    return;
  }
  noUnknown(v, ['input_schema', 'output_schema'], 'io', 'io.fields', add);
  for (const key of ['input_schema', 'output_schema'] as const) {
    const check: CheckId = key === 'input_schema' ? 'io.input_schema' : 'io.output_schema';
    const s = v[key];
    if (!has(v, key)) add(check, `io.${key} is missing: give the JSON Schema of one ${key === 'input_schema' ? 'input' : 'output'}`);
    else if (!isJsonObject(s)) add(check, `io.${key} must be a JSON Schema object, got ${describe(s)}`);
    else {
      const t = s['type'];
      if (t !== undefined && typeof t !== 'string' && !(Array.isArray(t) && t.every((x) => typeof x === 'string')))
        add(check, `io.${key}.type must be a string or an array of strings, got ${describe(t)}`);
    }
  }
}

function validateConformance(v: JsonValue, add: Add): ConformanceVector[] | undefined {
  if (!Array.isArray(v)) {
    add('conformance.fields', `conformance must be an array of vectors, got ${describe(v)}`);
    return undefined;
  }
  if (v.length > MAX_CONFORMANCE_VECTORS) {
    add('conformance.fields', `conformance has ${v.length} vectors, more than ${MAX_CONFORMANCE_VECTORS}`);
    return undefined;
  }
  let bad = 0;
  const a: Add = (c, m) => {
    bad++;
    add(c, m);
  };
  const out: ConformanceVector[] = [];
  const names = new Set<string>();
  v.forEach((cv, k) => {
    const where = `conformance[${k}]`;
    if (!isJsonObject(cv)) {
      a('conformance.fields', `${where} must be an object {name, input, expected_output_sha256}, got ${describe(cv)}`);
      return;
    }
    noUnknown(cv, ['name', 'input', 'expected_output_sha256'], where, 'conformance.fields', a);
    const name = cv['name'];
    if (!has(cv, 'name')) a('conformance.fields', `${where}.name is missing`);
    else if (typeof name !== 'string' || !VECTOR_NAME_RE.test(name)) a('conformance.fields', `${where}.name must be 1–128 letters, digits or "._-", got ${describe(name)}`);
    else if (names.has(name)) a('conformance.fields', `${where}.name ${JSON.stringify(name)} is used by another vector`);
    else names.add(name);
    const digest = cv['expected_output_sha256'];
    if (!has(cv, 'expected_output_sha256')) a('conformance.fields', `${where}.expected_output_sha256 is missing`);
    else if (typeof digest !== 'string' || !SHA256_HEX_RE.test(digest))
      a('conformance.fields', `${where}.expected_output_sha256 must be 64 lowercase hex digits, got ${describe(digest)}`);
    const input = cv['input'];
    let parsedInput: ConformanceInput | undefined;
    if (!has(cv, 'input')) a('conformance.fields', `${where}.input is missing: give {"path": "<file in the kernel>"} or {"inline": <JSON value>}`);
    else if (!isJsonObject(input)) a('conformance.fields', `${where}.input must be {"path": …} or {"inline": …}, got ${describe(input)}`);
    else {
      const keys = Object.keys(input).sort();
      if (keys.length !== 1 || (keys[0] !== 'path' && keys[0] !== 'inline'))
        a('conformance.fields', `${where}.input must have exactly one field, "path" or "inline", got ${keys.length === 0 ? 'none' : keys.map((x) => JSON.stringify(x)).join(', ')}`);
      else if (keys[0] === 'path') {
        const p = pathField(input, 'path', `${where}.input`, 'conformance.fields', a);
        if (p !== undefined) parsedInput = { path: p };
      } else parsedInput = { inline: input['inline']! };
    }
    if (typeof name === 'string' && parsedInput && typeof digest === 'string') out.push({ name, input: parsedInput, expected_output_sha256: digest });
  });
  return bad === 0 ? out : undefined;
}

function validateFiles(v: JsonValue, add: Add): FileEntry[] | undefined {
  if (!Array.isArray(v)) {
    add('files.fields', `files must be an array of {path, role, size, sha256, format?}, got ${describe(v)}`);
    return undefined;
  }
  let bad = 0;
  const a: Add = (c, m) => {
    bad++;
    add(c, m);
  };
  const out: FileEntry[] = [];
  v.forEach((f, k) => {
    const where = `files[${k}]`;
    if (!isJsonObject(f)) {
      a('files.fields', `${where} must be an object {path, role, size, sha256, format?}, got ${describe(f)}`);
      return;
    }
    noUnknown(f, ['path', 'role', 'size', 'sha256', 'format'], where, 'files.fields', a);
    const path = pathField(f, 'path', where, 'files.fields', a);
    if (path === MANIFEST_PATH) a('files.fields', `${where} lists ${MANIFEST_PATH} itself; the manifest lists every file except itself: remove this entry`);
    const role = f['role'];
    if (!has(f, 'role')) a('files.fields', `${where}.role is missing (one of ${FILE_ROLES.join(', ')})`);
    else if (typeof role !== 'string' || !(FILE_ROLES as readonly string[]).includes(role))
      a('files.fields', `${where}.role must be one of ${FILE_ROLES.join(', ')}, got ${describe(role)}`);
    const size = intField(f, 'size', where, 'files.fields', a, 0, Number.MAX_SAFE_INTEGER);
    const sha = f['sha256'];
    if (!has(f, 'sha256')) a('files.fields', `${where}.sha256 is missing`);
    else if (typeof sha !== 'string' || !SHA256_HEX_RE.test(sha)) a('files.fields', `${where}.sha256 must be 64 lowercase hex digits, got ${describe(sha)}`);
    let format: string | undefined;
    if (has(f, 'format')) {
      const fm = f['format'];
      if (typeof fm !== 'string' || !FORMAT_RE.test(fm)) a('files.fields', `${where}.format must be a lowercase format name such as "safetensors" (1–32 of a-z 0-9 . _ + -), got ${describe(fm)}`);
      else format = fm;
    }
    if (path !== undefined && typeof role === 'string' && size !== undefined && typeof sha === 'string') {
      const e: FileEntry = { path, role: role as FileRole, size, sha256: sha, ...(format !== undefined ? { format } : {}) };
      out.push(e);
    }
  });
  return bad === 0 ? out : undefined;
}

// ---- reading ------------------------------------------------------------------------------

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Validates an already-parsed JSON value as a v1 manifest (shape only; no params, no disk). */
export function validateManifestValue(raw: JsonValue): Omit<ManifestReading, 'status'> {
  const issues: ManifestIssue[] = [];
  const add: Add = (check, message) => issues.push({ check, message });
  if (!isJsonObject(raw)) {
    add('manifest.json', `the manifest must be a JSON object, got ${describe(raw)}`);
    return { issues, sections: {} };
  }
  // schema
  const schema = raw['schema'];
  if (!has(raw, 'schema')) add('manifest.schema', `schema is missing: set it to ${JSON.stringify(KERNEL_SCHEMA_V1)}`);
  else if (schema !== KERNEL_SCHEMA_V1)
    add('manifest.schema', `schema ${describe(schema)} is not a manifest schema this version of aivm understands (${JSON.stringify(KERNEL_SCHEMA_V1)})`);
  // top level
  for (const k of unknownKeys(raw, TOP_LEVEL_FIELDS)) add('manifest.fields', `unknown top-level field ${quote(k)}${suggestion(k, TOP_LEVEL_FIELDS)}`);
  for (const k of REQUIRED_TOP_LEVEL) if (!has(raw, k)) add('manifest.fields', `required field "${k}" is missing`);
  // name, version, description
  if (has(raw, 'name')) {
    const n = raw['name'];
    if (typeof n !== 'string' || !NAME_RE.test(n))
      add('manifest.name', `name must be 3–64 lowercase letters, digits, ".", "_" or "-", starting and ending with a letter or digit, got ${describe(n)}`);
  }
  if (has(raw, 'version')) {
    const v = raw['version'];
    if (typeof v !== 'string' || v.length > 128 || !SEMVER_RE.test(v)) add('manifest.version', `version must be a semantic version such as "1.2.0" or "1.2.0-rc.1", got ${describe(v)}`);
  }
  if (has(raw, 'description')) {
    const d = raw['description'];
    if (typeof d !== 'string' || codePoints(d) > MAX_DESCRIPTION_CHARS || PROSE_CONTROL_RE.test(d))
      add('manifest.description', `description must be a string of at most ${MAX_DESCRIPTION_CHARS} characters without control characters other than tab and newline, got ${describe(d)}`);
  }
  if (has(raw, 'runtime')) validateRuntime(raw['runtime']!, add);
  if (has(raw, 'hardware')) validateHardware(raw['hardware']!, add);
  if (has(raw, 'determinism')) validateDeterminism(raw['determinism']!, add);
  const entrypoints = has(raw, 'entrypoints') ? validateEntrypoints(raw['entrypoints']!, add) : undefined;
  if (has(raw, 'io')) validateIo(raw['io']!, add);
  const conformance = has(raw, 'conformance') ? validateConformance(raw['conformance']!, add) : undefined;
  const files = has(raw, 'files') ? validateFiles(raw['files']!, add) : undefined;

  const sections: ManifestSections = {
    ...(entrypoints ? { entrypoints } : {}),
    ...(conformance ? { conformance } : {}),
    ...(files ? { files } : {}),
  };
  if (issues.length > 0) return { raw, issues, sections };
  return { raw, issues, sections, manifest: raw as unknown as KernelManifest };
}

/** Reads manifest bytes: UTF-8, strict JSON, size limit, then the v1 shape. Never throws. */
export function readManifest(bytes: Uint8Array | undefined): ManifestReading {
  if (bytes === undefined) return { status: 'absent', issues: [], sections: {} };
  const invalid = (message: string): ManifestReading => ({ status: 'invalid', issues: [{ check: 'manifest.json', message }], sections: {} });
  if (bytes.length > MAX_MANIFEST_BYTES) return invalid(`${MANIFEST_PATH} is ${bytes.length} bytes, more than the ${MAX_MANIFEST_BYTES}-byte limit of schema v1`);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return invalid(`${MANIFEST_PATH} starts with a UTF-8 byte order mark; save it without one`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return invalid(`${MANIFEST_PATH} is not valid UTF-8`);
  }
  let value: JsonValue;
  try {
    value = parseStrictJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return invalid(`${MANIFEST_PATH} is not valid JSON: ${e.message}`);
    throw e;
  }
  if (!isJsonObject(value)) return invalid(`${MANIFEST_PATH} must hold a JSON object, got ${describe(value)}`);
  return { status: 'parsed', ...validateManifestValue(value) };
}

/**
 * The strict parser: bytes (or text) of aivm.json → a typed v1 manifest. Throws ManifestError
 * listing every problem (with its check id) when the manifest is not valid in every respect the
 * schema covers. Does not apply the chain's params (allowed runtimes, formats, limits): use
 * runStandardChecks for the full standard.
 */
export function parseManifest(input: Uint8Array | string): KernelManifest {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const r = readManifest(bytes);
  if (r.manifest) return r.manifest;
  throw new ManifestError(r.issues);
}
