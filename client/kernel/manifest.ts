// `aivmd kernel manifest`: rewrites the `files` list of a kernel's aivm.json from what is in the
// directory. Every other field is kept as it is (and in its order).

import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import {
  FILE_ROLES,
  JsonSyntaxError,
  MANIFEST_PATH,
  MAX_MANIFEST_BYTES,
  comparePaths,
  extensionOf,
  formatOfExtension,
  isJsonObject,
  parseStrictJson,
  type EntryType,
  type FileRole,
  type JsonObject,
  type JsonValue,
} from '../../modules/verification/standard/index.js';
import { KernelError, fsError } from './errors.js';
import { assertKernelDir, scanKernelDir, type ScanOptions } from './scan.js';

/** One entry of the files list as fillManifest writes it (key order: path, role, size, sha256, format). */
export interface ListedFile {
  readonly path: string;
  readonly role: FileRole;
  readonly size: number;
  readonly sha256: string;
  readonly format?: string;
}

export interface FillManifestResult {
  /** Absolute path of the aivm.json written. */
  readonly manifestPath: string;
  /** The new files list. */
  readonly files: readonly ListedFile[];
  /** Paths newly listed, no longer listed, and listed before but with a new size or sha256. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  /** Entries that cannot be part of a kernel (symlinks, devices, …): not listed; `check` fails on them. */
  readonly skipped: ReadonlyArray<{ readonly path: string; readonly type: EntryType }>;
}

const WEIGHT_FORMATS = new Set(['safetensors', 'onnx', 'gguf', 'tflite', 'npy', 'npz', 'h5', 'keras', 'pb', 'msgpack', 'pickle', 'pkl', 'pt', 'pth', 'ckpt', 'joblib', 'dill']);
const TOKENIZER_FILES = new Set(['vocab.json', 'vocab.txt', 'merges.txt', 'special_tokens_map.json', 'added_tokens.json', 'spiece.model', 'sentencepiece.model', 'tokenizer.model']);
const CONFIG_EXTENSIONS = new Set(['json', 'yaml', 'yml', 'toml', 'ini', 'cfg', 'conf']);

/** The role a file most likely plays, from the manifest's own references, its place and its name. */
export function guessRole(p: string, refs: { inference?: string; aggregation?: string; conformance: ReadonlySet<string> }): FileRole {
  if (p === refs.inference) return 'inference';
  if (p === refs.aggregation) return 'aggregation';
  if (refs.conformance.has(p)) return 'conformance';
  const ext = extensionOf(p);
  const base = p.slice(p.lastIndexOf('/') + 1).toLowerCase();
  const top = p.includes('/') ? p.slice(0, p.indexOf('/')).toLowerCase() : '';
  const fmt = formatOfExtension(ext);
  if ((fmt !== undefined && WEIGHT_FORMATS.has(fmt)) || ext === 'bin') return 'weights';
  if (base.startsWith('tokenizer') || TOKENIZER_FILES.has(base)) return 'tokenizer';
  if (top === 'schemas' || top === 'schema' || base.endsWith('.schema.json')) return 'schema';
  if (top === 'conformance') return 'conformance';
  if (CONFIG_EXTENSIONS.has(ext)) return 'config';
  return 'other';
}

/** Reads aivm.json as a JSON object (strictly: duplicate keys are refused). */
export async function readManifestObject(dir: string): Promise<JsonObject> {
  const file = path.join(dir, MANIFEST_PATH);
  let st;
  try {
    st = await fsp.lstat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new KernelError('KERNEL_MANIFEST_MISSING', `${file} does not exist: create a kernel with aivmd kernel init, or write aivm.json first`, { path: file, cause: e });
    throw fsError('read', file, e);
  }
  if (!st.isFile()) throw new KernelError('KERNEL_MANIFEST_MISSING', `${file} is not a regular file: replace it with the manifest itself`, { path: file });
  if (st.size > MAX_MANIFEST_BYTES) throw new KernelError('KERNEL_MANIFEST_TOO_LARGE', `${file} is ${st.size} bytes; a manifest may be at most ${MAX_MANIFEST_BYTES} bytes`, { path: file });
  let bytes: Uint8Array;
  try {
    bytes = await fsp.readFile(file);
  } catch (e) {
    throw fsError('read', file, e);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    throw new KernelError('KERNEL_MANIFEST_INVALID', `${file} is not valid UTF-8: save it as UTF-8 and retry`, { path: file, cause: e });
  }
  let v: JsonValue;
  try {
    v = parseStrictJson(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new KernelError('KERNEL_MANIFEST_INVALID', `${file} is not valid JSON: ${e.message}; fix it and retry`, { path: file, cause: e });
    throw e;
  }
  if (!isJsonObject(v)) throw new KernelError('KERNEL_MANIFEST_INVALID', `${file} must hold a JSON object`, { path: file });
  return v;
}

/** Writes a file atomically: a temp file next to it, then rename. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fsp.writeFile(tmp, data, { flag: 'wx' });
    await fsp.rename(tmp, file);
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw fsError('write', file, e);
  }
}

function refsOf(m: JsonObject): { inference?: string; aggregation?: string; conformance: Set<string> } {
  const refs: { inference?: string; aggregation?: string; conformance: Set<string> } = { conformance: new Set() };
  const eps = m['entrypoints'];
  if (isJsonObject(eps)) {
    for (const which of ['inference', 'aggregation'] as const) {
      const ep = eps[which];
      if (isJsonObject(ep) && typeof ep['path'] === 'string') refs[which] = ep['path'];
    }
  }
  const conf = m['conformance'];
  if (Array.isArray(conf))
    for (const v of conf) {
      const input = isJsonObject(v) ? v['input'] : undefined;
      if (isJsonObject(input) && typeof input['path'] === 'string') refs.conformance.add(input['path']);
    }
  return refs;
}

/**
 * Rewrites the `files` list of `dir`/aivm.json from the directory's contents: every regular file
 * except aivm.json, sorted by path, with its size and sha256. Role and format of files already
 * listed are kept; for new files (or entries without them) they are guessed from the manifest's
 * entrypoints and conformance inputs, the file's place and its extension. All other fields are
 * kept. Written with 2-space indentation and a trailing newline.
 */
export async function fillManifest(dir: string, opts: ScanOptions = {}): Promise<FillManifestResult> {
  await assertKernelDir(dir);
  const manifest = await readManifestObject(dir);
  const input = await scanKernelDir(dir, opts);

  const previous = new Map<string, JsonObject>();
  const oldFiles = manifest['files'];
  if (Array.isArray(oldFiles)) for (const f of oldFiles) if (isJsonObject(f) && typeof f['path'] === 'string' && !previous.has(f['path'])) previous.set(f['path'], f);

  const refs = refsOf(manifest);
  const files: ListedFile[] = [];
  const skipped: Array<{ path: string; type: EntryType }> = [];
  const added: string[] = [];
  const changed: string[] = [];
  for (const e of input.entries) {
    if (e.type === 'directory') continue;
    if (e.type !== 'file') {
      skipped.push({ path: e.path, type: e.type });
      continue;
    }
    if (e.path === MANIFEST_PATH) continue;
    const old = previous.get(e.path);
    const oldRole = old?.['role'];
    const oldFormat = old?.['format'];
    const role: FileRole = typeof oldRole === 'string' && (FILE_ROLES as readonly string[]).includes(oldRole) ? (oldRole as FileRole) : guessRole(e.path, refs);
    const format = typeof oldFormat === 'string' ? oldFormat : formatOfExtension(extensionOf(e.path));
    const entry: ListedFile = { path: e.path, role, size: e.size, sha256: e.sha256!, ...(format !== undefined ? { format } : {}) };
    files.push(entry);
    if (!old) added.push(e.path);
    else if (old['size'] !== e.size || old['sha256'] !== e.sha256) changed.push(e.path);
  }
  files.sort((a, b) => comparePaths(a.path, b.path));
  const now = new Set(files.map((f) => f.path));
  const removed = [...previous.keys()].filter((p) => !now.has(p)).sort(comparePaths);

  // Replace the value in place, so the key keeps its position; append it when it was missing.
  Object.defineProperty(manifest, 'files', { value: files as unknown as JsonValue, enumerable: true, writable: true, configurable: true });
  const manifestPath = path.join(path.resolve(dir), MANIFEST_PATH);
  await writeFileAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifestPath, files, added, removed, changed, skipped };
}
