import { describe, expect, test } from '@jest/globals';
import { fromUtf8, utf8 } from '../../../chain/bytes.js';
import { DEFAULT_VERIFICATION_PARAMS as P } from '../params.js';
import { runStandardChecks, type KernelInput } from './checks.js';
import { canonicalReportBytes, reportDigest, type Report } from './report.js';
import { entry, goodKernel, hex, pickleBytes, shuffled, toInput } from './test-kit.js';

function badKernelInput(): KernelInput {
  const k = goodKernel();
  k.manifest.runtime.name = 'caffe';
  k.files.set('model.pkl', pickleBytes());
  k.files.set('Config.json', utf8('{}'));
  k.files.set('tokenizer.json', utf8('changed'));
  for (let i = 0; i < 14; i++) k.files.set(`junk/${i}.txt`, utf8(String(i)));
  k.extra.push(entry('a-link', 'symlink'));
  return toInput(k);
}

describe('report digest', () => {
  test('the same input gives the same digest on repeated runs', () => {
    for (const input of [toInput(goodKernel()), badKernelInput()]) {
      const first = reportDigest(runStandardChecks(input, P));
      for (let i = 0; i < 5; i++) expect(reportDigest(runStandardChecks(input, P))).toBe(first);
    }
  });

  test('the order of entries never changes the report', () => {
    for (const input of [toInput(goodKernel()), badKernelInput()]) {
      const ref = runStandardChecks(input, P);
      for (let seed = 1; seed <= 20; seed++) {
        const r = runStandardChecks({ manifestBytes: input.manifestBytes, entries: shuffled(input.entries, seed) }, P);
        expect(fromUtf8(canonicalReportBytes(r))).toBe(fromUtf8(canonicalReportBytes(ref)));
      }
      const reversed = runStandardChecks({ manifestBytes: input.manifestBytes, entries: [...input.entries].reverse() }, P);
      expect(reportDigest(reversed)).toBe(reportDigest(ref));
    }
  });

  test('duplicate entries with different contents give one report whatever their order', () => {
    const input = toInput(goodKernel());
    const a = { path: 'config.json', type: 'file' as const, size: 3, sha256: hex(utf8('abc')), head: utf8('abc') };
    const b = { path: 'config.json', type: 'file' as const, size: 3, sha256: hex(utf8('abd')), head: utf8('abd') };
    const r1 = runStandardChecks({ manifestBytes: input.manifestBytes, entries: [...input.entries, a, b] }, P);
    const r2 = runStandardChecks({ manifestBytes: input.manifestBytes, entries: [b, ...input.entries, a] }, P);
    expect(reportDigest(r1)).toBe(reportDigest(r2));
    expect(r1.pass).toBe(false);
  });

  test('golden digest: a change here changes what validators attest to, so it must be deliberate', () => {
    // If this fails, the report bytes changed (a check id, a detail text, the order, the
    // canonical form). Validators running different versions would then attest to different
    // digests for the same kernel: ship such a change as a coordinated upgrade, then update this.
    const r = runStandardChecks(toInput(goodKernel()), P);
    expect(reportDigest(r)).toBe('4579d3799a79172a8cdf81461749cf3ebc15ab2e0e495f23a6c992a4f9fac22a');
  });

  test('canonical bytes: sorted keys, no whitespace, checks in report order', () => {
    const r = runStandardChecks(toInput(goodKernel()), P);
    const text = fromUtf8(canonicalReportBytes(r));
    expect(text.startsWith('{"checks":[{"detail":"aivm.json is present (')).toBe(true);
    expect(text).toMatch(/"id":"manifest\.present","pass":true\},\{"detail":"aivm\.json is a JSON object","id":"manifest\.json"/);
    expect(text.endsWith(`],"manifest_sha256":"${r.manifest_sha256}","pass":true,"schema":"aivm.report/v1"}`)).toBe(true);
    expect(text).not.toMatch(/\n|": /);
    expect(reportDigest(r)).toBe(hex(utf8(text)));
  });

  test('the digest covers every field: pass, a detail, the manifest digest', () => {
    const r = runStandardChecks(toInput(goodKernel()), P);
    const d = reportDigest(r);
    const flip: Report = { ...r, pass: false };
    expect(reportDigest(flip)).not.toBe(d);
    const detail: Report = { ...r, checks: r.checks.map((c, k) => (k === 3 ? { ...c, detail: `${c.detail}.` } : c)) };
    expect(reportDigest(detail)).not.toBe(d);
    const other: Report = { ...r, manifest_sha256: hex(utf8('x')) };
    expect(reportDigest(other)).not.toBe(d);
  });

  test('properties a caller attaches to a report are not part of its digest', () => {
    const r = runStandardChecks(toInput(goodKernel()), P);
    const decorated = { ...r, note: 'local run', checks: r.checks.map((c) => ({ ...c, title: 'x' })) } as unknown as Report;
    expect(reportDigest(decorated)).toBe(reportDigest(r));
  });

  test('a different manifest (even whitespace only) is a different manifest_sha256 and digest', () => {
    const k = goodKernel();
    const a = runStandardChecks(toInput(k), P);
    k.manifestText = JSON.stringify(k.manifest);
    const b = runStandardChecks(toInput(k), P);
    expect(b.pass).toBe(true);
    expect(b.manifest_sha256).not.toBe(a.manifest_sha256);
    expect(reportDigest(b)).not.toBe(reportDigest(a));
  });
});
