// Small state files that must survive crashes and must never be read back wrong: written
// atomically (temp file, fsync, rename, fsync of the directory) with a checksum inside, so a
// torn or altered file is detected and refused rather than silently believed.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic, writeFileAtomicAsync } from './home.js';

export class DurableFileError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DurableFileError';
  }
}

function checksum(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

function durableText(value: object): string {
  return JSON.stringify({ value, sha256: checksum(JSON.stringify(value)) }) + '\n';
}

export function writeDurableJson(path: string, value: object): void {
  writeFileAtomic(path, durableText(value), 0o600);
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/**
 * writeDurableJson off the event loop: the same file, on disk when this resolves. The consensus
 * path uses it, so that RPC keeps being served during the fsyncs.
 */
export async function writeDurableJsonAsync(path: string, value: object): Promise<void> {
  await writeFileAtomicAsync(path, durableText(value), 0o600);
  const dir = await open(dirname(path), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** The stored value, undefined if the file does not exist; throws DurableFileError if damaged. */
export function readDurableJson<T>(path: string, what: string): T | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DurableFileError('STATE_FILE_UNREADABLE', `cannot read ${what} at ${path}: ${(e as Error).message}`);
  }
  try {
    const parsed = JSON.parse(text) as { value: T; sha256: string };
    if (parsed && typeof parsed === 'object' && checksum(JSON.stringify(parsed.value)) === parsed.sha256) return parsed.value;
  } catch {
    // fall through
  }
  throw new DurableFileError('STATE_FILE_CORRUPT', `${what} at ${path} is damaged (its checksum does not match); restore the data directory from a backup`);
}
