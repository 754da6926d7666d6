import { describe, expect, test } from '@jest/globals';
import { utf8 } from '../../../chain/bytes.js';
import { DEFAULT_VERIFICATION_PARAMS as P, type VerificationParams } from '../params.js';
import { runStandardChecks, type KernelInput } from './checks.js';
import { CHECK_IDS, type CheckId } from './ids.js';
import type { Report } from './report.js';
import { entry, fileEntry, ggufBytes, goodKernel, hex, npyBytes, pickleBytes, relist, safetensors, toInput, zipBytes, type KitKernel } from './test-kit.js';

const GiB = 1024 ** 3;

function check(r: Report, id: CheckId) {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in report`);
  return c;
}

function failing(r: Report): string[] {
  return r.checks.filter((c) => !c.pass).map((c) => `${c.id}: ${c.detail}`);
}

interface BadCase {
  /** The check this kernel must fail. */
  readonly id: CheckId;
  readonly what: string;
  /** Mutates the good kernel; may return a KernelInput built by hand. */
  readonly make: (k: KitKernel) => KernelInput | void;
  /** What the failing check's detail must say. */
  readonly detail: RegExp;
}

const deep = (n: number): unknown => (n === 0 ? { type: 'string' } : { items: deep(n - 1) });

// ---- the corpus of deliberately bad kernels ------------------------------------------------
const CORPUS: readonly BadCase[] = [
  {
    id: 'manifest.present',
    what: 'no aivm.json at all',
    make: (k) => {
      k.noManifest = true;
    },
    detail: /aivm\.json is missing at the kernel root/,
  },
  {
    id: 'manifest.present',
    what: 'aivm.json is a symlink',
    make: (k) => ({ manifestBytes: undefined, entries: [...toInput(k).entries.filter((e) => e.path !== 'aivm.json'), entry('aivm.json', 'symlink')] }),
    detail: /aivm\.json is a symlink, not a regular file/,
  },
  {
    id: 'manifest.present',
    what: 'manifest saved as AIVM.JSON',
    make: (k) => {
      k.noManifest = true;
      k.files.set('AIVM.JSON', utf8('{}'));
    },
    detail: /rename it to aivm\.json/,
  },
  {
    id: 'manifest.json',
    what: 'trailing comma',
    make: (k) => {
      k.manifestText = '{"schema": "aivm.kernel/v1",}';
    },
    detail: /not valid JSON: unexpected|not valid JSON: expected a string key.*line 1, column 29/,
  },
  {
    id: 'manifest.json',
    what: 'duplicate key (parsers disagree on which wins)',
    make: (k) => {
      k.manifestText = JSON.stringify(k.manifest).replace('"name":"acme-llm"', '"name":"acme-llm","name":"evil"');
    },
    detail: /duplicate key "name"/,
  },
  {
    id: 'manifest.json',
    what: 'top-level array',
    make: (k) => {
      k.manifestText = '[1, 2]';
    },
    detail: /must hold a JSON object, got an array/,
  },
  {
    id: 'manifest.json',
    what: 'nesting deeper than 64 levels',
    make: (k) => {
      k.manifest.io.input_schema = deep(70);
    },
    detail: /nesting deeper than 64 levels/,
  },
  {
    id: 'manifest.json',
    what: 'invalid UTF-8',
    make: (k) => {
      k.manifestText = Uint8Array.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]);
    },
    detail: /not valid UTF-8/,
  },
  {
    id: 'manifest.json',
    what: 'byte order mark',
    make: (k) => {
      k.manifestText = `\ufeff${JSON.stringify(k.manifest)}`;
    },
    detail: /byte order mark/,
  },
  {
    id: 'manifest.schema',
    what: 'unknown schema version',
    make: (k) => {
      k.manifest.schema = 'aivm.kernel/v2';
    },
    detail: /"aivm\.kernel\/v2" is not a manifest schema this version of aivm understands/,
  },
  {
    id: 'manifest.fields',
    what: 'typo in a top-level field',
    make: (k) => {
      k.manifest.runtme = k.manifest.runtime;
    },
    detail: /unknown top-level field "runtme" \(did you mean "runtime"\?\)/,
  },
  {
    id: 'manifest.fields',
    what: 'missing hardware section',
    make: (k) => {
      delete k.manifest.hardware;
    },
    detail: /required field "hardware" is missing/,
  },
  {
    id: 'manifest.name',
    what: 'uppercase name with a space',
    make: (k) => {
      k.manifest.name = 'Acme LLM';
    },
    detail: /name must be 3–64 lowercase/,
  },
  {
    id: 'manifest.version',
    what: 'version that is not semver',
    make: (k) => {
      k.manifest.version = '1.2';
    },
    detail: /semantic version/,
  },
  {
    id: 'manifest.description',
    what: 'description is a number',
    make: (k) => {
      k.manifest.description = 7;
    },
    detail: /description must be a string/,
  },
  {
    id: 'runtime.fields',
    what: 'compiler flags not an array and unknown runtime field',
    make: (k) => {
      k.manifest.runtime.compiler.flags = '-O2';
      k.manifest.runtime.cuda = '12.1';
    },
    detail: /runtime has an unknown field "cuda".*flags must be an array/,
  },
  {
    id: 'runtime.name',
    what: 'runtime not allowed',
    make: (k) => {
      k.manifest.runtime.name = 'caffe';
    },
    detail: /runtime\.name "caffe" is not an allowed runtime \(allowed: onnxruntime, pytorch/,
  },
  {
    id: 'runtime.os',
    what: 'OS not allowed',
    make: (k) => {
      k.manifest.runtime.os = 'windows';
    },
    detail: /"windows" is not an allowed operating system/,
  },
  {
    id: 'runtime.arch',
    what: 'architecture not allowed',
    make: (k) => {
      k.manifest.runtime.arch = 'riscv64';
    },
    detail: /"riscv64" is not an allowed architecture/,
  },
  {
    id: 'hardware.fields',
    what: 'negative memory and an accelerator without count',
    make: (k) => {
      k.manifest.hardware = { class: 'gpu', min_memory_bytes: -1, accelerators: [{ kind: 'nvidia-a100', min_memory_bytes: 1 }] };
    },
    detail: /min_memory_bytes must be an integer from 0.*accelerators\[0\]\.count is missing/,
  },
  {
    id: 'hardware.class',
    what: 'hardware class not allowed',
    make: (k) => {
      k.manifest.hardware = { class: 'fpga', min_memory_bytes: 1, accelerators: [{ kind: 'xilinx-u250', count: 1, min_memory_bytes: 1 }] };
    },
    detail: /"fpga" is not an allowed hardware class/,
  },
  {
    id: 'hardware.class',
    what: 'gpu class without accelerators',
    make: (k) => {
      k.manifest.hardware.class = 'gpu';
    },
    detail: /"gpu" but hardware\.accelerators lists none/,
  },
  {
    id: 'determinism.fields',
    what: 'zero threads and an unknown field',
    make: (k) => {
      k.manifest.determinism.threads = 0;
      k.manifest.determinism.deterministic = true;
    },
    detail: /unknown field "deterministic".*threads must be an integer from 1/,
  },
  {
    id: 'determinism.seed',
    what: 'no seed',
    make: (k) => {
      delete k.manifest.determinism.seed;
    },
    detail: /seed is missing/,
  },
  {
    id: 'determinism.seed',
    what: 'seed is not an integer',
    make: (k) => {
      k.manifest.determinism.seed = 1.5;
    },
    detail: /seed must be a fixed integer/,
  },
  {
    id: 'determinism.nondeterministic_ops',
    what: 'non-deterministic operations on',
    make: (k) => {
      k.manifest.determinism.nondeterministic_ops = true;
    },
    detail: /must be false/,
  },
  {
    id: 'entrypoints.fields',
    what: 'an extra entrypoint',
    make: (k) => {
      k.manifest.entrypoints.training = { path: 'train.py', language: 'python' };
    },
    detail: /entrypoints has an unknown field "training"/,
  },
  {
    id: 'entrypoints.inference',
    what: 'inference entrypoint file not in the kernel',
    make: (k) => {
      k.files.delete('inference.py');
      relist(k);
    },
    detail: /"inference\.py" is not listed in files/,
  },
  {
    id: 'entrypoints.inference',
    what: 'language not allowed',
    make: (k) => {
      k.manifest.entrypoints.inference.language = 'cobol';
    },
    detail: /language "cobol" is not an allowed language/,
  },
  {
    id: 'entrypoints.aggregation',
    what: 'aggregation entrypoint listed with the wrong role',
    make: (k) => {
      relist(k, { 'aggregate.py': 'other' });
    },
    detail: /listed with role "other"; the aggregation entrypoint must have role "aggregation"/,
  },
  {
    id: 'io.fields',
    what: 'unknown io field',
    make: (k) => {
      k.manifest.io.input_shape = [1, 3];
    },
    detail: /io has an unknown field "input_shape"/,
  },
  {
    id: 'io.input_schema',
    what: 'input schema is a string',
    make: (k) => {
      k.manifest.io.input_schema = 'text';
    },
    detail: /io\.input_schema must be a JSON Schema object/,
  },
  {
    id: 'io.output_schema',
    what: 'no output schema',
    make: (k) => {
      delete k.manifest.io.output_schema;
    },
    detail: /io\.output_schema is missing/,
  },
  {
    id: 'conformance.fields',
    what: 'duplicate names, uppercase digest, input with both path and inline',
    make: (k) => {
      k.manifest.conformance[1].name = 'basic';
      k.manifest.conformance[0].expected_output_sha256 = k.manifest.conformance[0].expected_output_sha256.toUpperCase();
      k.manifest.conformance.push({ name: 'both', input: { path: 'x.json', inline: 1 }, expected_output_sha256: hex(utf8('1')) });
    },
    detail: /64 lowercase hex.*"basic" is used by another vector.*exactly one field/,
  },
  {
    id: 'conformance.present',
    what: 'no conformance vectors',
    make: (k) => {
      k.manifest.conformance = [];
    },
    detail: /lists no vectors/,
  },
  {
    id: 'conformance.inputs',
    what: 'conformance input file missing',
    make: (k) => {
      k.manifest.conformance[0].input.path = 'conformance/missing.json';
    },
    detail: /input "conformance\/missing\.json" is not listed in files.*not a file in the kernel/,
  },
  {
    id: 'files.fields',
    what: 'bad role, uppercase sha256, and the manifest listing itself',
    make: (k) => {
      k.manifest.files[0].role = 'model';
      k.manifest.files[1].sha256 = k.manifest.files[1].sha256.toUpperCase();
      k.manifest.files.push({ path: 'aivm.json', role: 'config', size: 1, sha256: hex(utf8('x')) });
    },
    detail: /role must be one of.*sha256 must be 64 lowercase hex.*lists aivm\.json itself/,
  },
  {
    id: 'paths.safe',
    what: 'manifest lists a ../ path',
    make: (k) => {
      k.manifest.files.push({ path: '../escape.bin', role: 'other', size: 1, sha256: hex(utf8('x')) });
    },
    detail: /"\.\.\/escape\.bin" \(files\[6\]\.path\) has a "\.\." segment/,
  },
  {
    id: 'paths.safe',
    what: 'absolute path in the listing',
    make: (k) => {
      k.extra.push(fileEntry('/etc/passwd', utf8('root')));
    },
    detail: /"\/etc\/passwd" \(in the kernel\) is absolute/,
  },
  {
    id: 'paths.safe',
    what: 'backslash, empty segment, "." segment and NUL',
    make: (k) => {
      k.manifest.entrypoints.inference.path = 'src\\infer.py';
      k.manifest.files.push({ path: 'a//b', role: 'other', size: 1, sha256: hex(utf8('x')) });
      k.manifest.files.push({ path: './c', role: 'other', size: 1, sha256: hex(utf8('x')) });
      k.extra.push(fileEntry('d\u0000e', utf8('x')));
    },
    detail: /contains a NUL.*empty segment.*"\." segment.*backslash/,
  },
  {
    id: 'paths.unique',
    what: 'the same path twice in the listing',
    make: (k) => {
      k.extra.push(fileEntry('config.json', utf8('{"other": 1}')));
    },
    detail: /the kernel has "config\.json" 2 times/,
  },
  {
    id: 'paths.unique',
    what: 'paths that differ only in case',
    make: (k) => {
      k.files.set('weights/Model.safetensors', safetensors());
      relist(k);
    },
    detail: /"weights\/Model\.safetensors" and "weights\/model\.safetensors", which collide case-insensitively/,
  },
  {
    id: 'paths.unique',
    what: 'paths equal after Unicode NFC normalization',
    make: (k) => {
      k.files.set('caf\u00e9.txt', utf8('nfc'));
      k.files.set('cafe\u0301.txt', utf8('nfd'));
      relist(k);
    },
    detail: /collide after Unicode NFC normalization/,
  },
  {
    id: 'paths.unique',
    what: 'files lists a path twice and a file as a directory',
    make: (k) => {
      k.manifest.files.push({ ...k.manifest.files[0] });
      k.manifest.files.push({ path: 'config.json/inner', role: 'other', size: 1, sha256: hex(utf8('x')) });
    },
    detail: /files has "aggregate\.py" 2 times.*"config\.json" as a file, but "config\.json\/inner" needs it to be a directory/,
  },
  {
    id: 'paths.no_symlinks',
    what: 'a symlink in the kernel',
    make: (k) => {
      k.extra.push(entry('weights/link.safetensors', 'symlink'));
    },
    detail: /"weights\/link\.safetensors" is a symbolic link/,
  },
  {
    id: 'paths.no_special',
    what: 'a device file and a FIFO',
    make: (k) => {
      k.extra.push(entry('dev/sda', 'device'));
      k.extra.push(entry('pipe', 'other'));
    },
    detail: /"dev\/sda" is a device file.*"pipe" is a special file/,
  },
  {
    id: 'files.present',
    what: 'a listed file removed',
    make: (k) => {
      k.files.delete('tokenizer.json');
    },
    detail: /"tokenizer\.json" is listed but missing/,
  },
  {
    id: 'files.present',
    what: 'a listed file that is a directory',
    make: (k) => {
      k.files.delete('config.json');
      k.extra.push(entry('config.json', 'directory'));
    },
    detail: /"config\.json" is listed as a file but is a directory/,
  },
  {
    id: 'files.size',
    what: 'a file truncated',
    make: (k) => {
      k.files.set('config.json', utf8('{"hidden'));
    },
    detail: /"config\.json" is 8 bytes but files lists 19/,
  },
  {
    id: 'files.sha256',
    what: 'one byte tampered, same size',
    make: (k) => {
      k.files.set('inference.py', utf8('def infer(inputs):\n    return {"text": inputs["TEXT"]}\n'));
    },
    detail: /"inference\.py" has sha256 [0-9a-f]{64} but files lists [0-9a-f]{64}/,
  },
  {
    id: 'files.unlisted',
    what: 'a file not in the manifest',
    make: (k) => {
      k.files.set('notes.txt', utf8('secret'));
    },
    detail: /"notes\.txt" is in the kernel but not listed/,
  },
  {
    id: 'limits.file_count',
    what: 'more files than max_files',
    make: (k) => {
      for (let i = 0; i < P.max_files; i++) k.extra.push({ path: `shards/s${i}.txt`, type: 'file', size: 1, sha256: hex(utf8('x')), head: utf8('x') });
    },
    detail: /the kernel has 10007 files \(aivm\.json included\), more than max_files 10000/,
  },
  {
    id: 'limits.file_size',
    what: 'a file over max_file_bytes',
    make: (k) => {
      const size = 64 * GiB + 1;
      k.extra.push({ path: 'weights/huge.safetensors', type: 'file', size, sha256: hex(utf8('huge')), head: safetensors() });
      k.manifest.files.push({ path: 'weights/huge.safetensors', role: 'weights', size, sha256: hex(utf8('huge')), format: 'safetensors' });
    },
    detail: /"weights\/huge\.safetensors" is 68719476737 bytes, more than max_file_bytes 68719476736/,
  },
  {
    id: 'limits.total_size',
    what: 'a kernel over max_kernel_bytes',
    make: (k) => {
      for (let i = 0; i < 9; i++) k.extra.push({ path: `weights/part-${i}.safetensors`, type: 'file', size: 60 * GiB, sha256: hex(utf8(String(i))), head: safetensors() });
    },
    detail: /more than max_kernel_bytes 549755813888/,
  },
  {
    id: 'formats.allowed',
    what: 'weights in a format not allowed (h5)',
    make: (k) => {
      k.files.set('weights/model.h5', Uint8Array.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]));
      relist(k, { 'weights/model.h5': 'weights' });
    },
    detail: /"weights\/model\.h5" is in format "h5", not an allowed weights format/,
  },
  {
    id: 'formats.allowed',
    what: 'weights .bin without a declared format',
    make: (k) => {
      k.files.set('weights/model.bin', Uint8Array.from([1, 2, 3, 4]));
      relist(k, { 'weights/model.bin': 'weights' });
    },
    detail: /"weights\/model\.bin" \(role weights\) has no format/,
  },
  {
    id: 'formats.forbidden',
    what: 'a torch.save .pt file (zip)',
    make: (k) => {
      k.files.set('weights/model.pt', zipBytes());
      relist(k);
    },
    detail: /"weights\/model\.pt": declared format "pt" is forbidden; extension \.pt is a forbidden format; it is a zip archive/,
  },
  {
    id: 'formats.forbidden',
    what: '.bin with pickle magic',
    make: (k) => {
      k.files.set('weights/pytorch_model.bin', pickleBytes());
      relist(k, { 'weights/pytorch_model.bin': 'other' });
    },
    detail: /"weights\/pytorch_model\.bin": it starts with a pickle protocol 4 header/,
  },
  {
    id: 'formats.forbidden',
    what: 'declared pickle format on an innocent-looking name',
    make: (k) => {
      k.files.set('data/table.dat', utf8('plain'));
      relist(k);
      k.manifest.files.find((f: { path: string }) => f.path === 'data/table.dat').format = 'pickle';
    },
    detail: /"data\/table\.dat": declared format "pickle" is forbidden/,
  },
  {
    id: 'formats.forbidden',
    what: 'a .npy array of Python objects',
    make: (k) => {
      k.files.set('weights/emb.npy', npyBytes('|O'));
      relist(k);
    },
    detail: /NumPy array of Python objects/,
  },
  {
    id: 'formats.forbidden',
    what: 'a .joblib file, even with an unrecognisable head',
    make: (k) => {
      k.files.set('model.joblib', utf8('not really a pickle'));
      relist(k);
    },
    detail: /extension \.joblib is a forbidden format/,
  },
  {
    id: 'formats.consistent',
    what: '.safetensors whose head is not a safetensors header',
    make: (k) => {
      k.files.set('weights/model.safetensors', utf8('this is not a safetensors file at all, just text'));
      relist(k);
    },
    detail: /"weights\/model\.safetensors" \(safetensors\) does not start with a safetensors header/,
  },
  {
    id: 'formats.consistent',
    what: '.gguf without the GGUF magic',
    make: (k) => {
      k.files.set('weights/model.gguf', utf8('GGML old format'));
      relist(k);
    },
    detail: /does not start with the GGUF magic/,
  },
  {
    id: 'formats.consistent',
    what: 'declared format disagrees with the extension',
    make: (k) => {
      k.manifest.files.find((f: { path: string }) => f.path === 'weights/model.safetensors').format = 'onnx';
    },
    detail: /declared format "onnx" but its extension \.safetensors means "safetensors"/,
  },
  {
    id: 'formats.consistent',
    what: 'a file given without head bytes',
    make: (k) => {
      const input = toInput(k);
      return { ...input, entries: input.entries.map((e) => (e.path === 'config.json' ? { path: e.path, type: e.type, size: e.size, sha256: e.sha256! } : e)) };
    },
    detail: /"config\.json": contents not examined \(no head bytes were given\)/,
  },
];

describe('a good kernel', () => {
  test('passes every check, in the documented order, with a manifest digest', () => {
    const k = goodKernel();
    const r = runStandardChecks(toInput(k), P);
    expect(failing(r)).toEqual([]);
    expect(r.pass).toBe(true);
    expect(r.schema).toBe('aivm.report/v1');
    expect(r.checks.map((c) => c.id)).toEqual(CHECK_IDS);
    expect(r.manifest_sha256).toBe(hex(toInput(k).manifestBytes!));
    expect(check(r, 'files.sha256').detail).toBe('6 present listed file(s) match their listed sha256');
  });

  test('a gpu kernel with accelerators, onnx/gguf/npz/npy weights and an empty directory passes', () => {
    const k = goodKernel();
    k.manifest.hardware = { class: 'gpu', min_memory_bytes: 16 * GiB, accelerators: [{ kind: 'nvidia-a100', count: 2, min_memory_bytes: 40 * GiB }] };
    k.manifest.runtime = { name: 'onnxruntime', version: '1.18.0', os: 'linux', arch: 'aarch64' };
    k.files.set('weights/model.onnx', Uint8Array.from([0x08, 0x07, 0x12, 0x04]));
    k.files.set('weights/model.gguf', ggufBytes());
    k.files.set('weights/arrays.npz', zipBytes());
    k.files.set('weights/emb.npy', npyBytes('<f4'));
    relist(k);
    k.extra.push(entry('empty-dir', 'directory'));
    const r = runStandardChecks(toInput(k), P);
    expect(failing(r)).toEqual([]);
    expect(check(r, 'formats.allowed').detail).toBe('5 weights file(s) in allowed formats (gguf, npy, npz, onnx, safetensors)');
  });

  test('a safetensors file whose header length looks like a pickle header is not taken for a pickle', () => {
    // header length 0x00_00_00_28_02_80 = 2,621,056 bytes: little-endian bytes 80 02 28 … (PROTO 2, MARK).
    const head = new Uint8Array(64).fill(0x20);
    head.set([0x80, 0x02, 0x28, 0, 0, 0, 0, 0, 0x7b], 0);
    const k = goodKernel();
    const size = 8 + 0x280280 + 16;
    k.extra.push({ path: 'weights/big.safetensors', type: 'file', size, sha256: hex(head), head });
    k.manifest.files.push({ path: 'weights/big.safetensors', role: 'weights', size, sha256: hex(head), format: 'safetensors' });
    k.manifest.files.sort((a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1));
    const r = runStandardChecks(toInput(k), P);
    expect(failing(r)).toEqual([]);
  });
});

describe('the corpus of bad kernels', () => {
  test('has at least 30 kernels and covers every check id', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((c) => c.id))).toEqual(new Set(CHECK_IDS));
  });

  test.each(CORPUS.map((c) => [c.id, c.what, c] as const))('fails %s: %s', (id, _what, c) => {
    const k = goodKernel();
    const input = c.make(k) ?? toInput(k);
    const r = runStandardChecks(input, P);
    const res = check(r, id);
    expect(res.pass).toBe(false);
    expect(res.detail).toMatch(c.detail);
    expect(r.pass).toBe(false);
    // The same kernel keeps failing the same way: the report is a pure function of the input.
    expect(runStandardChecks(input, P)).toEqual(r);
  });
});

describe('every check runs, even after failures', () => {
  test('one kernel with many problems reports each under its own id, and only those', () => {
    const k = goodKernel();
    k.manifest.runtime.os = 'windows';
    k.manifest.determinism.nondeterministic_ops = true;
    k.files.set('model.pkl', pickleBytes());
    k.files.set('config.json', utf8('{"hidden_size": 9}\n'));
    k.extra.push(entry('link', 'symlink'));
    const r = runStandardChecks(toInput(k), P);
    expect(r.checks.filter((c) => !c.pass).map((c) => c.id)).toEqual([
      'runtime.os',
      'determinism.nondeterministic_ops',
      'paths.no_symlinks',
      'files.sha256',
      'files.unlisted',
      'formats.forbidden',
    ]);
  });

  test('without a manifest, manifest checks are skipped but paths, limits and formats still run', () => {
    const k = goodKernel();
    k.noManifest = true;
    k.files.set('model.pkl', pickleBytes());
    k.extra.push(entry('x', 'symlink'));
    const r = runStandardChecks(toInput(k), P);
    expect(check(r, 'manifest.present').pass).toBe(false);
    expect(check(r, 'manifest.json').detail).toBe('skipped: manifest missing');
    expect(check(r, 'files.sha256')).toEqual({ id: 'files.sha256', pass: false, detail: 'skipped: manifest missing' });
    expect(check(r, 'formats.forbidden').detail).toMatch(/"model\.pkl".*pickle protocol 4/);
    expect(check(r, 'paths.no_symlinks').pass).toBe(false);
    expect(check(r, 'paths.safe').pass).toBe(true);
    expect(check(r, 'limits.total_size').pass).toBe(true);
    expect(check(r, 'formats.consistent').pass).toBe(true);
    expect(r.manifest_sha256).toBeNull();
  });

  test('with invalid JSON, later manifest checks say "skipped: manifest invalid"', () => {
    const k = goodKernel();
    k.manifestText = '{"schema": ';
    const r = runStandardChecks(toInput(k), P);
    expect(check(r, 'manifest.present').pass).toBe(true);
    expect(check(r, 'manifest.json').detail).toMatch(/not valid JSON: unexpected end of input at line 1, column 12/);
    for (const id of ['manifest.schema', 'runtime.name', 'entrypoints.inference', 'files.present', 'formats.allowed'] as const)
      expect(check(r, id)).toEqual({ id, pass: false, detail: 'skipped: manifest invalid' });
    expect(check(r, 'files.unlisted').pass).toBe(false);
  });

  test('an invalid files list skips the checks that need it and says where to look', () => {
    const k = goodKernel();
    k.manifest.files[2].size = '19';
    const r = runStandardChecks(toInput(k), P);
    expect(check(r, 'files.fields').detail).toMatch(/files\[2\]\.size must be an integer/);
    expect(check(r, 'files.present').detail).toBe('skipped: files list invalid (see files.fields)');
    expect(check(r, 'entrypoints.inference').detail).toBe('skipped: files list invalid (see files.fields)');
    expect(check(r, 'runtime.name').pass).toBe(true);
  });

  test('a missing section skips its checks and points at manifest.fields', () => {
    const k = goodKernel();
    delete k.manifest.runtime;
    const r = runStandardChecks(toInput(k), P);
    expect(check(r, 'runtime.name').detail).toBe('skipped: runtime missing (see manifest.fields)');
    expect(check(r, 'manifest.fields').detail).toBe('required field "runtime" is missing');
  });

  test('details list at most 10 problems and count the rest', () => {
    const k = goodKernel();
    for (let i = 0; i < 25; i++) k.files.set(`extra/${String(i).padStart(2, '0')}.txt`, utf8(String(i)));
    const d = check(runStandardChecks(toInput(k), P), 'files.unlisted').detail;
    expect(d.split('; ')).toHaveLength(11);
    expect(d).toMatch(/^"extra\/00\.txt" is in the kernel.*; … and 15 more$/);
  });

  test('details stay bounded: a 100 000-character path is quoted cut short', () => {
    const k = goodKernel();
    k.extra.push(fileEntry(`${'a'.repeat(100_000)}.txt`, utf8('x')));
    const r = runStandardChecks(toInput(k), P);
    const d = check(r, 'paths.safe').detail;
    expect(d).toMatch(/^"a{197}\.\.\." \(in the kernel\) is longer than 4096 bytes$/);
    expect(check(r, 'files.unlisted').detail.length).toBeLessThan(400);
  });

  test('a caller that passes something that is not a KernelInput gets a TypeError', () => {
    expect(() => runStandardChecks({ manifestBytes: undefined, entries: [{ path: 'a', type: 'file', size: -1 }] }, P)).toThrow(TypeError);
    expect(() => runStandardChecks({ manifestBytes: undefined, entries: [{ path: 'a', type: 'fifo' as 'other', size: 0 }] }, P)).toThrow(/type must be one of/);
  });
});

describe('params decide the outcome', () => {
  const withParams = (over: Partial<VerificationParams>): VerificationParams => ({ ...P, ...over });

  function pickleKernel(): KitKernel {
    const k = goodKernel();
    k.files.delete('weights/model.safetensors');
    k.files.set('weights/model.pt', zipBytes());
    return relist(k);
  }

  test('allow_pickle: a torch .pt kernel fails by default and passes when pickle is allowed', () => {
    const input = toInput(pickleKernel());
    const strict = runStandardChecks(input, P);
    expect(check(strict, 'formats.forbidden').pass).toBe(false);
    expect(check(strict, 'formats.allowed').detail).toMatch(/format "pt", not an allowed weights format/);
    const lax = runStandardChecks(input, withParams({ allow_pickle: true }));
    expect(failing(lax)).toEqual([]);
    expect(check(lax, 'formats.forbidden').detail).toBe('no forbidden format (pickle allowed by params)');
  });

  test('allow_pickle does not exempt forbidden formats that are not pickle-based', () => {
    const k = goodKernel();
    k.files.set('weights/model.keras', zipBytes());
    relist(k);
    const params = withParams({ allow_pickle: true, allowed_formats: [...P.allowed_formats, 'keras'], forbidden_formats: [...P.forbidden_formats, 'keras'] });
    const r = runStandardChecks(toInput(k), params);
    expect(check(r, 'formats.forbidden').detail).toMatch(/declared format "keras" is forbidden/);
    expect(check(r, 'formats.allowed').pass).toBe(true);
  });

  test('allowed lists: removing pytorch, linux or cpu fails exactly the matching check', () => {
    const input = toInput(goodKernel());
    expect(failing(runStandardChecks(input, withParams({ allowed_runtimes: ['onnxruntime'] })))).toEqual(['runtime.name: runtime.name "pytorch" is not an allowed runtime (allowed: onnxruntime)']);
    expect(failing(runStandardChecks(input, withParams({ allowed_os: ['freebsd'] }))).map((s) => s.split(':')[0])).toEqual(['runtime.os']);
    expect(failing(runStandardChecks(input, withParams({ allowed_hardware: ['gpu'] }))).map((s) => s.split(':')[0])).toEqual(['hardware.class']);
    expect(failing(runStandardChecks(input, withParams({ allowed_entrypoint_languages: ['rust'] }))).map((s) => s.split(':')[0])).toEqual(['entrypoints.inference', 'entrypoints.aggregation']);
    expect(failing(runStandardChecks(input, withParams({ allowed_formats: ['onnx'] }))).map((s) => s.split(':')[0])).toEqual(['formats.allowed']);
    expect(failing(runStandardChecks(input, withParams({ schema_versions: ['aivm.kernel/v2'] })))).toEqual([
      'manifest.schema: schema "aivm.kernel/v1" is not accepted by the chain (accepted: aivm.kernel/v2)',
    ]);
  });

  test('limits: lowering max_files, max_file_bytes and max_kernel_bytes fails the matching limit', () => {
    const input = toInput(goodKernel());
    expect(failing(runStandardChecks(input, withParams({ max_files: 6 })))).toEqual([
      'limits.file_count: the kernel has 7 files (aivm.json included), more than max_files 6: merge or remove files; files lists 6 files (7 with aivm.json), more than max_files 6',
    ]);
    expect(failing(runStandardChecks(input, withParams({ max_file_bytes: '50' }))).map((s) => s.split(':')[0])).toEqual(['limits.file_size']);
    expect(failing(runStandardChecks(input, withParams({ max_kernel_bytes: '100' }))).map((s) => s.split(':')[0])).toEqual(['limits.total_size']);
  });
});
