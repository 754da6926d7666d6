// Error codes of the verification module (codespace "verification"). A number, once published,
// keeps its meaning forever and is never reused. Unknown models and versions are registry/3 and
// versioning/4.
//
// | code | name                   | when                                                           |
// | ---- | ---------------------- | -------------------------------------------------------------- |
// | 1    | not_validator          | the attester is not the operator account of a current validator |
// | 2    | duplicate_attestation  | this validator already attested this version                   |
// | 3    | version_not_pending    | the version is already VERIFIED, REJECTED or EXPIRED           |
// | 4    | invalid_report_digest  | report digest is not 64 lowercase hex characters               |
// | 5    | invalid_params         | params (genesis) break validateVerificationParams              |
// | 6    | invalid_genesis        | the verification genesis state is inconsistent                 |
import type { ErrorCode } from '../../chain/errors.js';

function code(code: number, name: string): ErrorCode {
  return Object.freeze({ codespace: 'verification', code, name });
}

export const VerificationErrors = {
  NotValidator: code(1, 'not_validator'),
  DuplicateAttestation: code(2, 'duplicate_attestation'),
  VersionNotPending: code(3, 'version_not_pending'),
  InvalidReportDigest: code(4, 'invalid_report_digest'),
  InvalidParams: code(5, 'invalid_params'),
  InvalidGenesis: code(6, 'invalid_genesis'),
} as const;
