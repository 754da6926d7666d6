// File-system helpers: private directories, atomic private files.
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { KeyringError } from './errors.js';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;
export const TEMP_SUFFIX = '.tmp';

function ioError(what: string, file: string, e: unknown): KeyringError {
  const err = e as NodeJS.ErrnoException;
  return new KeyringError('IO_ERROR', `cannot ${what} ${file}: ${err.code ?? ''} ${err.message}`.trim(), { file, cause: e });
}

/** Creates the directory (and parents) and makes sure the directory itself is 0700. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  try {
    await fsp.mkdir(dir, { recursive: true, mode: DIR_MODE });
    const st = await fsp.stat(dir);
    if (!st.isDirectory()) throw new KeyringError('IO_ERROR', `${dir} exists and is not a directory; move it away`, { file: dir });
    if ((st.mode & 0o777) !== DIR_MODE) await fsp.chmod(dir, DIR_MODE);
  } catch (e) {
    if (e instanceof KeyringError) throw e;
    throw ioError('create directory', dir, e);
  }
}

async function fsyncDir(dir: string): Promise<void> {
  let fh: fsp.FileHandle | undefined;
  try {
    fh = await fsp.open(dir, 'r');
    await fh.sync();
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/**
 * Writes `data` to `file` atomically with mode 0600: a temp file in the same directory, fsync,
 * then rename (overwrite) or link (refuse if the target exists; returns false), then fsync of
 * the directory. A crash leaves either the old file or the new one, and at worst a stray temp file.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: { overwrite: boolean }): Promise<boolean> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  let fh: fsp.FileHandle | undefined;
  try {
    fh = await fsp.open(tmp, 'wx', FILE_MODE);
    await fh.chmod(FILE_MODE); // in case the umask took bits away; never adds any
    await fh.writeFile(data);
    await fh.sync();
    await fh.close();
    fh = undefined;
    if (opts.overwrite) {
      await fsp.rename(tmp, file);
    } else {
      try {
        await fsp.link(tmp, file); // atomic "create unless it exists"
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') return false;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
        // A file system without hard links: check, then rename (not atomic against a racing writer).
        if (await exists(file)) return false;
        await fsp.rename(tmp, file);
      }
    }
    await fsyncDir(dir);
    return true;
  } catch (e) {
    throw ioError('write', file, e);
  } finally {
    await fh?.close().catch(() => undefined);
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fsp.lstat(file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/** Removes a file and syncs its directory; returns false when it did not exist. */
export async function removeFile(file: string): Promise<boolean> {
  try {
    await fsp.unlink(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw ioError('delete', file, e);
  }
  await fsyncDir(path.dirname(file));
  return true;
}

/** Reads a file; returns undefined when it does not exist. */
export async function readFileIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await fsp.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw ioError('read', file, e);
  }
}

/** Lists the entries of a directory; an absent directory is empty. */
export async function listDir(dir: string): Promise<string[]> {
  try {
    return await fsp.readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw ioError('list', dir, e);
  }
}
