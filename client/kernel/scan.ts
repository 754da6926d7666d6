// Reads a kernel directory into the abstract listing the standard checks take (KernelInput).
//
// - Symlinks are never followed below the root: entries are lstat'ed, and files are opened with
//   O_NOFOLLOW, so a symlink swapped in after the walk is refused rather than read.
// - Files are hashed while streaming in fixed-size chunks (constant memory for multi-GB weights);
//   the first HEAD_BYTES bytes are kept for format sniffing.
// - Entries come out sorted by path, so the listing does not depend on the file system's order.

import { createHash } from 'node:crypto';
import { constants, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { HEAD_BYTES, MANIFEST_PATH, MAX_MANIFEST_BYTES, compareEntries, comparePaths, type EntryType, type KernelEntry, type KernelInput } from '../../modules/verification/standard/index.js';
import { KernelError, fsError, throwIfAborted } from './errors.js';

export interface ScanProgress {
  /** "walk" while listing the tree, "hash" while reading files. */
  readonly phase: 'walk' | 'hash';
  /** The path (relative to the kernel root) being worked on. */
  readonly path: string;
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

export interface ScanOptions {
  /** Called as the scan advances (at most once per chunk read). */
  readonly onProgress?: (p: ScanProgress) => void;
  readonly signal?: AbortSignal;
}

const CHUNK = 1024 * 1024;
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Checks that `dir` is an existing directory (following a symlink at the root itself only). */
export async function assertKernelDir(dir: string): Promise<void> {
  let st;
  try {
    st = await fsp.stat(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new KernelError('KERNEL_NOT_FOUND', `kernel directory ${dir} does not exist: check the path, or create a kernel there with aivmd kernel init`, { path: dir, cause: e });
    throw fsError('read', dir, e);
  }
  if (!st.isDirectory()) throw new KernelError('KERNEL_NOT_A_DIRECTORY', `${dir} is not a directory: a kernel is a directory with aivm.json at its root`, { path: dir });
}

function typeOf(st: import('node:fs').Stats): EntryType {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isBlockDevice() || st.isCharacterDevice()) return 'device';
  return 'other';
}

interface Walked {
  readonly rel: string;
  readonly abs: string;
  readonly type: EntryType;
  readonly size: number;
}

async function walk(root: string, opts: ScanOptions): Promise<Walked[]> {
  const out: Walked[] = [];
  const stack: string[] = [''];
  while (stack.length > 0) {
    throwIfAborted(opts.signal);
    const relDir = stack.pop()!;
    const absDir = relDir === '' ? root : path.join(root, ...relDir.split('/'));
    let names: Buffer[];
    try {
      names = await fsp.readdir(absDir, { encoding: 'buffer' });
    } catch (e) {
      throw fsError('list', absDir, e);
    }
    for (const raw of names) {
      let name: string;
      try {
        name = fatalUtf8.decode(raw);
      } catch {
        const shown = `${relDir ? `${relDir}/` : ''}${raw.toString('latin1')}`;
        throw new KernelError('KERNEL_INVALID_FILE_NAME', `the name of ${JSON.stringify(shown)} is not valid UTF-8, so a manifest cannot list it: rename it`, { path: path.join(absDir, raw.toString('latin1')) });
      }
      const rel = relDir === '' ? name : `${relDir}/${name}`;
      const abs = path.join(absDir, name);
      let st;
      try {
        st = await fsp.lstat(abs);
      } catch (e) {
        throw fsError('inspect', abs, e);
      }
      const type = typeOf(st);
      out.push({ rel, abs, type, size: type === 'file' ? st.size : 0 });
      if (type === 'directory') stack.push(rel);
      opts.onProgress?.({ phase: 'walk', path: rel, filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 });
    }
  }
  return out;
}

interface Hashed {
  readonly size: number;
  readonly sha256: string;
  readonly head: Uint8Array;
  readonly all?: Uint8Array;
}

async function hashFile(w: Walked, keepAll: boolean, buf: Buffer, opts: ScanOptions, progress: (n: number) => void): Promise<Hashed> {
  let fh: fsp.FileHandle;
  try {
    fh = await fsp.open(w.abs, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP')
      throw new KernelError('KERNEL_CHANGED_DURING_SCAN', `${w.abs} became a symbolic link while the kernel was being read; retry when nothing is changing the directory`, { path: w.abs, cause: e });
    throw fsError('open', w.abs, e);
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new KernelError('KERNEL_CHANGED_DURING_SCAN', `${w.abs} is no longer a regular file; retry when nothing is changing the directory`, { path: w.abs });
    const h = createHash('sha256');
    const head = new Uint8Array(Math.min(HEAD_BYTES, w.size));
    const parts: Buffer[] = [];
    let done = 0;
    for (;;) {
      throwIfAborted(opts.signal);
      let n: number;
      try {
        ({ bytesRead: n } = await fh.read(buf, 0, buf.length, null));
      } catch (e) {
        throw fsError('read', w.abs, e);
      }
      if (n === 0) break;
      const chunk = buf.subarray(0, n);
      if (done < head.length) head.set(chunk.subarray(0, head.length - done), done);
      if (keepAll) parts.push(Buffer.from(chunk));
      h.update(chunk);
      done += n;
      if (done > w.size) break;
      progress(n);
    }
    if (done !== w.size) throw new KernelError('KERNEL_CHANGED_DURING_SCAN', `${w.abs} changed size while being read (${w.size} bytes listed, ${done} read); retry when nothing is writing to it`, { path: w.abs });
    const all = keepAll ? new Uint8Array(Buffer.concat(parts)) : undefined;
    return { size: done, sha256: h.digest('hex'), head, ...(all ? { all } : {}) };
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/**
 * Lists the kernel directory `dir` as a KernelInput: every entry below it (sorted by path), every
 * regular file hashed, and aivm.json's bytes when it is a regular file at the root. Throws
 * KernelError (KERNEL_NOT_FOUND, KERNEL_NOT_A_DIRECTORY, KERNEL_UNREADABLE, …) when the directory
 * cannot be read; problems of the kernel itself are left to the standard checks.
 */
export async function scanKernelDir(dir: string, opts: ScanOptions = {}): Promise<KernelInput> {
  throwIfAborted(opts.signal);
  await assertKernelDir(dir);
  const root = path.resolve(dir);
  const walked = (await walk(root, opts)).sort((a, b) => comparePaths(a.rel, b.rel));
  const files = walked.filter((w) => w.type === 'file');
  const bytesTotal = files.reduce((s, w) => s + w.size, 0);
  let filesDone = 0;
  let bytesDone = 0;
  const buf = Buffer.allocUnsafe(CHUNK);
  let manifestBytes: Uint8Array | undefined;
  const entries: KernelEntry[] = [];
  for (const w of walked) {
    if (w.type !== 'file') {
      entries.push({ path: w.rel, type: w.type, size: 0 });
      continue;
    }
    const isManifest = w.rel === MANIFEST_PATH;
    if (isManifest && w.size > MAX_MANIFEST_BYTES)
      throw new KernelError('KERNEL_MANIFEST_TOO_LARGE', `${path.join(root, MANIFEST_PATH)} is ${w.size} bytes; a manifest may be at most ${MAX_MANIFEST_BYTES} bytes`, { path: path.join(root, MANIFEST_PATH) });
    const hashed = await hashFile(w, isManifest, buf, opts, (n) => {
      bytesDone += n;
      opts.onProgress?.({ phase: 'hash', path: w.rel, filesDone, filesTotal: files.length, bytesDone, bytesTotal });
    });
    filesDone++;
    if (isManifest) manifestBytes = hashed.all;
    entries.push({ path: w.rel, type: 'file', size: hashed.size, sha256: hashed.sha256, head: hashed.head });
    opts.onProgress?.({ phase: 'hash', path: w.rel, filesDone, filesTotal: files.length, bytesDone, bytesTotal });
  }
  entries.sort(compareEntries);
  return { manifestBytes, entries };
}
