// The report of the standard checks, and its digest. Validators attest to the digest, so the
// bytes must be the same on every machine for the same input: canonical JSON (object keys sorted
// at every level, no whitespace, UTF-8), checks in the fixed order of ids.ts.

import { toHex, utf8 } from '../../../chain/bytes.js';
import { canonicalJson } from '../../../chain/genesis.js';
import { sha256 } from '../../../chain/hash.js';
import type { CheckId } from './ids.js';

export const REPORT_SCHEMA_V1 = 'aivm.report/v1';

export interface CheckResult {
  /** Stable check id (ids.ts). */
  readonly id: CheckId;
  readonly pass: boolean;
  /** What was found. A check that could not run fails with a detail starting "skipped:". */
  readonly detail: string;
}

export interface Report {
  readonly schema: typeof REPORT_SCHEMA_V1;
  /** sha256 (lowercase hex) of aivm.json's bytes; null when there is no manifest. */
  readonly manifest_sha256: string | null;
  /** True iff every check passed. */
  readonly pass: boolean;
  /** One result per check id, in the fixed order of CHECK_IDS. */
  readonly checks: readonly CheckResult[];
}

/**
 * The canonical bytes of a report: UTF-8 of JSON with sorted keys and no whitespace. Only the
 * report's own fields are serialised (extra properties a caller may have attached are ignored).
 */
export function canonicalReportBytes(report: Report): Uint8Array {
  const clean = {
    schema: report.schema,
    manifest_sha256: report.manifest_sha256,
    pass: report.pass,
    checks: report.checks.map((c) => ({ id: c.id, pass: c.pass, detail: c.detail })),
  };
  return utf8(canonicalJson(clean));
}

/** sha256 (lowercase hex) of canonicalReportBytes(report): what a validator attests to. */
export function reportDigest(report: Report): string {
  return toHex(sha256(canonicalReportBytes(report)));
}
