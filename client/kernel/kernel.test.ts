import { afterAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_VERIFICATION_PARAMS } from '../../modules/verification/params.js';
import { parseManifest, runStandardChecks, type Report } from '../../modules/verification/standard/index.js';
import { checkKernelDir, fillManifest, formatReport, initKernel, isKernelError, scanKernelDir, type KernelErrorCode, type ScanProgress } from './index.js';

const roots: string[] = [];
let dir: string;

async function tempDir(): Promise<string> {
  const d = await fsp.mkdtemp(path.join(os.tmpdir(), 'aivm-kernel-test-'));
  roots.push(d);
  return d;
}

afterAll(async () => {
  for (const d of roots) await fsp.rm(d, { recursive: true, force: true });
});

beforeEach(async () => {
  dir = path.join(await tempDir(), 'my-kernel');
});

function failed(r: Report): string[] {
  return r.checks.filter((c) => !c.pass).map((c) => c.id);
}

async function expectKernelError(p: Promise<unknown>, code: KernelErrorCode, message?: RegExp): Promise<void> {
  let err: unknown;
  try {
    await p;
  } catch (e) {
    err = e;
  }
  expect(isKernelError(err, code)).toBe(true);
  if (message) expect((err as Error).message).toMatch(message);
}

describe('init → manifest → check', () => {
  test('a freshly scaffolded kernel passes every check', async () => {
    const res = await initKernel(dir, { name: 'acme-llm' });
    expect(res.written).toEqual(['aivm.json', 'inference.py', 'aggregate.py', 'schemas/input.json', 'schemas/output.json', 'conformance/basic.json', 'weights/model.safetensors']);
    expect(res.files.map((f) => [f.path, f.role, f.format])).toEqual([
      ['aggregate.py', 'aggregation', undefined],
      ['conformance/basic.json', 'conformance', 'json'],
      ['inference.py', 'inference', undefined],
      ['schemas/input.json', 'schema', 'json'],
      ['schemas/output.json', 'schema', 'json'],
      ['weights/model.safetensors', 'weights', 'safetensors'],
    ]);
    const { report, digest } = await checkKernelDir(dir);
    expect(failed(report)).toEqual([]);
    expect(report.pass).toBe(true);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    // The manifest is the strict v1 schema, and it names the kernel as asked.
    const m = parseManifest(await fsp.readFile(path.join(dir, 'aivm.json')));
    expect(m.name).toBe('acme-llm');
    expect(m.version).toBe('0.1.0');
    expect(m.determinism).toMatchObject({ seed: 42, nondeterministic_ops: false });
  });

  test('the scaffold’s weights file is a real safetensors file and its conformance digest is that of the stub’s output', async () => {
    await initKernel(dir, { name: 'acme-llm' });
    const st = await fsp.readFile(path.join(dir, 'weights/model.safetensors'));
    const n = Number(st.readBigUInt64LE(0));
    expect(8 + n).toBe(st.length);
    expect(JSON.parse(st.subarray(8).toString('utf8'))).toEqual({ __metadata__: { format: 'aivm-placeholder' } });
    const m = parseManifest(await fsp.readFile(path.join(dir, 'aivm.json')));
    const input = JSON.parse(await fsp.readFile(path.join(dir, 'conformance/basic.json'), 'utf8'));
    // inference.py echoes {"text": …}; the expected digest is sha256 of the canonical JSON output.
    const expected = createHash('sha256').update(JSON.stringify({ text: input.text })).digest('hex');
    expect(m.conformance[0]!.expected_output_sha256).toBe(expected);
    expect(await fsp.readFile(path.join(dir, 'inference.py'), 'utf8')).toMatch(/def infer\(inputs\):\n {4}return \{"text": inputs\["text"\]\}/);
  });

  test('manifest is idempotent: filling an up-to-date kernel rewrites the same bytes', async () => {
    await initKernel(dir, { name: 'acme-llm' });
    const before = await fsp.readFile(path.join(dir, 'aivm.json'), 'utf8');
    const res = await fillManifest(dir);
    expect(await fsp.readFile(path.join(dir, 'aivm.json'), 'utf8')).toBe(before);
    expect(res).toMatchObject({ added: [], removed: [], changed: [], skipped: [] });
    expect(before.endsWith('}\n')).toBe(true);
    expect(before).toMatch(/^\{\n {2}"schema": "aivm\.kernel\/v1",\n {2}"name": "acme-llm",/);
  });

  test('a check of the same directory gives the same digest every time', async () => {
    await initKernel(dir, { name: 'acme-llm' });
    const a = await checkKernelDir(dir);
    const b = await checkKernelDir(dir);
    expect(b.digest).toBe(a.digest);
  });
});

describe('a kernel changed after its manifest was written fails check', () => {
  beforeEach(async () => {
    await initKernel(dir, { name: 'acme-llm' });
  });

  test('tampering one byte fails files.sha256 (and nothing else)', async () => {
    const f = path.join(dir, 'inference.py');
    const bytes = await fsp.readFile(f);
    bytes[bytes.length - 2] ^= 0x01;
    await fsp.writeFile(f, bytes);
    const { report } = await checkKernelDir(dir);
    expect(failed(report)).toEqual(['files.sha256']);
    expect(report.checks.find((c) => c.id === 'files.sha256')!.detail).toMatch(/^"inference\.py" has sha256 [0-9a-f]{64} but files lists/);
  });

  test('adding an unlisted file fails files.unlisted; manifest lists it and check passes again', async () => {
    await fsp.writeFile(path.join(dir, 'README.md'), '# acme\n');
    const { report } = await checkKernelDir(dir);
    expect(failed(report)).toEqual(['files.unlisted']);
    const res = await fillManifest(dir);
    expect(res.added).toEqual(['README.md']);
    expect(res.files.find((f) => f.path === 'README.md')?.role).toBe('other');
    expect((await checkKernelDir(dir)).report.pass).toBe(true);
  });

  test('a symlink fails paths.no_symlinks and is never followed', async () => {
    const outside = path.join(path.dirname(dir), 'secret.txt');
    await fsp.writeFile(outside, 'outside the kernel');
    await fsp.symlink(outside, path.join(dir, 'weights', 'link.txt'));
    const input = await scanKernelDir(dir);
    const link = input.entries.find((e) => e.path === 'weights/link.txt')!;
    expect(link).toEqual({ path: 'weights/link.txt', type: 'symlink', size: 0 });
    const r = runStandardChecks(input, DEFAULT_VERIFICATION_PARAMS);
    expect(failed(r)).toEqual(['paths.no_symlinks']);
    // manifest does not list it either, and says so.
    const res = await fillManifest(dir);
    expect(res.skipped).toEqual([{ path: 'weights/link.txt', type: 'symlink' }]);
    expect(res.files.some((f) => f.path === 'weights/link.txt')).toBe(false);
  });

  test('removing a listed file fails files.present (and the conformance input check that needs it)', async () => {
    await fsp.rm(path.join(dir, 'conformance', 'basic.json'));
    const { report } = await checkKernelDir(dir);
    expect(failed(report)).toEqual(['conformance.inputs', 'files.present']);
    expect(report.checks.find((c) => c.id === 'files.present')!.detail).toMatch(/"conformance\/basic\.json" is listed but missing/);
  });

  test('a torch .pt file fails formats.forbidden, and passes only when params allow pickle', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    await fsp.writeFile(path.join(dir, 'weights', 'extra.pt'), zip);
    const res = await fillManifest(dir);
    expect(res.files.find((f) => f.path === 'weights/extra.pt')).toMatchObject({ role: 'weights', format: 'pt' });
    expect(failed((await checkKernelDir(dir)).report)).toEqual(['formats.allowed', 'formats.forbidden']);
    expect((await checkKernelDir(dir, { ...DEFAULT_VERIFICATION_PARAMS, allow_pickle: true })).report.pass).toBe(true);
  });

  test('a socket in the kernel fails paths.no_special', async () => {
    const sock = path.join(dir, 's.sock');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const input = await scanKernelDir(dir);
      expect(input.entries.find((e) => e.path === 's.sock')?.type).toBe('other');
      expect(failed(runStandardChecks(input, DEFAULT_VERIFICATION_PARAMS))).toEqual(['paths.no_special']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('formatReport shows one ✓/✗ line per check and a FAIL summary', async () => {
    await fsp.writeFile(path.join(dir, 'notes.txt'), 'x');
    const { report, digest } = await checkKernelDir(dir);
    const text = formatReport(report, { digest });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('kernel check: FAIL (1 of 40 checks failed)');
    expect(lines.filter((l) => l.startsWith('✓ '))).toHaveLength(39);
    expect(lines.find((l) => l.startsWith('✗ '))).toMatch(/^✗ files\.unlisted +"notes\.txt" is in the kernel but not listed/);
    expect(text).toContain(`report digest:   ${digest}`);
  });
});

describe('fillManifest', () => {
  test('keeps role and format of entries that remain, and every other field in place', async () => {
    await initKernel(dir, { name: 'acme-llm', description: 'Keep me.' });
    const file = path.join(dir, 'aivm.json');
    const m = JSON.parse(await fsp.readFile(file, 'utf8'));
    m.files.find((f: { path: string }) => f.path === 'schemas/input.json').role = 'config';
    m.files.find((f: { path: string }) => f.path === 'schemas/output.json').format = 'jsonschema';
    m.files.push({ path: 'gone.bin', role: 'other', size: 1, sha256: '0'.repeat(64) });
    await fsp.writeFile(file, JSON.stringify(m));
    await fsp.writeFile(path.join(dir, 'schemas', 'input.json'), '{"type": "object"}\n');
    await fsp.mkdir(path.join(dir, 'tok'));
    await fsp.writeFile(path.join(dir, 'tok', 'tokenizer.json'), '{}');
    const res = await fillManifest(dir);
    expect(res.added).toEqual(['tok/tokenizer.json']);
    expect(res.removed).toEqual(['gone.bin']);
    expect(res.changed).toEqual(['schemas/input.json']);
    const after = JSON.parse(await fsp.readFile(file, 'utf8'));
    expect(Object.keys(after)).toEqual(Object.keys(m));
    expect(after.description).toBe('Keep me.');
    expect(after.files.map((f: { path: string; role: string; format?: string }) => [f.path, f.role, f.format ?? null])).toEqual([
      ['aggregate.py', 'aggregation', null],
      ['conformance/basic.json', 'conformance', 'json'],
      ['inference.py', 'inference', null],
      ['schemas/input.json', 'config', 'json'],
      ['schemas/output.json', 'schema', 'jsonschema'],
      ['tok/tokenizer.json', 'tokenizer', 'json'],
      ['weights/model.safetensors', 'weights', 'safetensors'],
    ]);
  });

  test('refuses a missing or invalid manifest with a code and a line number', async () => {
    await fsp.mkdir(dir);
    await expectKernelError(fillManifest(dir), 'KERNEL_MANIFEST_MISSING', /aivm\.json does not exist/);
    await fsp.writeFile(path.join(dir, 'aivm.json'), '{\n  "name": "x",\n  "name": "y"\n}\n');
    await expectKernelError(fillManifest(dir), 'KERNEL_MANIFEST_INVALID', /duplicate key "name" at line 3, column 3/);
    await fsp.writeFile(path.join(dir, 'aivm.json'), '[]');
    await expectKernelError(fillManifest(dir), 'KERNEL_MANIFEST_INVALID', /must hold a JSON object/);
  });
});

describe('initKernel refuses', () => {
  test('a non-empty directory, and a directory that is already a kernel, unless force', async () => {
    await fsp.mkdir(dir);
    await fsp.writeFile(path.join(dir, 'model.onnx'), Buffer.from([0x08, 0x07]));
    await expectKernelError(initKernel(dir, { name: 'acme' }), 'KERNEL_DIR_NOT_EMPTY', /not empty .*--force/);
    const res = await initKernel(dir, { name: 'acme', force: true });
    expect(res.files.find((f) => f.path === 'model.onnx')).toMatchObject({ role: 'weights', format: 'onnx' });
    expect((await checkKernelDir(dir)).report.pass).toBe(true);
    await expectKernelError(initKernel(dir, { name: 'acme' }), 'KERNEL_MANIFEST_EXISTS', /already exists/);
  });

  test('with force, never writes through a symlink', async () => {
    await fsp.mkdir(dir);
    const target = path.join(path.dirname(dir), 'victim.py');
    await fsp.writeFile(target, 'original');
    await fsp.symlink(target, path.join(dir, 'inference.py'));
    await expectKernelError(initKernel(dir, { name: 'acme', force: true }), 'KERNEL_DIR_NOT_EMPTY', /symbolic link/);
    expect(await fsp.readFile(target, 'utf8')).toBe('original');
  });

  test('invalid options, before writing anything', async () => {
    await expectKernelError(initKernel(dir, { name: 'Acme LLM' }), 'KERNEL_INVALID_OPTIONS', /kernel name "Acme LLM" is invalid/);
    await expectKernelError(initKernel(dir, { name: 'acme', version: '1' }), 'KERNEL_INVALID_OPTIONS', /semantic version/);
    await expectKernelError(initKernel(dir, { name: 'acme', seed: -1 }), 'KERNEL_INVALID_OPTIONS', /seed must be a fixed integer/);
    await expect(fsp.stat(dir)).rejects.toThrow();
  });

  test('a path that is a file', async () => {
    await fsp.writeFile(dir, 'x');
    await expectKernelError(initKernel(dir, { name: 'acme' }), 'KERNEL_NOT_A_DIRECTORY');
    await expectKernelError(checkKernelDir(dir), 'KERNEL_NOT_A_DIRECTORY', /is not a directory/);
  });

  test('check of a directory that does not exist', async () => {
    await expectKernelError(checkKernelDir(path.join(dir, 'nope')), 'KERNEL_NOT_FOUND', /does not exist/);
  });
});

describe('scanKernelDir', () => {
  test('hashes large files by streaming, keeps 64 head bytes, sorts entries, reports progress', async () => {
    await fsp.mkdir(path.join(dir, 'b'), { recursive: true });
    const big = Buffer.alloc(5 * 1024 * 1024 + 123);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + 7) & 0xff;
    await fsp.writeFile(path.join(dir, 'b', 'big.bin'), big);
    await fsp.writeFile(path.join(dir, 'a.txt'), 'tiny');
    await fsp.writeFile(path.join(dir, 'aivm.json'), '{}');
    const events: ScanProgress[] = [];
    const input = await scanKernelDir(dir, { onProgress: (p) => events.push(p) });
    expect(input.entries.map((e) => [e.path, e.type])).toEqual([
      ['a.txt', 'file'],
      ['aivm.json', 'file'],
      ['b', 'directory'],
      ['b/big.bin', 'file'],
    ]);
    const e = input.entries.find((x) => x.path === 'b/big.bin')!;
    expect(e.size).toBe(big.length);
    expect(e.sha256).toBe(createHash('sha256').update(big).digest('hex'));
    expect(Buffer.from(e.head!)).toEqual(big.subarray(0, 64));
    expect(Buffer.from(input.entries[0]!.head!).toString()).toBe('tiny');
    expect(Buffer.from(input.manifestBytes!).toString()).toBe('{}');
    const last = events.filter((p) => p.phase === 'hash').at(-1)!;
    expect(last).toMatchObject({ filesDone: 3, filesTotal: 3, bytesDone: big.length + 6, bytesTotal: big.length + 6 });
  });

  test('a symlinked kernel root is followed (only the root)', async () => {
    await initKernel(dir, { name: 'acme' });
    const link = path.join(path.dirname(dir), 'link-to-kernel');
    await fsp.symlink(dir, link);
    expect((await checkKernelDir(link)).report.pass).toBe(true);
  });

  test('an aborted scan stops with KERNEL_ABORTED', async () => {
    await initKernel(dir, { name: 'acme' });
    const ac = new AbortController();
    ac.abort();
    await expectKernelError(scanKernelDir(dir, { signal: ac.signal }), 'KERNEL_ABORTED');
  });

  test('no manifest: the scan still lists everything and check fails manifest.present', async () => {
    await fsp.mkdir(path.join(dir, 'inner'), { recursive: true });
    await fsp.writeFile(path.join(dir, 'inner', 'aivm.json'), '{}');
    const { report } = await checkKernelDir(dir);
    expect(report.checks[0]).toEqual({
      id: 'manifest.present',
      pass: false,
      detail: 'aivm.json is missing at the kernel root: create it with aivmd kernel init, or move it to the root (found "inner/aivm.json": check the directory that contains it instead)',
    });
  });
});
