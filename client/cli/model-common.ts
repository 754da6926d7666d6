// Shared pieces of the model-repository commands (tx/query registry, versioning, verification,
// access, and kernel): module error names, protobuf → JSON, pagination flags, references
// (model@version), the chain's verification params, and a kernel directory's publish fields.
import { promises as fsp } from 'node:fs';
import type { Command } from 'commander';
import { canonicalJson } from '../../chain/genesis.js';
import { AccessErrors } from '../../modules/access/errors.js';
import { RegistryErrors } from '../../modules/registry/errors.js';
import { VerificationErrors } from '../../modules/verification/errors.js';
import type { VerificationParams } from '../../modules/verification/params.js';
import { VersioningErrors } from '../../modules/versioning/errors.js';
import {
  MANIFEST_PATH,
  isJsonObject,
  parseManifest,
  parseStrictJson,
  publicManifest,
  reportDigest,
  runStandardChecks,
  type JsonValue,
  type Report,
} from '../../modules/verification/standard/index.js';
import { aivm } from '../../proto/index.js';
import { formatReport, scanKernelDir, type ScanProgress } from '../kernel/index.js';
import { createAivmRegistry } from '../sdk/registry.js';
import { CliError } from './common.js';
import { abciQuery, QueryError } from './rpc.js';
import { signAndBroadcastFromCli, type MsgsOrBuilder, type TxCliOptions, type TxCliResult, type TxRunExtra } from './tx-runner.js';

/** One cosmjs Registry with every aivm message (and cosmjs's defaults), for all module tx commands. */
export const aivmRegistry = createAivmRegistry();

// ---- commander ------------------------------------------------------------------------------

/**
 * Lets subcommands have their own `--version <v>` option (publish/fork, access grant, kernel init).
 * Without positional options commander matches the program's `-V, --version` anywhere on the
 * command line, so `aivmd tx access grant … --version 1.2.0` would print aivmd's version and stop.
 * With them, the program's own options are read only before the first subcommand (`aivmd
 * --version` still works; `aivmd status --version` is then an unknown option).
 */
export function allowSubcommandVersionOptions(program: Command): void {
  program.enablePositionalOptions();
}

// ---- errors ----------------------------------------------------------------------------------

const MODULE_ERRORS = [RegistryErrors, VersioningErrors, VerificationErrors, AccessErrors].flatMap((t) => Object.values(t));

/** The upper-cased name of a module error (`versioning`, 16 → NOT_PUBLISHER), or undefined. */
export function moduleErrorName(codespace: string | undefined, code: number): string | undefined {
  const e = MODULE_ERRORS.find((x) => x.codespace === codespace && x.code === code);
  return e?.name.toUpperCase();
}

const STAGE_CODES = new Set(['SIMULATION_FAILED', 'TX_REJECTED', 'TX_FAILED', 'QUERY_FAILED']);

/**
 * Renames a failure carrying a module error (codespace registry, versioning, verification or
 * access) to that error's name: `Error [NOT_PUBLISHER]: … (codespace versioning, code 16): …`.
 * Other errors pass unchanged.
 */
export function withModuleErrorName(e: unknown): unknown {
  if (e instanceof QueryError) {
    const name = moduleErrorName(e.codespace, e.abciCode);
    return name ? new CliError(name, e.message) : e;
  }
  if (e instanceof CliError && STAGE_CODES.has(e.code)) {
    const m = /\(codespace ([a-z0-9_]+), code (\d+)\)/.exec(e.message);
    const name = m ? moduleErrorName(m[1], Number(m[2])) : undefined;
    return name ? new CliError(name, e.message) : e;
  }
  return e;
}

/** Runs `fn`, renaming module errors (see withModuleErrorName). */
export async function moduleErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw withModuleErrorName(e);
  }
}

/** signAndBroadcastFromCli with the aivm registry, and module errors by name. */
export function runModuleTx(o: TxCliOptions, msgs: MsgsOrBuilder, extra: TxRunExtra = {}): Promise<TxCliResult> {
  return moduleErrors(() => signAndBroadcastFromCli(o, msgs, { registry: aivmRegistry, ...extra }));
}

/** The i-th msg response of a committed tx, decoded with `type`; undefined if absent. */
export function msgResponse<T>(r: TxCliResult, i: number, type: { decode(b: Uint8Array): T }): T | undefined {
  const m = r.msg_responses?.[i];
  if (!m) return undefined;
  try {
    return type.decode(new Uint8Array(Buffer.from(m.value, 'base64')));
  } catch {
    return undefined;
  }
}

// ---- protobuf → JSON -------------------------------------------------------------------------

function snake(k: string): string {
  return k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function snakeKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(snakeKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[snake(k)] = snakeKeys(x);
    return out;
  }
  return v;
}

interface ProtoType<T> {
  toObject(m: T, o?: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The proto JSON form of a decoded message: proto field names (snake_case), every field present,
 * 64-bit integers as decimal strings, enums by name, bytes as base64.
 */
export function protoJson<T>(type: ProtoType<T>, m: T): Record<string, any> {
  return snakeKeys(type.toObject(m, { longs: String, enums: String, bytes: String, defaults: true, arrays: true })) as Record<string, any>;
}

// ---- enums -----------------------------------------------------------------------------------

const ver = aivm.versioning.v1;
const reg = aivm.registry.v1;
const acc = aivm.access.v1;

/** VERSION_STATUS_VERIFIED → VERIFIED. */
export function statusText(s: aivm.versioning.v1.VersionStatus | string): string {
  const name = typeof s === 'string' ? s : ver.VersionStatus[s];
  return String(name ?? s).replace(/^VERSION_STATUS_/, '');
}

export function visibilityText(v: aivm.registry.v1.Visibility | string): string {
  const name = typeof v === 'string' ? v : reg.Visibility[v];
  return String(name ?? v).replace(/^VISIBILITY_/, '').toLowerCase().replace('unspecified', 'public');
}

export function purposeText(p: aivm.access.v1.Purpose | string): string {
  const name = typeof p === 'string' ? p : acc.Purpose[p];
  return String(name ?? p).replace(/^PURPOSE_/, '').toLowerCase();
}

/** --purpose execute|verify. */
export function parsePurpose(text: string | undefined, flag = '--purpose'): aivm.access.v1.Purpose {
  const t = (text ?? '').trim().toLowerCase().replace(/^purpose_/, '');
  if (t === 'execute') return acc.Purpose.PURPOSE_EXECUTE;
  if (t === 'verify') return acc.Purpose.PURPOSE_VERIFY;
  throw new CliError('BAD_FLAG', text === undefined ? `${flag} is required: execute (run the model) or verify (validators checking a version)` : `${flag} must be execute or verify, not ${JSON.stringify(text)}`);
}

// ---- arguments -------------------------------------------------------------------------------

export interface Ref {
  readonly model: string;
  readonly version: string;
}

/** `model@version` (both parts non-empty). */
export function parseRef(text: string, what = 'reference'): Ref {
  const t = text.trim();
  const at = t.indexOf('@');
  if (at <= 0 || at === t.length - 1 || t.indexOf('@', at + 1) >= 0) {
    throw new CliError('BAD_ARGS', `${what} ${JSON.stringify(text)} is not model@version, e.g. acme-llm@1.2.0`);
  }
  return { model: t.slice(0, at), version: t.slice(at + 1) };
}

/** A comma-separated list of model@version (empty text = none). */
export function parseRefList(text: string | undefined, what: string): Ref[] {
  if (text === undefined || text.trim() === '') return [];
  return text.split(',').map((s) => parseRef(s, what));
}

/** A comma-separated list of words (tags): trimmed, empties dropped. `''` gives []. */
export function parseList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A positive whole number flag (sizes, limits, depths). */
export function parseUint(text: string, flag: string, o: { min?: number; max?: number } = {}): number {
  const t = text.trim();
  const n = Number(t);
  const min = o.min ?? 0;
  if (!/^[0-9]+$/.test(t) || !Number.isSafeInteger(n) || n < min || (o.max !== undefined && n > o.max)) {
    throw new CliError('BAD_FLAG', `${flag} must be a whole number${o.max !== undefined ? ` from ${min} to ${o.max}` : min > 0 ? ` ≥ ${min}` : ''}, not ${JSON.stringify(text)}`);
  }
  return n;
}

export const HEX64_RE = /^[0-9a-f]{64}$/;

/** 64 hex digits (any case, optional 0x), returned in lower case. */
export function parseHex64(text: string, flag: string): string {
  const t = text.trim().replace(/^0x/i, '').toLowerCase();
  if (!HEX64_RE.test(t)) throw new CliError('BAD_FLAG', `${flag} must be 64 hexadecimal characters (a sha256), not ${JSON.stringify(text)}`);
  return t;
}

// ---- pagination ------------------------------------------------------------------------------

export interface PageCliOptions {
  limit?: string;
  pageKey?: string;
  offset?: string;
  reverse?: boolean;
  countTotal?: boolean;
}

/** --limit, --page-key, --offset, --reverse, --count-total. */
export function addPageOptions(cmd: Command): Command {
  return cmd
    .option('--limit <n>', 'at most this many results (1–1000; default 100)')
    .option('--page-key <key>', 'continue after a previous page: its next_key (base64)')
    .option('--offset <n>', 'skip this many results (instead of --page-key)')
    .option('--reverse', 'in reverse order')
    .option('--count-total', 'also count every result (walks the whole list)');
}

export function pageRequest(o: PageCliOptions): aivm.registry.v1.PageRequest.$Properties {
  if (o.pageKey !== undefined && o.offset !== undefined) throw new CliError('BAD_FLAG', 'give either --page-key or --offset, not both');
  const p: aivm.registry.v1.PageRequest.$Properties = {};
  if (o.limit !== undefined) p.limit = parseUint(o.limit, '--limit', { min: 1, max: 1000 });
  if (o.offset !== undefined) p.offset = parseUint(o.offset, '--offset');
  if (o.pageKey !== undefined) {
    const k = o.pageKey.trim();
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(k) || k === '') throw new CliError('BAD_FLAG', `--page-key must be the base64 next_key of a previous page, not ${JSON.stringify(o.pageKey)}`);
    p.key = new Uint8Array(Buffer.from(k.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
  if (o.reverse) p.reverse = true;
  if (o.countTotal) p.countTotal = true;
  return p;
}

/** The text line after a page: how to get the next one, and the total when counted. */
export function pageFooter(pagination: { next_key?: string; total?: string } | undefined): string[] {
  const lines: string[] = [];
  if (pagination?.total !== undefined && pagination.total !== '0') lines.push(`total: ${pagination.total}`);
  if (pagination?.next_key) lines.push(`more: --page-key ${pagination.next_key}`);
  return lines;
}

// ---- queries ---------------------------------------------------------------------------------

interface Codec<T> {
  encode(m: T): { finish(): Uint8Array };
}

/** A gRPC-style query of an aivm module: encodes the request, decodes the response; module errors by name. */
export async function moduleQuery<Req, Res>(url: string, path: string, reqType: Codec<Req>, req: Req, resType: { decode(b: Uint8Array): Res }): Promise<Res> {
  return moduleErrors(async () => resType.decode(await abciQuery(url, path, reqType.encode(req).finish())));
}

/** The chain's verification params (the AIVM execution standard), in the form the standard checks take. */
export async function chainVerificationParams(url: string): Promise<VerificationParams> {
  const vfy = aivm.verification.v1;
  const r = await moduleQuery(url, '/aivm.verification.v1.Query/Params', vfy.QueryParamsRequest, {}, vfy.QueryParamsResponse);
  const p = r.params;
  if (!p) throw new CliError('QUERY_FAILED', `the node at ${url} returned no verification params`);
  return paramsFromProto(p);
}

export function paramsFromProto(p: aivm.verification.v1.Params.$Properties): VerificationParams {
  return {
    schema_versions: [...(p.schemaVersions ?? [])],
    allowed_runtimes: [...(p.allowedRuntimes ?? [])],
    allowed_os: [...(p.allowedOs ?? [])],
    allowed_architectures: [...(p.allowedArchitectures ?? [])],
    allowed_hardware: [...(p.allowedHardware ?? [])],
    allowed_entrypoint_languages: [...(p.allowedEntrypointLanguages ?? [])],
    allowed_formats: [...(p.allowedFormats ?? [])],
    forbidden_formats: [...(p.forbiddenFormats ?? [])],
    allow_pickle: p.allowPickle ?? false,
    max_kernel_bytes: p.maxKernelBytes ?? '0',
    max_file_bytes: p.maxFileBytes ?? '0',
    max_files: p.maxFiles ?? 0,
    quorum: p.quorum ?? '',
    deadline_blocks: Number(p.deadlineBlocks ?? 0),
  };
}

// ---- kernels ---------------------------------------------------------------------------------

/** Kernels at least this large report scan progress on stderr. */
export const PROGRESS_MIN_BYTES = 64 * 1024 * 1024;
const PROGRESS_INTERVAL_MS = 500;

function mib(n: number): string {
  return (n / (1024 * 1024)).toFixed(1);
}

/**
 * A scan-progress callback that writes to stderr (kernels of PROGRESS_MIN_BYTES or more, at
 * most twice a second), plus `done()` to end the line. Quiet for small kernels.
 */
export function stderrProgress(label: string): { onProgress: (p: ScanProgress) => void; done: () => void } {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  let shown = false;
  return {
    onProgress(p) {
      if (p.phase !== 'hash' || p.bytesTotal < PROGRESS_MIN_BYTES) return;
      const now = Date.now();
      const finished = p.filesDone === p.filesTotal && p.bytesDone === p.bytesTotal;
      if (!finished && now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      shown = true;
      const pct = p.bytesTotal === 0 ? 100 : Math.floor((p.bytesDone / p.bytesTotal) * 100);
      const line = `${label}: ${pct}% (${mib(p.bytesDone)} of ${mib(p.bytesTotal)} MiB, ${p.filesDone}/${p.filesTotal} files) ${p.path}`;
      process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
    },
    done() {
      if (shown && tty) process.stderr.write('\n');
    },
  };
}

/** What a kernel directory gives a MsgPublishVersion, and its check report. */
export interface KernelPublishFields {
  readonly report: Report;
  readonly digest: string;
  /** The sum of the sizes of every regular file, aivm.json included (what limits.total_size counts). */
  readonly size: number;
  /** sha256 of aivm.json's bytes, hex. */
  readonly manifestDigest: string;
  /** The public part of the manifest as canonical JSON; undefined when the manifest is not valid. */
  readonly publicManifest?: string;
}

/** Scans `dir`, runs the standard checks under `params` and derives the publish fields. */
export async function kernelPublishFields(dir: string, params: VerificationParams, label = 'reading kernel'): Promise<KernelPublishFields> {
  const progress = stderrProgress(label);
  let input;
  try {
    input = await scanKernelDir(dir, { onProgress: progress.onProgress });
  } finally {
    progress.done();
  }
  const report = runStandardChecks(input, params);
  const size = input.entries.filter((e) => e.type === 'file').reduce((s, e) => s + e.size, 0);
  let pm: string | undefined;
  if (input.manifestBytes) {
    try {
      pm = publicManifest(parseManifest(input.manifestBytes));
    } catch {
      pm = undefined;
    }
  }
  return { report, digest: reportDigest(report), size, manifestDigest: report.manifest_sha256 ?? '', ...(pm !== undefined ? { publicManifest: pm } : {}) };
}

/** Fails with KERNEL_CHECK_FAILED (the report on stderr) when the kernel does not pass. */
export function requirePassingKernel(dir: string, k: { report: Report; digest: string }, what: string): void {
  if (k.report.pass) return;
  process.stderr.write(formatReport(k.report, { digest: k.digest }));
  const failed = k.report.checks.filter((c) => !c.pass).map((c) => c.id);
  throw new CliError(
    'KERNEL_CHECK_FAILED',
    `${dir} fails ${failed.length} standard check${failed.length === 1 ? '' : 's'} (${failed.join(', ')}), so ${what}; fix them (see the report above and docs/kernel-format.md) and retry`,
  );
}

/**
 * Reads --public-manifest: a JSON file holding either the public manifest itself or a full
 * aivm.json (whose public part is taken). Returned as canonical JSON, as the chain stores it.
 */
export async function readPublicManifestFile(file: string): Promise<string> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (e) {
    throw new CliError('FILE_UNREADABLE', `cannot read --public-manifest ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let v: JsonValue;
  try {
    v = parseStrictJson(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch (e) {
    throw new CliError('BAD_FLAG', `--public-manifest ${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (!isJsonObject(v)) throw new CliError('BAD_FLAG', `--public-manifest ${file} must hold a JSON object`);
  if (Array.isArray(v['files'])) {
    try {
      return publicManifest(parseManifest(text));
    } catch (e) {
      throw new CliError('BAD_FLAG', `--public-manifest ${file} looks like a full ${MANIFEST_PATH} but is not a valid one: ${(e as Error).message}`);
    }
  }
  return canonicalJson(v);
}
