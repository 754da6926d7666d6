// The public part of a manifest: what the chain records with a version (and shows to anyone,
// even for a private model). It describes how to run the kernel and what to expect of it, but
// not its file list (that is inside the kernel, addressed by the root CID). Deterministic.

import { toHex, utf8 } from '../../../chain/bytes.js';
import { canonicalJson } from '../../../chain/genesis.js';
import { sha256 } from '../../../chain/hash.js';
import type { DeterminismSpec, EntrypointSpec, HardwareSpec, JsonObject, KernelManifest, RuntimeSpec } from './manifest.js';

export interface PublicConformanceVector {
  readonly name: string;
  /** sha256 (hex) of the input: the listed file's sha256, or of the canonical JSON of an inline input. */
  readonly input_sha256: string;
  readonly expected_output_sha256: string;
}

export interface PublicManifest {
  readonly schema: string;
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly runtime: RuntimeSpec;
  readonly hardware: HardwareSpec;
  readonly determinism: DeterminismSpec;
  readonly entrypoints: { readonly inference: EntrypointSpec; readonly aggregation: EntrypointSpec };
  readonly io: { readonly input_schema: JsonObject; readonly output_schema: JsonObject };
  readonly conformance: readonly PublicConformanceVector[];
}

function entrypoint(e: EntrypointSpec): EntrypointSpec {
  return e.function === undefined ? { path: e.path, language: e.language } : { path: e.path, language: e.language, function: e.function };
}

/**
 * The public part of a valid manifest as a value (fields copied one by one, so nothing outside
 * the schema can leak into it). Throws when a conformance input file is not in the files list
 * (runStandardChecks reports that as conformance.inputs).
 */
export function publicManifestValue(m: KernelManifest): PublicManifest {
  const sums = new Map<string, string>();
  for (const f of m.files) if (!sums.has(f.path)) sums.set(f.path, f.sha256);
  const r = m.runtime;
  const runtime: RuntimeSpec = {
    name: r.name,
    version: r.version,
    os: r.os,
    arch: r.arch,
    ...(r.framework ? { framework: { name: r.framework.name, version: r.framework.version } } : {}),
    ...(r.compiler ? { compiler: { name: r.compiler.name, version: r.compiler.version, flags: [...r.compiler.flags] } } : {}),
  };
  const h = m.hardware;
  const hardware: HardwareSpec = {
    class: h.class,
    min_memory_bytes: h.min_memory_bytes,
    ...(h.accelerators ? { accelerators: h.accelerators.map((a) => ({ kind: a.kind, count: a.count, min_memory_bytes: a.min_memory_bytes })) } : {}),
  };
  const d = m.determinism;
  const determinism: DeterminismSpec = {
    seed: d.seed,
    nondeterministic_ops: d.nondeterministic_ops,
    ...(d.threads !== undefined ? { threads: d.threads } : {}),
    ...(d.env !== undefined ? { env: { ...d.env } } : {}),
  };
  const conformance = m.conformance.map((v) => {
    let input_sha256: string;
    if ('path' in v.input) {
      const s = sums.get(v.input.path);
      if (s === undefined) throw new Error(`conformance vector ${JSON.stringify(v.name)}: input ${JSON.stringify(v.input.path)} is not in the files list`);
      input_sha256 = s;
    } else input_sha256 = toHex(sha256(utf8(canonicalJson(v.input.inline))));
    return { name: v.name, input_sha256, expected_output_sha256: v.expected_output_sha256 };
  });
  return {
    schema: m.schema,
    name: m.name,
    version: m.version,
    ...(m.description !== undefined ? { description: m.description } : {}),
    runtime,
    hardware,
    determinism,
    entrypoints: { inference: entrypoint(m.entrypoints.inference), aggregation: entrypoint(m.entrypoints.aggregation) },
    io: { input_schema: m.io.input_schema, output_schema: m.io.output_schema },
    conformance,
  };
}

/** The public part of a valid manifest as canonical JSON (sorted keys, no whitespace). */
export function publicManifest(m: KernelManifest): string {
  return canonicalJson(publicManifestValue(m));
}
