// The AIVM standard checks: one kernel listing + the chain's verification params → a report.
//
// This runs inside the chain's deterministic core (the validators' verifier) and in the client
// (before publishing), so it is pure: no clock, no network, no file system, no randomness. The
// kernel is given as an abstract listing (KernelInput); the input is sorted here, so the order in
// which a caller lists entries never changes the report. Every check runs every time, so a report
// lists every problem at once; a check that cannot run (its input is missing or invalid) FAILS
// with a detail that starts with "skipped:" and says which check to fix first.

import { toHex } from '../../../chain/bytes.js';
import { sha256 } from '../../../chain/hash.js';
import type { VerificationParams } from '../params.js';
import { HEAD_BYTES, PICKLE_FAMILY, formatOfExtension, isNpyObjectArray, isSafetensors, isZip, magicMismatch, pickleProtocol, sameFormat } from './formats.js';
import { CHECK_IDS, type CheckId } from './ids.js';
import { MANIFEST_PATH, isJsonObject, quote, readManifest, type FileEntry, type JsonObject, type ManifestReading } from './manifest.js';
import { collisionKey, comparePaths, extensionOf, parentDirs, pathProblem } from './paths.js';
import { REPORT_SCHEMA_V1, type CheckResult, type Report } from './report.js';

export type EntryType = 'file' | 'directory' | 'symlink' | 'device' | 'other';

/** One thing found under the kernel root (the root itself is not an entry). */
export interface KernelEntry {
  /** POSIX path relative to the kernel root, as found (not normalised). */
  readonly path: string;
  readonly type: EntryType;
  /** Size in bytes (of the file; for other types whatever lstat says, unused). */
  readonly size: number;
  /** sha256 of a file's bytes, hex. Required for files for files.sha256 to pass. */
  readonly sha256?: string;
  /** The first min(size, 64) bytes of a file, for format sniffing. Required for files. */
  readonly head?: Uint8Array;
}

/** A kernel as the checks see it: the manifest's bytes and every entry under the root. */
export interface KernelInput {
  /** aivm.json's bytes; undefined when there is no regular file aivm.json at the root. */
  readonly manifestBytes: Uint8Array | undefined;
  /** Every file, directory, symlink, … under the root, including aivm.json itself. Any order. */
  readonly entries: readonly KernelEntry[];
}

const ENTRY_TYPES: readonly string[] = ['file', 'directory', 'symlink', 'device', 'other'];

/** At most this many problems are spelled out in one check's detail. */
export const MAX_PROBLEMS_SHOWN = 10;

/** Throws TypeError when `input` is not a KernelInput (a programming error, not a kernel problem). */
export function assertKernelInput(input: KernelInput): void {
  if (typeof input !== 'object' || input === null) throw new TypeError('KernelInput must be an object');
  if (input.manifestBytes !== undefined && !(input.manifestBytes instanceof Uint8Array)) throw new TypeError('KernelInput.manifestBytes must be a Uint8Array or undefined');
  if (!Array.isArray(input.entries)) throw new TypeError('KernelInput.entries must be an array');
  input.entries.forEach((e, k) => {
    if (typeof e !== 'object' || e === null) throw new TypeError(`KernelInput.entries[${k}] must be an object`);
    if (typeof e.path !== 'string') throw new TypeError(`KernelInput.entries[${k}].path must be a string`);
    if (!ENTRY_TYPES.includes(e.type)) throw new TypeError(`KernelInput.entries[${k}].type must be one of ${ENTRY_TYPES.join(', ')}`);
    if (!Number.isSafeInteger(e.size) || e.size < 0) throw new TypeError(`KernelInput.entries[${k}].size must be a non-negative integer`);
    if (e.sha256 !== undefined && typeof e.sha256 !== 'string') throw new TypeError(`KernelInput.entries[${k}].sha256 must be a string or undefined`);
    if (e.head !== undefined && !(e.head instanceof Uint8Array)) throw new TypeError(`KernelInput.entries[${k}].head must be a Uint8Array or undefined`);
  });
}

function compareBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return a.length - b.length;
}

/** A total order on entries, so that sorting gives one result whatever the input order. */
export function compareEntries(a: KernelEntry, b: KernelEntry): number {
  return (
    comparePaths(a.path, b.path) ||
    comparePaths(a.type, b.type) ||
    a.size - b.size ||
    comparePaths(a.sha256 ?? '', b.sha256 ?? '') ||
    compareBytes(a.head?.subarray(0, HEAD_BYTES), b.head?.subarray(0, HEAD_BYTES))
  );
}

// ---- context ------------------------------------------------------------------------------

interface Ctx {
  readonly params: VerificationParams;
  readonly input: KernelInput;
  /** Entries sorted by compareEntries. */
  readonly entries: readonly KernelEntry[];
  /** First entry (in sorted order) for each path. */
  readonly byPath: ReadonlyMap<string, KernelEntry>;
  /** Regular files, sorted. */
  readonly files: readonly KernelEntry[];
  readonly reading: ManifestReading;
  /** manifest.present passed and the bytes are a JSON object. */
  readonly usable: boolean;
  readonly raw: JsonObject | undefined;
  /** The manifest's files list when files.fields found nothing wrong. */
  readonly listed: readonly FileEntry[] | undefined;
  readonly listedByPath: ReadonlyMap<string, FileEntry>;
  readonly issues: ReadonlyMap<CheckId, readonly string[]>;
  readonly presentProblems: readonly string[];
}

interface Outcome {
  readonly problems: string[];
  /** Why (part of) the check could not run; the check then fails. */
  readonly skipped?: string;
  /** Detail when the check passes. */
  readonly ok: string;
}

type Gate = 'none' | 'present' | 'parsed';

interface CheckDef {
  readonly id: CheckId;
  readonly gate: Gate;
  run(ctx: Ctx): Outcome;
}

const q = quote;

function list(xs: readonly string[]): string {
  return xs.join(', ');
}

/** The value of a top-level field when it is an object; else a skip reason. */
function section(ctx: Ctx, key: string): { obj: JsonObject } | { skip: string } {
  const raw = ctx.raw!;
  if (!Object.prototype.hasOwnProperty.call(raw, key)) return { skip: `${key} missing (see manifest.fields)` };
  const v = raw[key];
  if (!isJsonObject(v)) return { skip: `${key} invalid (see ${key}.fields)` };
  return { obj: v };
}

function filesSkip(ctx: Ctx): string {
  const raw = ctx.raw!;
  return Object.prototype.hasOwnProperty.call(raw, 'files') ? 'files list invalid (see files.fields)' : 'files missing (see manifest.fields)';
}

/** Checks that a string field is in an allowed list (when it is a valid string at all). */
function allowedField(ctx: Ctx, key: string, field: string, allowed: readonly string[], what: string): Outcome {
  const s = section(ctx, key);
  if ('skip' in s) return { problems: [], skipped: s.skip, ok: '' };
  const v = s.obj[field];
  const problems: string[] = [];
  if (typeof v === 'string' && !(ctx.issues.get(`${key}.${field}` as CheckId) ?? []).length && !allowed.includes(v))
    problems.push(`${key}.${field} ${q(v)} is not an allowed ${what} (allowed: ${list(allowed)})`);
  return { problems, ok: `${key}.${field} ${q(String(v))} is allowed` };
}

function entrypointOutcome(ctx: Ctx, which: 'inference' | 'aggregation'): Outcome {
  const s = section(ctx, 'entrypoints');
  if ('skip' in s) return { problems: [], skipped: s.skip, ok: '' };
  const problems: string[] = [];
  const raw = s.obj[which];
  const where = `entrypoints.${which}`;
  if (isJsonObject(raw)) {
    const lang = raw['language'];
    if (typeof lang === 'string' && !ctx.params.allowed_entrypoint_languages.includes(lang))
      problems.push(`${where}.language ${q(lang)} is not an allowed language (allowed: ${list(ctx.params.allowed_entrypoint_languages)})`);
  }
  const ep = ctx.reading.sections.entrypoints?.[which];
  if (!ep) return { problems, ok: '' };
  if (!ctx.listed) return { problems, skipped: filesSkip(ctx), ok: '' };
  const f = ctx.listedByPath.get(ep.path);
  if (!f) problems.push(`${where}.path ${q(ep.path)} is not listed in files: add the file and list it (aivmd kernel manifest)`);
  else if (f.role !== which) problems.push(`${q(ep.path)} is listed with role ${q(f.role)}; the ${which} entrypoint must have role ${q(which)}`);
  const e = ctx.byPath.get(ep.path);
  if (f && (!e || e.type !== 'file')) problems.push(`${where}.path ${q(ep.path)} is not a file in the kernel`);
  return { problems, ok: `${which} entrypoint ${q(ep.path)} (${ep.language}${ep.function ? `, ${ep.function}` : ''})` };
}

function ioSchemaOutcome(ctx: Ctx, key: 'input_schema' | 'output_schema'): Outcome {
  const s = section(ctx, 'io');
  if ('skip' in s) return { problems: [], skipped: s.skip, ok: '' };
  const v = s.obj[key];
  const n = isJsonObject(v) ? Object.keys(v).length : 0;
  return { problems: [], ok: `io.${key} is a JSON Schema object with ${n} keyword(s)` };
}

/** Every path the manifest names, with where it is named (raw strings, so even a partly invalid manifest is covered). */
function manifestPaths(ctx: Ctx): Array<{ path: string; where: string }> {
  const out: Array<{ path: string; where: string }> = [];
  const raw = ctx.raw;
  if (!raw) return out;
  const files = raw['files'];
  if (Array.isArray(files))
    files.forEach((f, k) => {
      if (isJsonObject(f) && typeof f['path'] === 'string') out.push({ path: f['path'], where: `files[${k}].path` });
    });
  const eps = raw['entrypoints'];
  if (isJsonObject(eps))
    for (const which of ['inference', 'aggregation']) {
      const ep = eps[which];
      if (isJsonObject(ep) && typeof ep['path'] === 'string') out.push({ path: ep['path'], where: `entrypoints.${which}.path` });
    }
  const conf = raw['conformance'];
  if (Array.isArray(conf))
    conf.forEach((cv, k) => {
      const input = isJsonObject(cv) ? cv['input'] : undefined;
      if (isJsonObject(input) && typeof input['path'] === 'string') out.push({ path: input['path'], where: `conformance[${k}].input.path` });
    });
  return out;
}

/** Raw listed file paths (strings only), in manifest order. */
function rawListedPaths(ctx: Ctx): string[] {
  const files = ctx.raw?.['files'];
  if (!Array.isArray(files)) return [];
  const out: string[] = [];
  for (const f of files) if (isJsonObject(f) && typeof f['path'] === 'string') out.push(f['path']);
  return out;
}

/** Duplicate, colliding and file-vs-directory paths among `paths`; `label` prefixes messages. */
function uniquenessProblems(paths: readonly string[], filePaths: readonly string[], label: string): string[] {
  const problems: string[] = [];
  const sorted = [...paths].sort(comparePaths);
  // exact duplicates
  const counts = new Map<string, number>();
  for (const p of sorted) counts.set(p, (counts.get(p) ?? 0) + 1);
  for (const [p, n] of counts) if (n > 1) problems.push(`${label} has ${q(p)} ${n} times`);
  // collisions among distinct paths (Map iteration follows the sorted insertion order)
  const groups = new Map<string, string[]>();
  for (const p of counts.keys()) {
    const k = collisionKey(p);
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const nfc = new Set(g.map((p) => p.normalize('NFC')));
    const how = nfc.size < g.length ? 'after Unicode NFC normalization' : 'case-insensitively';
    problems.push(`${label} has ${g.map(q).join(' and ')}, which collide ${how}: rename all but one`);
  }
  // a path that is a file and also the directory of another path
  const fileSet = new Set(filePaths);
  const reported = new Set<string>();
  for (const p of sorted) {
    for (const d of parentDirs(p)) {
      if (fileSet.has(d) && !reported.has(`${d}\u0000${p}`)) {
        reported.add(`${d}\u0000${p}`);
        problems.push(`${label} has ${q(d)} as a file, but ${q(p)} needs it to be a directory`);
      }
    }
  }
  return problems;
}

interface Sniffable {
  readonly path: string;
  readonly entry: KernelEntry | undefined;
  readonly listed: FileEntry | undefined;
}

/** Every file path the kernel has or the manifest lists (the manifest itself excluded), sorted. */
function sniffables(ctx: Ctx): Sniffable[] {
  const paths = new Set<string>();
  for (const e of ctx.files) if (e.path !== MANIFEST_PATH) paths.add(e.path);
  if (ctx.listed) for (const f of ctx.listed) if (f.path !== MANIFEST_PATH) paths.add(f.path);
  return [...paths].sort(comparePaths).map((path) => {
    const e = ctx.byPath.get(path);
    return { path, entry: e && e.type === 'file' ? e : undefined, listed: ctx.listedByPath.get(path) };
  });
}

/** The head to sniff, or a problem when it is missing or short. */
function headOf(e: KernelEntry): { head: Uint8Array } | { problem: string } {
  if (e.head === undefined) return { problem: `${q(e.path)}: contents not examined (no head bytes were given)` };
  const need = Math.min(e.size, HEAD_BYTES);
  if (e.head.length < need) return { problem: `${q(e.path)}: contents not examined (${e.head.length} head bytes given, ${need} needed)` };
  return { head: e.head.subarray(0, HEAD_BYTES) };
}

// ---- the checks, in report order ----------------------------------------------------------

const DEFS: readonly CheckDef[] = [
  {
    id: 'manifest.present',
    gate: 'none',
    run: (ctx) => ({ problems: [...ctx.presentProblems], ok: `${MANIFEST_PATH} is present (${ctx.input.manifestBytes?.length ?? 0} bytes)` }),
  },
  {
    id: 'manifest.json',
    gate: 'present',
    run: () => ({ problems: [], ok: `${MANIFEST_PATH} is a JSON object` }),
  },
  {
    id: 'manifest.schema',
    gate: 'parsed',
    run: (ctx) => {
      const schema = ctx.raw!['schema'];
      const problems: string[] = [];
      if (typeof schema === 'string' && !(ctx.issues.get('manifest.schema') ?? []).length && !ctx.params.schema_versions.includes(schema))
        problems.push(`schema ${q(schema)} is not accepted by the chain (accepted: ${list(ctx.params.schema_versions)})`);
      return { problems, ok: `schema ${q(String(schema))}` };
    },
  },
  { id: 'manifest.fields', gate: 'parsed', run: () => ({ problems: [], ok: 'every required field is present and no field is unknown' }) },
  {
    id: 'manifest.name',
    gate: 'parsed',
    run: (ctx) => (Object.prototype.hasOwnProperty.call(ctx.raw!, 'name') ? { problems: [], ok: `name ${q(String(ctx.raw!['name']))}` } : { problems: [], skipped: 'name missing (see manifest.fields)', ok: '' }),
  },
  {
    id: 'manifest.version',
    gate: 'parsed',
    run: (ctx) =>
      Object.prototype.hasOwnProperty.call(ctx.raw!, 'version') ? { problems: [], ok: `version ${q(String(ctx.raw!['version']))}` } : { problems: [], skipped: 'version missing (see manifest.fields)', ok: '' },
  },
  {
    id: 'manifest.description',
    gate: 'parsed',
    run: (ctx) => {
      const d = ctx.raw!['description'];
      return { problems: [], ok: typeof d === 'string' ? `description of ${d.length} characters` : 'no description' };
    },
  },
  {
    id: 'runtime.fields',
    gate: 'parsed',
    run: (ctx) => {
      const raw = ctx.raw!;
      if (!Object.prototype.hasOwnProperty.call(raw, 'runtime')) return { problems: [], skipped: 'runtime missing (see manifest.fields)', ok: '' };
      return { problems: [], ok: 'runtime is well formed' };
    },
  },
  { id: 'runtime.name', gate: 'parsed', run: (ctx) => allowedField(ctx, 'runtime', 'name', ctx.params.allowed_runtimes, 'runtime') },
  { id: 'runtime.os', gate: 'parsed', run: (ctx) => allowedField(ctx, 'runtime', 'os', ctx.params.allowed_os, 'operating system') },
  { id: 'runtime.arch', gate: 'parsed', run: (ctx) => allowedField(ctx, 'runtime', 'arch', ctx.params.allowed_architectures, 'architecture') },
  {
    id: 'hardware.fields',
    gate: 'parsed',
    run: (ctx) => (Object.prototype.hasOwnProperty.call(ctx.raw!, 'hardware') ? { problems: [], ok: 'hardware is well formed' } : { problems: [], skipped: 'hardware missing (see manifest.fields)', ok: '' }),
  },
  { id: 'hardware.class', gate: 'parsed', run: (ctx) => allowedField(ctx, 'hardware', 'class', ctx.params.allowed_hardware, 'hardware class') },
  {
    id: 'determinism.fields',
    gate: 'parsed',
    run: (ctx) =>
      Object.prototype.hasOwnProperty.call(ctx.raw!, 'determinism') ? { problems: [], ok: 'determinism is well formed' } : { problems: [], skipped: 'determinism missing (see manifest.fields)', ok: '' },
  },
  {
    id: 'determinism.seed',
    gate: 'parsed',
    run: (ctx) => {
      const s = section(ctx, 'determinism');
      if ('skip' in s) return { problems: [], skipped: s.skip, ok: '' };
      return { problems: [], ok: `fixed seed ${String(s.obj['seed'])}` };
    },
  },
  {
    id: 'determinism.nondeterministic_ops',
    gate: 'parsed',
    run: (ctx) => {
      const s = section(ctx, 'determinism');
      if ('skip' in s) return { problems: [], skipped: s.skip, ok: '' };
      return { problems: [], ok: 'non-deterministic operations are off' };
    },
  },
  {
    id: 'entrypoints.fields',
    gate: 'parsed',
    run: (ctx) =>
      Object.prototype.hasOwnProperty.call(ctx.raw!, 'entrypoints') ? { problems: [], ok: 'entrypoints has inference and aggregation' } : { problems: [], skipped: 'entrypoints missing (see manifest.fields)', ok: '' },
  },
  { id: 'entrypoints.inference', gate: 'parsed', run: (ctx) => entrypointOutcome(ctx, 'inference') },
  { id: 'entrypoints.aggregation', gate: 'parsed', run: (ctx) => entrypointOutcome(ctx, 'aggregation') },
  {
    id: 'io.fields',
    gate: 'parsed',
    run: (ctx) => (Object.prototype.hasOwnProperty.call(ctx.raw!, 'io') ? { problems: [], ok: 'io has input_schema and output_schema' } : { problems: [], skipped: 'io missing (see manifest.fields)', ok: '' }),
  },
  { id: 'io.input_schema', gate: 'parsed', run: (ctx) => ioSchemaOutcome(ctx, 'input_schema') },
  { id: 'io.output_schema', gate: 'parsed', run: (ctx) => ioSchemaOutcome(ctx, 'output_schema') },
  {
    id: 'conformance.fields',
    gate: 'parsed',
    run: (ctx) =>
      Object.prototype.hasOwnProperty.call(ctx.raw!, 'conformance') ? { problems: [], ok: 'conformance vectors are well formed' } : { problems: [], skipped: 'conformance missing (see manifest.fields)', ok: '' },
  },
  {
    id: 'conformance.present',
    gate: 'parsed',
    run: (ctx) => {
      const raw = ctx.raw!;
      if (!Object.prototype.hasOwnProperty.call(raw, 'conformance')) return { problems: [], skipped: 'conformance missing (see manifest.fields)', ok: '' };
      const c = raw['conformance'];
      if (!Array.isArray(c)) return { problems: [], skipped: 'conformance invalid (see conformance.fields)', ok: '' };
      if (c.length === 0) return { problems: ['conformance lists no vectors: add at least one {name, input, expected_output_sha256}'], ok: '' };
      return { problems: [], ok: `${c.length} conformance vector(s)` };
    },
  },
  {
    id: 'conformance.inputs',
    gate: 'parsed',
    run: (ctx) => {
      const raw = ctx.raw!;
      if (!Object.prototype.hasOwnProperty.call(raw, 'conformance')) return { problems: [], skipped: 'conformance missing (see manifest.fields)', ok: '' };
      const vectors = ctx.reading.sections.conformance;
      if (!vectors) return { problems: [], skipped: 'conformance invalid (see conformance.fields)', ok: '' };
      const withPath = vectors.filter((v) => 'path' in v.input);
      if (withPath.length > 0 && !ctx.listed) return { problems: [], skipped: filesSkip(ctx), ok: '' };
      const problems: string[] = [];
      for (const v of withPath) {
        const p = (v.input as { path: string }).path;
        const f = ctx.listedByPath.get(p);
        const e = ctx.byPath.get(p);
        if (!f) problems.push(`vector ${q(v.name)}: input ${q(p)} is not listed in files: add the file and list it with role "conformance"`);
        else if (f.role !== 'conformance') problems.push(`vector ${q(v.name)}: input ${q(p)} is listed with role ${q(f.role)}; conformance inputs have role "conformance"`);
        if (!e || e.type !== 'file') problems.push(`vector ${q(v.name)}: input ${q(p)} is not a file in the kernel`);
      }
      return { problems, ok: `${withPath.length} file input(s) listed and present, ${vectors.length - withPath.length} inline input(s)` };
    },
  },
  {
    id: 'files.fields',
    gate: 'parsed',
    run: (ctx) => {
      const f = ctx.raw!['files'];
      if (!Object.prototype.hasOwnProperty.call(ctx.raw!, 'files')) return { problems: [], skipped: 'files missing (see manifest.fields)', ok: '' };
      return { problems: [], ok: `${Array.isArray(f) ? f.length : 0} file(s) listed` };
    },
  },
  {
    id: 'paths.safe',
    gate: 'none',
    run: (ctx) => {
      const problems: string[] = [];
      let n = 0;
      for (const e of ctx.entries) {
        n++;
        const why = pathProblem(e.path);
        if (why) problems.push(`${q(e.path)} (in the kernel) ${why}`);
      }
      for (const { path, where } of manifestPaths(ctx)) {
        n++;
        const why = pathProblem(path);
        if (why) problems.push(`${q(path)} (${where}) ${why}`);
      }
      return { problems, ok: `${n} path(s) are safe relative POSIX paths` };
    },
  },
  {
    id: 'paths.unique',
    gate: 'none',
    run: (ctx) => {
      const problems = uniquenessProblems(
        ctx.entries.map((e) => e.path),
        ctx.entries.filter((e) => e.type !== 'directory').map((e) => e.path),
        'the kernel',
      );
      const listed = rawListedPaths(ctx);
      problems.push(...uniquenessProblems(listed, listed, 'files'));
      return { problems, ok: 'no duplicate or colliding paths' };
    },
  },
  {
    id: 'paths.no_symlinks',
    gate: 'none',
    run: (ctx) => ({
      problems: ctx.entries.filter((e) => e.type === 'symlink').map((e) => `${q(e.path)} is a symbolic link: replace it with a copy of the file it points to`),
      ok: 'no symbolic links',
    }),
  },
  {
    id: 'paths.no_special',
    gate: 'none',
    run: (ctx) => ({
      problems: ctx.entries
        .filter((e) => e.type === 'device' || e.type === 'other')
        .map((e) => `${q(e.path)} is ${e.type === 'device' ? 'a device file' : 'a special file (FIFO, socket or other)'}: remove it`),
      ok: 'only regular files and directories',
    }),
  },
  {
    id: 'files.present',
    gate: 'parsed',
    run: (ctx) => {
      if (!ctx.listed) return { problems: [], skipped: filesSkip(ctx), ok: '' };
      const problems: string[] = [];
      for (const f of [...ctx.listed].sort((a, b) => comparePaths(a.path, b.path))) {
        const e = ctx.byPath.get(f.path);
        if (!e) problems.push(`${q(f.path)} is listed but missing from the kernel: restore it, or run aivmd kernel manifest to drop it from the list`);
        else if (e.type !== 'file') problems.push(`${q(f.path)} is listed as a file but is a ${e.type}`);
      }
      return { problems, ok: `all ${ctx.listed.length} listed file(s) are present` };
    },
  },
  {
    id: 'files.size',
    gate: 'parsed',
    run: (ctx) => {
      if (!ctx.listed) return { problems: [], skipped: filesSkip(ctx), ok: '' };
      const problems: string[] = [];
      let n = 0;
      for (const f of [...ctx.listed].sort((a, b) => comparePaths(a.path, b.path))) {
        const e = ctx.byPath.get(f.path);
        if (!e || e.type !== 'file') continue;
        n++;
        if (e.size !== f.size) problems.push(`${q(f.path)} is ${e.size} bytes but files lists ${f.size}: the file changed since the manifest was written (run aivmd kernel manifest) or is truncated`);
      }
      return { problems, ok: `${n} present listed file(s) have their listed size` };
    },
  },
  {
    id: 'files.sha256',
    gate: 'parsed',
    run: (ctx) => {
      if (!ctx.listed) return { problems: [], skipped: filesSkip(ctx), ok: '' };
      const problems: string[] = [];
      let n = 0;
      for (const f of [...ctx.listed].sort((a, b) => comparePaths(a.path, b.path))) {
        const e = ctx.byPath.get(f.path);
        if (!e || e.type !== 'file') continue;
        n++;
        if (e.sha256 === undefined) problems.push(`${q(f.path)} was not hashed`);
        else if (e.sha256.toLowerCase() !== f.sha256)
          problems.push(`${q(f.path)} has sha256 ${e.sha256.toLowerCase()} but files lists ${f.sha256}: the file changed since the manifest was written (run aivmd kernel manifest) or is corrupted`);
      }
      return { problems, ok: `${n} present listed file(s) match their listed sha256` };
    },
  },
  {
    id: 'files.unlisted',
    gate: 'parsed',
    run: (ctx) => {
      if (!ctx.listed) return { problems: [], skipped: filesSkip(ctx), ok: '' };
      const problems = ctx.files
        .filter((e) => e.path !== MANIFEST_PATH && !ctx.listedByPath.has(e.path))
        .map((e) => `${q(e.path)} is in the kernel but not listed in files: list it (aivmd kernel manifest) or delete it`);
      return { problems, ok: 'every file is listed' };
    },
  },
  {
    id: 'limits.file_count',
    gate: 'none',
    run: (ctx) => {
      const max = ctx.params.max_files;
      const actual = ctx.files.length;
      const rawFiles = ctx.raw?.['files'];
      const listed = Array.isArray(rawFiles) ? rawFiles.length + 1 : 0;
      const problems: string[] = [];
      if (actual > max) problems.push(`the kernel has ${actual} files (aivm.json included), more than max_files ${max}: merge or remove files`);
      if (listed > max) problems.push(`files lists ${listed - 1} files (${listed} with aivm.json), more than max_files ${max}`);
      return { problems, ok: `${actual} file(s) (max_files ${max})` };
    },
  },
  {
    id: 'limits.file_size',
    gate: 'none',
    run: (ctx) => {
      const max = BigInt(ctx.params.max_file_bytes);
      const problems: string[] = [];
      let largest = 0;
      for (const e of ctx.files) {
        if (e.size > largest) largest = e.size;
        if (BigInt(e.size) > max) problems.push(`${q(e.path)} is ${e.size} bytes, more than max_file_bytes ${max}: split it (e.g. sharded weights)`);
      }
      for (const f of ctx.listed ?? []) {
        const e = ctx.byPath.get(f.path);
        if (BigInt(f.size) > max && !(e && e.type === 'file' && e.size === f.size)) problems.push(`files lists ${q(f.path)} as ${f.size} bytes, more than max_file_bytes ${max}`);
      }
      return { problems, ok: `largest file ${largest} bytes (max_file_bytes ${max})` };
    },
  },
  {
    id: 'limits.total_size',
    gate: 'none',
    run: (ctx) => {
      const max = BigInt(ctx.params.max_kernel_bytes);
      let total = 0n;
      for (const e of ctx.files) total += BigInt(e.size);
      const problems: string[] = [];
      if (total > max) problems.push(`the kernel is ${total} bytes, more than max_kernel_bytes ${max}`);
      if (ctx.listed) {
        let declared = BigInt(ctx.input.manifestBytes?.length ?? 0);
        for (const f of ctx.listed) declared += BigInt(f.size);
        if (declared > max && declared !== total) problems.push(`files lists ${declared} bytes in all (aivm.json included), more than max_kernel_bytes ${max}`);
      }
      return { problems, ok: `${total} bytes in all (max_kernel_bytes ${max})` };
    },
  },
  {
    id: 'formats.allowed',
    gate: 'parsed',
    run: (ctx) => {
      if (!ctx.listed) return { problems: [], skipped: filesSkip(ctx), ok: '' };
      const allowed = ctx.params.allow_pickle ? [...ctx.params.allowed_formats, ...PICKLE_FAMILY.filter((f) => !ctx.params.allowed_formats.includes(f))] : [...ctx.params.allowed_formats];
      const problems: string[] = [];
      const seen = new Set<string>();
      let n = 0;
      for (const f of [...ctx.listed].sort((a, b) => comparePaths(a.path, b.path))) {
        if (f.role !== 'weights') continue;
        n++;
        const ext = extensionOf(f.path);
        const fmt = f.format ?? formatOfExtension(ext);
        if (fmt === undefined) problems.push(`${q(f.path)} (role weights) has no format: set its "format" in files (extension ${ext ? `.${ext}` : '(none)'} says nothing)`);
        else if (!allowed.includes(fmt)) problems.push(`${q(f.path)} is in format ${q(fmt)}, not an allowed weights format (allowed: ${list(allowed)}): convert it, e.g. to safetensors`);
        else seen.add(fmt);
      }
      return { problems, ok: n === 0 ? 'no weights files' : `${n} weights file(s) in allowed formats (${[...seen].sort().join(', ')})` };
    },
  },
  {
    id: 'formats.forbidden',
    gate: 'none',
    run: (ctx) => {
      const p = ctx.params;
      const forbidden = (fmt: string) => p.forbidden_formats.includes(fmt) && !(p.allow_pickle && PICKLE_FAMILY.includes(fmt));
      const problems: string[] = [];
      for (const s of sniffables(ctx)) {
        const reasons: string[] = [];
        const declared = s.listed?.format;
        const ext = extensionOf(s.path);
        const extFmt = formatOfExtension(ext);
        if (declared !== undefined && forbidden(declared)) reasons.push(`declared format ${q(declared)} is forbidden`);
        if (ext && (forbidden(ext) || (extFmt !== undefined && forbidden(extFmt)))) reasons.push(`extension .${ext} is a forbidden format`);
        if (s.entry) {
          const h = headOf(s.entry);
          if ('problem' in h) problems.push(h.problem);
          else if (!p.allow_pickle) {
            const head = h.head;
            const proto = pickleProtocol(head);
            if (proto !== undefined && !isSafetensors(head, s.entry.size)) reasons.push(`it starts with a pickle protocol ${proto} header`);
            const effective = declared ?? extFmt;
            if (isZip(head) && effective !== 'npz') reasons.push('it is a zip archive (torch.save wraps pickles in zip archives)');
            if (isNpyObjectArray(head)) reasons.push('it is a NumPy array of Python objects, which numpy stores as pickles');
          }
        }
        if (reasons.length > 0) problems.push(`${q(s.path)}: ${reasons.join('; ')}. Pickle-based files run code when loaded: convert to safetensors (or another allowed format)`);
      }
      return { problems, ok: p.allow_pickle ? 'no forbidden format (pickle allowed by params)' : 'no pickle or other forbidden format' };
    },
  },
  {
    id: 'formats.consistent',
    gate: 'none',
    run: (ctx) => {
      const problems: string[] = [];
      let n = 0;
      for (const s of sniffables(ctx)) {
        const declared = s.listed?.format;
        const ext = extensionOf(s.path);
        const extFmt = formatOfExtension(ext);
        if (declared !== undefined && extFmt !== undefined && !sameFormat(declared, extFmt))
          problems.push(`${q(s.path)} is declared format ${q(declared)} but its extension .${ext} means ${q(extFmt)}: fix the format or rename the file`);
        if (!s.entry) continue;
        const h = headOf(s.entry);
        if ('problem' in h) {
          problems.push(h.problem);
          continue;
        }
        const fmt = declared ?? extFmt;
        if (fmt === undefined) continue;
        n++;
        const why = magicMismatch(fmt, h.head, s.entry.size);
        if (why) problems.push(`${q(s.path)} (${fmt}) ${why}`);
      }
      return { problems, ok: `${n} file(s) of known format match their contents` };
    },
  },
];

// Keep the definitions in the one documented order.
if (DEFS.length !== CHECK_IDS.length || DEFS.some((d, k) => d.id !== CHECK_IDS[k])) throw new Error('standard checks: definitions out of step with CHECK_IDS');

function manifestPresenceProblems(input: KernelInput, byPath: ReadonlyMap<string, KernelEntry>, entries: readonly KernelEntry[]): string[] {
  const e = byPath.get(MANIFEST_PATH);
  const bytes = input.manifestBytes;
  const problems: string[] = [];
  if (e && e.type !== 'file') return [`${MANIFEST_PATH} is a ${e.type}, not a regular file: replace it with the manifest itself`];
  if (bytes === undefined) {
    if (e) return [`${MANIFEST_PATH} is in the listing but its bytes were not given`];
    const renamed = entries.find((x) => ['aivm.json', 'aivm.yaml', 'aivm.yml', 'aivm.jsonc'].includes(x.path.toLowerCase()));
    const nested = entries.find((x) => x.type === 'file' && x.path.endsWith(`/${MANIFEST_PATH}`));
    const hint = renamed
      ? ` (found ${q(renamed.path)}: rename it to ${MANIFEST_PATH})`
      : nested
        ? ` (found ${q(nested.path)}: check the directory that contains it instead)`
        : '';
    return [`${MANIFEST_PATH} is missing at the kernel root: create it with aivmd kernel init, or move it to the root${hint}`];
  }
  if (!e) return [`manifest bytes were given but the listing has no ${MANIFEST_PATH} entry`];
  if (e.size !== bytes.length) problems.push(`${MANIFEST_PATH} is listed as ${e.size} bytes but ${bytes.length} bytes were given`);
  if (e.sha256 !== undefined && e.sha256.toLowerCase() !== toHex(sha256(bytes))) problems.push(`${MANIFEST_PATH}'s listed sha256 does not match the bytes given`);
  return problems;
}

function detailOf(problems: readonly string[], skipped: string | undefined): string {
  const parts = problems.slice(0, MAX_PROBLEMS_SHOWN);
  if (problems.length > MAX_PROBLEMS_SHOWN) parts.push(`… and ${problems.length - MAX_PROBLEMS_SHOWN} more`);
  if (skipped !== undefined) parts.push(`skipped: ${skipped}`);
  return parts.join('; ');
}

/**
 * Runs every standard check on a kernel listing under the given params and returns the report
 * (checks in the fixed order of CHECK_IDS). Deterministic: the same input and params give the
 * same report, byte for byte, whatever the order of input.entries. Throws TypeError only when
 * `input` is not a KernelInput at all.
 */
export function runStandardChecks(input: KernelInput, params: VerificationParams): Report {
  assertKernelInput(input);
  const entries = [...input.entries].sort(compareEntries);
  const byPath = new Map<string, KernelEntry>();
  for (const e of entries) if (!byPath.has(e.path)) byPath.set(e.path, e);
  const files = entries.filter((e) => e.type === 'file');

  const presentProblems = manifestPresenceProblems(input, byPath, entries);
  const present = presentProblems.length === 0;
  const reading = present ? readManifest(input.manifestBytes) : readManifest(undefined);
  const usable = present && reading.status === 'parsed';
  const issues = new Map<CheckId, string[]>();
  for (const i of reading.issues) {
    const l = issues.get(i.check);
    if (l) l.push(i.message);
    else issues.set(i.check, [i.message]);
  }
  const listed = usable ? reading.sections.files : undefined;
  const listedByPath = new Map<string, FileEntry>();
  for (const f of listed ?? []) if (!listedByPath.has(f.path)) listedByPath.set(f.path, f);

  const ctx: Ctx = {
    params,
    input,
    entries,
    byPath,
    files,
    reading,
    usable,
    raw: usable ? reading.raw : undefined,
    listed,
    listedByPath,
    issues,
    presentProblems,
  };
  const skipReason = !present ? 'manifest missing' : 'manifest invalid';

  const checks: CheckResult[] = DEFS.map((def) => {
    if ((def.gate === 'present' && !present) || (def.gate === 'parsed' && !usable)) {
      return { id: def.id, pass: false, detail: `skipped: ${skipReason}` };
    }
    // manifest.json reports why the bytes are not a manifest; the checks gated on 'parsed' just say they could not run.
    if (def.id === 'manifest.json' && !usable) return { id: def.id, pass: false, detail: detailOf(issues.get(def.id) ?? [], undefined) };
    const out = def.run(ctx);
    const problems = [...(issues.get(def.id) ?? []), ...out.problems];
    const pass = problems.length === 0 && out.skipped === undefined;
    return { id: def.id, pass, detail: pass ? out.ok : detailOf(problems, out.skipped) };
  });

  return {
    schema: REPORT_SCHEMA_V1,
    manifest_sha256: input.manifestBytes === undefined ? null : toHex(sha256(input.manifestBytes)),
    pass: checks.every((c) => c.pass),
    checks,
  };
}
