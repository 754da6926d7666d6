// The stable ids of the AIVM standard checks, in the fixed order in which every report lists
// them. An id is part of the report digest that validators attest to: once published it never
// changes meaning and is never reused. A new check gets a new id (appended to its group); a
// check that is retired keeps its id reserved. docs/kernel-format.md documents each one and how
// to fix a failure.

export const CHECKS = [
  { id: 'manifest.present', title: 'aivm.json is present at the kernel root as a regular file' },
  { id: 'manifest.json', title: 'aivm.json is UTF-8 JSON: one object, no duplicate keys, bounded size and depth' },
  { id: 'manifest.schema', title: 'schema is a manifest schema version the standard accepts' },
  { id: 'manifest.fields', title: 'every required top-level field is present and no unknown field is' },
  { id: 'manifest.name', title: 'name is a valid kernel name' },
  { id: 'manifest.version', title: 'version is a semantic version' },
  { id: 'manifest.description', title: 'description, when present, is a bounded string' },
  { id: 'runtime.fields', title: 'runtime is well formed (version, framework, compiler)' },
  { id: 'runtime.name', title: 'runtime.name is an allowed runtime' },
  { id: 'runtime.os', title: 'runtime.os is an allowed operating system' },
  { id: 'runtime.arch', title: 'runtime.arch is an allowed architecture' },
  { id: 'hardware.fields', title: 'hardware is well formed (memory, accelerators)' },
  { id: 'hardware.class', title: 'hardware.class is allowed and agrees with the accelerators' },
  { id: 'determinism.fields', title: 'determinism is well formed (threads, env)' },
  { id: 'determinism.seed', title: 'determinism.seed is a fixed integer' },
  { id: 'determinism.nondeterministic_ops', title: 'non-deterministic operations are turned off' },
  { id: 'entrypoints.fields', title: 'entrypoints has exactly inference and aggregation' },
  { id: 'entrypoints.inference', title: 'the inference entrypoint is a listed file in an allowed language' },
  { id: 'entrypoints.aggregation', title: 'the aggregation entrypoint is a listed file in an allowed language' },
  { id: 'io.fields', title: 'io has exactly input_schema and output_schema' },
  { id: 'io.input_schema', title: 'io.input_schema is a JSON Schema object' },
  { id: 'io.output_schema', title: 'io.output_schema is a JSON Schema object' },
  { id: 'conformance.fields', title: 'conformance vectors are well formed with unique names' },
  { id: 'conformance.present', title: 'at least one conformance vector' },
  { id: 'conformance.inputs', title: 'conformance input files are listed and present' },
  { id: 'files.fields', title: 'files entries are well formed (path, role, size, sha256, format)' },
  { id: 'paths.safe', title: 'every path is a safe relative POSIX path' },
  { id: 'paths.unique', title: 'no duplicate paths, no case-insensitive or Unicode-normalization collisions' },
  { id: 'paths.no_symlinks', title: 'no symbolic links' },
  { id: 'paths.no_special', title: 'no device files, FIFOs, sockets or other special files' },
  { id: 'files.present', title: 'every listed file is present as a regular file' },
  { id: 'files.size', title: 'every listed file has the listed size' },
  { id: 'files.sha256', title: 'every listed file has the listed sha256' },
  { id: 'files.unlisted', title: 'every file (the manifest excepted) is listed' },
  { id: 'limits.file_count', title: 'file count is within max_files' },
  { id: 'limits.file_size', title: 'every file is within max_file_bytes' },
  { id: 'limits.total_size', title: 'total kernel size is within max_kernel_bytes' },
  { id: 'formats.allowed', title: 'every weights file is in an allowed format' },
  { id: 'formats.forbidden', title: 'no file is in a forbidden (pickle-based) format' },
  { id: 'formats.consistent', title: 'declared formats, extensions and file contents agree' },
] as const;

export type CheckId = (typeof CHECKS)[number]['id'];

/** Every check id, in report order. */
export const CHECK_IDS: readonly CheckId[] = CHECKS.map((c) => c.id);

const TITLES: ReadonlyMap<string, string> = new Map(CHECKS.map((c) => [c.id, c.title]));

/** The one-line human description of a check id ("" for an unknown id). */
export function checkTitle(id: string): string {
  return TITLES.get(id) ?? '';
}
