// `aivmd kernel init`: scaffolds a kernel directory that passes the standard checks as it is, so
// a developer starts from green and replaces the placeholders one by one.

import { constants, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { toHex, utf8 } from '../../chain/bytes.js';
import { canonicalJson } from '../../chain/genesis.js';
import { sha256 } from '../../chain/hash.js';
import {
  KERNEL_SCHEMA_V1,
  MANIFEST_PATH,
  NAME_RE,
  SEMVER_RE,
  validateManifestValue,
  type DeterminismSpec,
  type HardwareSpec,
  type JsonObject,
  type JsonValue,
  type RuntimeSpec,
} from '../../modules/verification/standard/index.js';
import { KernelError, fsError, throwIfAborted } from './errors.js';
import { fillManifest, type ListedFile } from './manifest.js';

export interface InitKernelOptions {
  /** Kernel name (lowercase letters, digits, ".", "_", "-"). */
  readonly name: string;
  /** Semantic version; default "0.1.0". */
  readonly version?: string;
  readonly description?: string;
  /** Overrides of the default runtime (pytorch on linux/x86_64). */
  readonly runtime?: Partial<RuntimeSpec>;
  /** Replaces the default hardware (cpu, 1 GiB). */
  readonly hardware?: HardwareSpec;
  /** Fixed seed; default 42. */
  readonly seed?: number;
  /** Write into a non-empty directory (scaffold files are overwritten, other files are kept and listed). */
  readonly force?: boolean;
  readonly signal?: AbortSignal;
}

export interface InitKernelResult {
  readonly dir: string;
  readonly manifestPath: string;
  /** Paths (relative to the kernel root) the scaffold wrote, aivm.json included. */
  readonly written: readonly string[];
  /** The files list written into aivm.json. */
  readonly files: readonly ListedFile[];
}

export const DEFAULT_RUNTIME: RuntimeSpec = {
  name: 'pytorch',
  version: '2.3.1',
  os: 'linux',
  arch: 'x86_64',
  framework: { name: 'safetensors', version: '0.4.3' },
  compiler: { name: 'cpython', version: '3.11.9', flags: [] },
};

export const DEFAULT_HARDWARE: HardwareSpec = { class: 'cpu', min_memory_bytes: 1024 ** 3 };

const INPUT_SCHEMA: JsonObject = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'input',
  type: 'object',
  properties: { text: { type: 'string', maxLength: 4096 } },
  required: ['text'],
  additionalProperties: false,
};

const OUTPUT_SCHEMA: JsonObject = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'output',
  type: 'object',
  properties: { text: { type: 'string' } },
  required: ['text'],
  additionalProperties: false,
};

/** The conformance input of the scaffold, and what the stub inference returns for it. */
const EXAMPLE_INPUT = { text: 'hello, aivm' };
const EXAMPLE_OUTPUT = { text: 'hello, aivm' };

/**
 * A valid safetensors file with no tensors: u64 little-endian header length, then a JSON header
 * (only __metadata__) padded with spaces to a multiple of 8 bytes, as the format recommends.
 */
export function emptySafetensors(metadata: Record<string, string> = { format: 'aivm-placeholder' }): Uint8Array {
  let header = JSON.stringify({ __metadata__: metadata });
  while ((8 + header.length) % 8 !== 0) header += ' ';
  const h = utf8(header);
  const out = new Uint8Array(8 + h.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(h.length), true);
  out.set(h, 8);
  return out;
}

function inferencePy(name: string): string {
  return `"""Inference entrypoint of the AIVM kernel ${JSON.stringify(name)}.

The node calls infer(inputs) with one JSON value matching io.input_schema in aivm.json
(also in schemas/input.json) and expects one JSON value matching io.output_schema back.
Everything must be deterministic: seed every random generator with determinism.seed
from aivm.json, keep the thread count fixed, and use no non-deterministic operations.

This placeholder reads the (empty) weights file and echoes the input text, which is
what the conformance vector conformance/basic.json expects. Replace it with your model,
then update the vector's expected_output_sha256: the sha256 of the canonical JSON
(sorted keys, no whitespace, UTF-8) of the output.
"""
import json
import os

KERNEL_DIR = os.path.dirname(os.path.abspath(__file__))
WEIGHTS_PATH = os.path.join(KERNEL_DIR, "weights", "model.safetensors")


def _read_safetensors_header(path):
    # safetensors: 8-byte little-endian header length, JSON header, then tensor data.
    with open(path, "rb") as f:
        n = int.from_bytes(f.read(8), "little")
        return json.loads(f.read(n))


HEADER = _read_safetensors_header(WEIGHTS_PATH)


def infer(inputs):
    return {"text": inputs["text"]}
`;
}

const AGGREGATE_PY = `"""Aggregation entrypoint: combines the outputs several nodes gave for one input.

aggregate(results) receives a list of output values (each matching io.output_schema)
and returns the one answer. This placeholder returns the output given by the most
nodes; ties go to the smallest canonical JSON, so every node aggregates identically.
"""
import json


def _canonical(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def aggregate(results):
    if not results:
        raise ValueError("aggregate needs at least one result")
    counts = {}
    for r in results:
        key = _canonical(r)
        counts[key] = counts.get(key, 0) + 1
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return json.loads(best)
`;

function pretty(v: JsonValue): string {
  return `${JSON.stringify(v, null, 2)}\n`;
}

async function isEmptyOrMissing(dir: string): Promise<{ exists: boolean; names: string[] }> {
  let st;
  try {
    st = await fsp.stat(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false, names: [] };
    throw fsError('inspect', dir, e);
  }
  if (!st.isDirectory()) throw new KernelError('KERNEL_NOT_A_DIRECTORY', `${dir} exists and is not a directory: choose another path for the kernel`, { path: dir });
  try {
    return { exists: true, names: await fsp.readdir(dir) };
  } catch (e) {
    throw fsError('list', dir, e);
  }
}

/**
 * Scaffolds a kernel in `dir` (created if missing): aivm.json with every section filled with
 * placeholders, inference.py, aggregate.py, schemas/input.json and schemas/output.json, one
 * conformance vector and a valid, empty safetensors weights file; then lists every file in
 * aivm.json. The result passes `check` as it is. Refuses a non-empty directory unless `force`.
 */
export async function initKernel(dir: string, opts: InitKernelOptions): Promise<InitKernelResult> {
  throwIfAborted(opts.signal);
  const version = opts.version ?? '0.1.0';
  if (typeof opts.name !== 'string' || !NAME_RE.test(opts.name))
    throw new KernelError('KERNEL_INVALID_OPTIONS', `kernel name ${JSON.stringify(opts.name)} is invalid: use 3–64 lowercase letters, digits, ".", "_" or "-", starting and ending with a letter or digit`);
  if (!SEMVER_RE.test(version)) throw new KernelError('KERNEL_INVALID_OPTIONS', `version ${JSON.stringify(version)} is not a semantic version such as "0.1.0"`);

  const conformanceInput = 'conformance/basic.json';
  const template: JsonObject = {
    schema: KERNEL_SCHEMA_V1,
    name: opts.name,
    version,
    description: opts.description ?? `${opts.name}: describe what the model does, its training data and its license here.`,
    runtime: { ...DEFAULT_RUNTIME, ...(opts.runtime ?? {}) } as unknown as JsonObject,
    hardware: (opts.hardware ?? DEFAULT_HARDWARE) as unknown as JsonObject,
    determinism: {
      seed: opts.seed ?? 42,
      nondeterministic_ops: false,
      threads: 1,
      env: { PYTHONHASHSEED: '0', CUBLAS_WORKSPACE_CONFIG: ':4096:8' },
    } satisfies DeterminismSpec as unknown as JsonObject,
    entrypoints: {
      inference: { path: 'inference.py', language: 'python', function: 'infer' },
      aggregation: { path: 'aggregate.py', language: 'python', function: 'aggregate' },
    },
    io: { input_schema: INPUT_SCHEMA, output_schema: OUTPUT_SCHEMA },
    conformance: [
      {
        name: 'basic',
        input: { path: conformanceInput },
        expected_output_sha256: toHex(sha256(utf8(canonicalJson(EXAMPLE_OUTPUT)))),
      },
    ],
    files: [],
  };
  // A JSON round trip drops options given as undefined, as writing the file would.
  const manifest = JSON.parse(JSON.stringify(template)) as JsonObject;
  // Bad overrides (a runtime name with spaces, a seed of -1, …) are refused before anything is written.
  const shape = validateManifestValue(manifest).issues;
  if (shape.length > 0) throw new KernelError('KERNEL_INVALID_OPTIONS', `the options give an invalid manifest: ${shape.map((i) => i.message).join('; ')}`);

  const { exists, names } = await isEmptyOrMissing(dir);
  if (exists && names.length > 0 && !opts.force) {
    if (names.includes(MANIFEST_PATH))
      throw new KernelError('KERNEL_MANIFEST_EXISTS', `${path.join(dir, MANIFEST_PATH)} already exists: this is already a kernel; use aivmd kernel manifest to update it, or pass --force to scaffold over it`, {
        path: path.join(dir, MANIFEST_PATH),
      });
    throw new KernelError('KERNEL_DIR_NOT_EMPTY', `${dir} is not empty (${names.length} entries): choose an empty or new directory, or pass --force to add the scaffold to it`, { path: dir });
  }

  const scaffold: Array<[string, string | Uint8Array]> = [
    [MANIFEST_PATH, pretty(manifest)],
    ['inference.py', inferencePy(opts.name)],
    ['aggregate.py', AGGREGATE_PY],
    ['schemas/input.json', pretty(INPUT_SCHEMA)],
    ['schemas/output.json', pretty(OUTPUT_SCHEMA)],
    [conformanceInput, pretty(EXAMPLE_INPUT)],
    ['weights/model.safetensors', emptySafetensors()],
  ];
  for (const [rel, data] of scaffold) {
    throwIfAborted(opts.signal);
    const file = path.join(dir, ...rel.split('/'));
    try {
      await fsp.mkdir(path.dirname(file), { recursive: true });
      // O_NOFOLLOW: with --force, never write through a symlink to somewhere outside the kernel.
      await fsp.writeFile(file, data, { flag: constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ELOOP')
        throw new KernelError('KERNEL_DIR_NOT_EMPTY', `${file} is a symbolic link: remove it before scaffolding over this directory`, { path: file, cause: e });
      throw fsError('write', file, e);
    }
  }
  const filled = await fillManifest(dir, opts.signal ? { signal: opts.signal } : {});
  return { dir: path.resolve(dir), manifestPath: filled.manifestPath, written: scaffold.map(([rel]) => rel), files: filled.files };
}
