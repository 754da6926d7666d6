// Builders for kernels as KernelInputs, used by the standard's tests (not by production code).
// A kit kernel is a manifest object plus file contents; toInput() turns it into the listing a
// scanner would produce (sizes, sha256, heads, parent directories, aivm.json itself).

import { toHex, utf8 } from '../../../chain/bytes.js';
import { canonicalJson } from '../../../chain/genesis.js';
import { sha256 } from '../../../chain/hash.js';
import type { EntryType, KernelEntry, KernelInput } from './checks.js';
import { HEAD_BYTES, formatOfExtension } from './formats.js';
import { MANIFEST_PATH } from './manifest.js';
import { comparePaths, extensionOf, parentDirs } from './paths.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Mutable = any;

export interface KitKernel {
  /** The manifest as a plain, freely mutable object. */
  manifest: Mutable;
  /** File contents by path (aivm.json excluded). */
  files: Map<string, Uint8Array>;
  /** Extra entries added verbatim to the listing (symlinks, devices, abstract huge files, …). */
  extra: KernelEntry[];
  /** Replaces the manifest bytes (for syntax-level cases); undefined → JSON of `manifest`. */
  manifestText?: string | Uint8Array;
  /** When true, the listing has no aivm.json at all. */
  noManifest?: boolean;
}

export const hex = (b: Uint8Array): string => toHex(sha256(b));

/** A valid safetensors file with no tensors (8-byte LE header length, JSON header padded to 8). */
export function safetensors(meta: Record<string, string> = { format: 'test' }): Uint8Array {
  let header = JSON.stringify({ __metadata__: meta });
  while ((8 + header.length) % 8 !== 0) header += ' ';
  const h = utf8(header);
  const out = new Uint8Array(8 + h.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(h.length), true);
  out.set(h, 8);
  return out;
}

/** A zip local-file header followed by filler: what torch.save writes. */
export function zipBytes(): Uint8Array {
  return Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, ...utf8('archive/data.pkl'), ...new Array(48).fill(0)]);
}

/** The start of a protocol-4 pickle (PROTO 4, FRAME …). */
export function pickleBytes(): Uint8Array {
  return Uint8Array.from([0x80, 0x04, 0x95, 0x10, 0, 0, 0, 0, 0, 0, 0, 0x7d, 0x94, 0x8c, 0x01, 0x61, 0x94, 0x4b, 0x01, 0x73, 0x2e]);
}

/** A .npy header (version 1.0) with the given dtype descriptor. */
export function npyBytes(descr: string): Uint8Array {
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': (1,), }`;
  while ((10 + header.length + 1) % 64 !== 0) header += ' ';
  header += '\n';
  const out = new Uint8Array(10 + header.length + 8);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 0x01, 0x00], 0);
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(utf8(header), 10);
  return out;
}

export function ggufBytes(): Uint8Array {
  return Uint8Array.from([...utf8('GGUF'), 3, 0, 0, 0, ...new Array(24).fill(0)]);
}

const ROLE_BY_PATH: Record<string, string> = {
  'inference.py': 'inference',
  'aggregate.py': 'aggregation',
  'conformance/basic.json': 'conformance',
  'weights/model.safetensors': 'weights',
  'tokenizer.json': 'tokenizer',
  'config.json': 'config',
};

/** The files list for the kit's files (role from ROLE_BY_PATH, else "other"; format from the extension). */
export function listing(files: Map<string, Uint8Array>, roles: Record<string, string> = {}): Mutable[] {
  return [...files.keys()].sort(comparePaths).map((path) => {
    const bytes = files.get(path)!;
    const role = roles[path] ?? ROLE_BY_PATH[path] ?? (['safetensors', 'onnx', 'gguf', 'npy', 'npz', 'pt', 'pkl'].includes(extensionOf(path)) ? 'weights' : 'other');
    const format = formatOfExtension(extensionOf(path));
    return { path, role, size: bytes.length, sha256: hex(bytes), ...(format ? { format } : {}) };
  });
}

/** A kernel that passes every standard check under the default params. */
export function goodKernel(): KitKernel {
  const files = new Map<string, Uint8Array>([
    ['inference.py', utf8('def infer(inputs):\n    return {"text": inputs["text"]}\n')],
    ['aggregate.py', utf8('def aggregate(results):\n    return results[0]\n')],
    ['conformance/basic.json', utf8('{"text": "hello"}\n')],
    ['weights/model.safetensors', safetensors()],
    ['tokenizer.json', utf8('{"version": "1.0", "model": {"type": "BPE"}}\n')],
    ['config.json', utf8('{"hidden_size": 8}\n')],
  ]);
  const manifest = {
    schema: 'aivm.kernel/v1',
    name: 'acme-llm',
    version: '1.2.0',
    description: 'A tiny test model.',
    runtime: {
      name: 'pytorch',
      version: '2.3.1',
      os: 'linux',
      arch: 'x86_64',
      framework: { name: 'transformers', version: '4.41.2' },
      compiler: { name: 'gcc', version: '13.2.0', flags: ['-O2', '-fno-fast-math'] },
    },
    hardware: { class: 'cpu', min_memory_bytes: 1073741824 },
    determinism: { seed: 42, nondeterministic_ops: false, threads: 1, env: { PYTHONHASHSEED: '0' } },
    entrypoints: {
      inference: { path: 'inference.py', language: 'python', function: 'infer' },
      aggregation: { path: 'aggregate.py', language: 'python', function: 'aggregate' },
    },
    io: {
      input_schema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
      output_schema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
    },
    conformance: [
      { name: 'basic', input: { path: 'conformance/basic.json' }, expected_output_sha256: hex(utf8(canonicalJson({ text: 'hello' }))) },
      { name: 'inline-1', input: { inline: { text: 'hi' } }, expected_output_sha256: hex(utf8(canonicalJson({ text: 'hi' }))) },
    ],
    files: listing(files),
  };
  return { manifest, files, extra: [] };
}

/** Recomputes the manifest's files list from the kit's files (keeping roles given). */
export function relist(k: KitKernel, roles: Record<string, string> = {}): KitKernel {
  k.manifest.files = listing(k.files, roles);
  return k;
}

export function fileEntry(path: string, bytes: Uint8Array): KernelEntry {
  return { path, type: 'file', size: bytes.length, sha256: hex(bytes), head: bytes.slice(0, HEAD_BYTES) };
}

/** The KernelInput a scanner would produce for the kit kernel. */
export function toInput(k: KitKernel): KernelInput {
  const entries: KernelEntry[] = [];
  const dirs = new Set<string>();
  const addDirs = (p: string) => {
    for (const d of parentDirs(p)) dirs.add(d);
  };
  let manifestBytes: Uint8Array | undefined;
  if (!k.noManifest) {
    manifestBytes = k.manifestText === undefined ? utf8(JSON.stringify(k.manifest, null, 2)) : typeof k.manifestText === 'string' ? utf8(k.manifestText) : k.manifestText;
    entries.push(fileEntry(MANIFEST_PATH, manifestBytes));
  }
  for (const [p, b] of k.files) {
    entries.push(fileEntry(p, b));
    addDirs(p);
  }
  for (const e of k.extra) {
    entries.push(e);
    addDirs(e.path);
  }
  for (const d of dirs) if (!entries.some((e) => e.path === d)) entries.push({ path: d, type: 'directory', size: 0 });
  return { manifestBytes, entries };
}

export function entry(path: string, type: EntryType, size = 0): KernelEntry {
  return { path, type, size };
}

/** A deterministic permutation (xorshift32) for order-independence tests. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
