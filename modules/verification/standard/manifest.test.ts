import { describe, expect, test } from '@jest/globals';
import { utf8 } from '../../../chain/bytes.js';
import { canonicalJson } from '../../../chain/genesis.js';
import { isSafetensors, magicMismatch, pickleProtocol } from './formats.js';
import { JsonSyntaxError, parseStrictJson } from './json.js';
import { ManifestError, parseManifest, readManifest } from './manifest.js';
import { collisionKey, extensionOf, pathProblem } from './paths.js';
import { publicManifest, publicManifestValue } from './public-manifest.js';
import { goodKernel, hex, npyBytes, pickleBytes, safetensors, zipBytes } from './test-kit.js';

describe('parseManifest', () => {
  test('a valid manifest parses to the typed value', () => {
    const k = goodKernel();
    const m = parseManifest(JSON.stringify(k.manifest));
    expect(m.name).toBe('acme-llm');
    expect(m.runtime.compiler?.flags).toEqual(['-O2', '-fno-fast-math']);
    expect(m.files).toHaveLength(6);
    expect(m.conformance[1]!.input).toEqual({ inline: { text: 'hi' } });
  });

  test('an invalid manifest throws ManifestError listing every problem with its check id', () => {
    const k = goodKernel();
    k.manifest.version = 'v1';
    k.manifest.determinism.seed = 'random';
    k.manifest.extra = 1;
    let err: unknown;
    try {
      parseManifest(JSON.stringify(k.manifest));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ManifestError);
    expect((err as ManifestError).issues.map((i) => i.check)).toEqual(['manifest.fields', 'manifest.version', 'determinism.seed']);
    expect((err as ManifestError).message).toMatch(/^invalid kernel manifest: \[manifest\.fields\] unknown top-level field "extra"/);
  });

  test('params are not the parser’s business: a runtime the chain does not allow still parses', () => {
    const k = goodKernel();
    k.manifest.runtime.name = 'caffe';
    expect(parseManifest(JSON.stringify(k.manifest)).runtime.name).toBe('caffe');
  });

  test('readManifest never throws and says why', () => {
    expect(readManifest(undefined).status).toBe('absent');
    expect(readManifest(utf8('nope')).issues).toEqual([{ check: 'manifest.json', message: 'aivm.json is not valid JSON: unexpected "n" at line 1, column 1' }]);
    const r = readManifest(utf8('{}'));
    expect(r.status).toBe('parsed');
    expect(r.manifest).toBeUndefined();
    expect(r.issues.filter((i) => i.check === 'manifest.fields')).toHaveLength(9);
  });

  test('nested unknown fields are errors too (typos never pass silently)', () => {
    const k = goodKernel();
    k.manifest.runtime.framework.verison = '1';
    k.manifest.files[0].sha = 'x';
    const issues = readManifest(utf8(JSON.stringify(k.manifest))).issues;
    expect(issues).toContainEqual({ check: 'runtime.fields', message: 'runtime.framework has an unknown field "verison" (did you mean "version"?)' });
    expect(issues).toContainEqual({ check: 'files.fields', message: 'files[0] has an unknown field "sha" (did you mean "sha256"?)' });
  });

  test('semver: prerelease and build metadata accepted, leading zeros refused', () => {
    const k = goodKernel();
    for (const [v, ok] of [
      ['1.2.0-rc.1+build.5', true],
      ['0.0.1', true],
      ['01.2.0', false],
      ['1.2.0-', false],
    ] as const) {
      k.manifest.version = v;
      expect(readManifest(utf8(JSON.stringify(k.manifest))).issues.some((i) => i.check === 'manifest.version')).toBe(!ok);
    }
  });
});

describe('strict JSON', () => {
  test('refuses duplicate keys, "__proto__", unpaired surrogates and deep nesting, with positions', () => {
    expect(() => parseStrictJson('{"a":1,\n "a":2}')).toThrow('duplicate key "a" at line 2, column 2');
    expect(() => parseStrictJson('{"__proto__": {}}')).toThrow(/"__proto__" is not allowed/);
    expect(() => parseStrictJson('"\\ud800x"')).toThrow(/unpaired surrogate/);
    expect(() => parseStrictJson('['.repeat(65) + ']'.repeat(65))).toThrow(/nesting deeper than 64/);
    expect(() => parseStrictJson('1e999')).toThrow(/out of range/);
    expect(() => parseStrictJson('{"a":01}')).toThrow(JsonSyntaxError);
    expect(() => parseStrictJson('"a\tb"')).toThrow(/control character/);
  });

  test('accepts what RFC 8259 accepts, like JSON.parse', () => {
    const text = ' {"a": [1, -2.5e3, true, false, null], "b": "x\\u00e9\\ud83d\\ude00\\n\\"", "c": {}} ';
    expect(parseStrictJson(text)).toEqual(JSON.parse(text));
    expect(parseStrictJson('['.repeat(64) + ']'.repeat(64))).toBeDefined();
  });
});

describe('public manifest', () => {
  test('has runtime, hardware, determinism, entrypoints, io and conformance digests, and no files', () => {
    const k = goodKernel();
    const m = parseManifest(JSON.stringify(k.manifest));
    const pub = publicManifestValue(m);
    expect(Object.keys(pub).sort()).toEqual(['conformance', 'description', 'determinism', 'entrypoints', 'hardware', 'io', 'name', 'runtime', 'schema', 'version']);
    expect(pub.conformance).toEqual([
      { name: 'basic', input_sha256: hex(utf8('{"text": "hello"}\n')), expected_output_sha256: k.manifest.conformance[0].expected_output_sha256 },
      { name: 'inline-1', input_sha256: hex(utf8('{"text":"hi"}')), expected_output_sha256: k.manifest.conformance[1].expected_output_sha256 },
    ]);
    expect(publicManifest(m)).toBe(canonicalJson(pub));
    expect(publicManifest(m)).not.toMatch(/files|sha256":"[0-9a-f]{64}","size/);
  });

  test('is canonical: the key order of the manifest does not matter, the files list does not matter', () => {
    const k = goodKernel();
    const a = publicManifest(parseManifest(JSON.stringify(k.manifest)));
    const reordered = Object.fromEntries(Object.entries(k.manifest).reverse());
    reordered.runtime = Object.fromEntries(Object.entries(k.manifest.runtime).reverse());
    reordered.files = [...k.manifest.files].reverse();
    expect(publicManifest(parseManifest(JSON.stringify(reordered)))).toBe(a);
    expect(a.startsWith('{"conformance":[{"expected_output_sha256":')).toBe(true);
  });
});

describe('paths', () => {
  test('safe and unsafe paths', () => {
    expect(pathProblem('weights/model.safetensors')).toBeUndefined();
    expect(pathProblem('données/modèle.onnx')).toBeUndefined();
    expect(pathProblem('')).toBe('is empty');
    expect(pathProblem('/abs')).toMatch(/absolute/);
    expect(pathProblem('C:/x')).toMatch(/drive letter/);
    expect(pathProblem('a/../b')).toMatch(/"\.\." segment/);
    expect(pathProblem('a/./b')).toMatch(/"\." segment/);
    expect(pathProblem('a/')).toMatch(/empty segment/);
    expect(pathProblem('a\\b')).toMatch(/backslash/);
    expect(pathProblem('a\nb')).toMatch(/control character/);
    expect(pathProblem('\ud800')).toMatch(/surrogate/);
    expect(pathProblem(`${'x'.repeat(256)}`)).toMatch(/segment longer than 255 bytes/);
    expect(pathProblem(`${'é'.repeat(128)}`)).toMatch(/segment longer than 255 bytes/);
    expect(pathProblem(Array.from({ length: 20 }, () => 'y'.repeat(250)).join('/'))).toMatch(/longer than 4096 bytes/);
  });

  test('collision keys and extensions', () => {
    expect(collisionKey('A/Café.txt')).toBe(collisionKey('a/cafe\u0301.TXT'));
    expect(extensionOf('w/model.SafeTensors')).toBe('safetensors');
    expect(extensionOf('.bashrc')).toBe('');
    expect(extensionOf('a.b/c')).toBe('');
    expect(extensionOf('archive.tar.gz')).toBe('gz');
  });
});

describe('format sniffing', () => {
  test('pickle headers, and what is not one', () => {
    expect(pickleProtocol(pickleBytes())).toBe(4);
    expect(pickleProtocol(Uint8Array.from([0x80, 0x02, 0x7d]))).toBe(2);
    expect(pickleProtocol(Uint8Array.from([0x80, 0x06, 0x7d]))).toBeUndefined();
    expect(pickleProtocol(Uint8Array.from([0x80, 0x02, 0x00]))).toBeUndefined();
    expect(pickleProtocol(safetensors())).toBeUndefined();
  });

  test('safetensors header: length bounds and the opening brace', () => {
    const st = safetensors();
    expect(isSafetensors(st, st.length)).toBe(true);
    expect(isSafetensors(st, st.length - 1)).toBe(false);
    const bad = st.slice();
    bad[8] = 0x5b;
    expect(isSafetensors(bad, bad.length)).toBe(false);
    expect(magicMismatch('safetensors', new Uint8Array(0), 0)).toMatch(/safetensors header/);
  });

  test('magic of other formats', () => {
    expect(magicMismatch('npz', zipBytes(), 64)).toBeUndefined();
    expect(magicMismatch('npy', npyBytes('<f4'), 128)).toBeUndefined();
    expect(magicMismatch('npy', zipBytes(), 64)).toMatch(/NUMPY/);
    expect(magicMismatch('tflite', utf8('\u0000\u0000\u0000\u0000TFL3'), 8)).toBeUndefined();
    expect(magicMismatch('json', utf8('  \n{"a":1}'), 10)).toBeUndefined();
    expect(magicMismatch('json', utf8('a: 1'), 4)).toMatch(/JSON/);
    expect(magicMismatch('onnx', utf8('anything'), 8)).toBeUndefined();
  });
});
