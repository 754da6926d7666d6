// Error codes of the access module (codespace "access"). A number, once published, keeps its
// meaning forever and is never reused. Unknown models and versions are registry/3 and
// versioning/4; a malformed version string is versioning/1.
//
// | code | name              | when                                                              |
// | ---- | ----------------- | ----------------------------------------------------------------- |
// | 1    | not_owner         | only the model's owner grants and revokes                         |
// | 2    | model_not_private | grants exist for private models only (public kernels need none)   |
// | 3    | invalid_purpose   | purpose is not PURPOSE_EXECUTE or PURPOSE_VERIFY                  |
// | 4    | invalid_expiry    | expires_at is negative, or not after the current block time       |
// | 5    | grant_not_found   | revoke of a grant that does not exist                             |
// | 6    | self_grant        | the owner needs no grant on its own model                         |
// | 7    | invalid_genesis   | the access genesis state is inconsistent                          |
import type { ErrorCode } from '../../chain/errors.js';

function code(code: number, name: string): ErrorCode {
  return Object.freeze({ codespace: 'access', code, name });
}

export const AccessErrors = {
  NotOwner: code(1, 'not_owner'),
  ModelNotPrivate: code(2, 'model_not_private'),
  InvalidPurpose: code(3, 'invalid_purpose'),
  InvalidExpiry: code(4, 'invalid_expiry'),
  GrantNotFound: code(5, 'grant_not_found'),
  SelfGrant: code(6, 'self_grant'),
  InvalidGenesis: code(7, 'invalid_genesis'),
} as const;
