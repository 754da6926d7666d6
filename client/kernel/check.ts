// `aivmd kernel check`: the standard checks the validators run, on a local kernel directory.

import { DEFAULT_VERIFICATION_PARAMS, type VerificationParams } from '../../modules/verification/params.js';
import { reportDigest, runStandardChecks, type Report } from '../../modules/verification/standard/index.js';
import { scanKernelDir, type ScanOptions } from './scan.js';

export interface KernelCheckResult {
  readonly report: Report;
  /** reportDigest(report): what a validator would attest to for the same kernel and params. */
  readonly digest: string;
}

/**
 * Scans `dir` and runs every standard check under `params` (by default the genesis defaults;
 * pass the chain's current params to see exactly what validators will decide). Throws
 * KernelError only when the directory cannot be read; problems of the kernel are in the report.
 */
export async function checkKernelDir(dir: string, params: VerificationParams = DEFAULT_VERIFICATION_PARAMS, opts: ScanOptions = {}): Promise<KernelCheckResult> {
  const input = await scanKernelDir(dir, opts);
  const report = runStandardChecks(input, params);
  return { report, digest: reportDigest(report) };
}

/** A report for humans: a summary line, then one line per check (✓/✗, id, detail). */
export function formatReport(report: Report, opts: { digest?: string } = {}): string {
  const failed = report.checks.filter((c) => !c.pass).length;
  const width = Math.max(...report.checks.map((c) => c.id.length));
  const lines = [
    report.pass ? `kernel check: PASS (all ${report.checks.length} checks passed)` : `kernel check: FAIL (${failed} of ${report.checks.length} checks failed)`,
    ...report.checks.map((c) => `${c.pass ? '✓' : '✗'} ${c.id.padEnd(width)}  ${c.detail}`),
    `manifest sha256: ${report.manifest_sha256 ?? '(no manifest)'}`,
  ];
  if (opts.digest !== undefined) lines.push(`report digest:   ${opts.digest}`);
  return `${lines.join('\n')}\n`;
}
