import { ChainError } from '../../chain/errors.js';
import { aivm } from '../../proto/index.js';
import { AccessErrors } from './errors.js';

const Purpose = aivm.access.v1.Purpose;

export function validatePurpose(p: number): void {
  if (p !== Purpose.PURPOSE_EXECUTE && p !== Purpose.PURPOSE_VERIFY) {
    throw new ChainError(AccessErrors.InvalidPurpose, `purpose ${p} is not PURPOSE_EXECUTE (1, run the model) or PURPOSE_VERIFY (2, validators checking a version)`);
  }
}

export function validateExpiry(expiresAt: number): void {
  if (!Number.isSafeInteger(expiresAt) || expiresAt < 0) {
    throw new ChainError(AccessErrors.InvalidExpiry, `expires_at ${expiresAt} must be a Unix time in seconds (block time), or 0 for no expiry`);
  }
}
