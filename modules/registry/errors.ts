// Error codes of the registry module (codespace "registry"). A number, once published, keeps its
// meaning forever and is never reused; retired codes stay in this table marked as retired.
//
// | code | name                  | when                                                              |
// | ---- | --------------------- | ----------------------------------------------------------------- |
// | 1    | invalid_name          | model name is not 3–64 of a-z 0-9 - _ . (letter/digit at both ends) |
// | 2    | model_exists          | a model with this name already exists                             |
// | 3    | model_not_found       | no model with this name                                           |
// | 4    | not_owner             | the signer is not the model's owner                               |
// | 5    | not_maintainer        | the signer is neither the owner nor a maintainer                  |
// | 6    | invalid_tags          | a tag is malformed, duplicated, or there are more than 16         |
// | 7    | invalid_task          | the task is not a lowercase identifier of at most 64 characters   |
// | 8    | invalid_description   | the description is too long or holds control characters          |
// | 9    | invalid_license       | the license is too long or not printable ASCII                    |
// | 10   | invalid_model_card_uri| the model-card URI is too long or not ipfs:// ar:// https:// http:// |
// | 11   | invalid_visibility    | visibility is not PUBLIC or PRIVATE                               |
// | 12   | invalid_key_endpoint  | endpoint missing for a private model, given for a public one, or malformed |
// | 13   | maintainer_exists     | the account is already a maintainer (or is the owner)             |
// | 14   | maintainer_not_found  | the account is not a maintainer                                   |
// | 15   | too_many_maintainers  | a model has at most 16 maintainers                                |
// | 16   | same_owner            | ownership transfer to the current owner                           |
// | 17   | invalid_update_mask   | update_mask names an unknown or repeated field                    |
// | 18   | invalid_query         | a query argument is malformed (tag, task, prefix)                 |
// | 19   | invalid_genesis       | the registry genesis state is inconsistent                        |
import type { ErrorCode } from '../../chain/errors.js';

function code(code: number, name: string): ErrorCode {
  return Object.freeze({ codespace: 'registry', code, name });
}

export const RegistryErrors = {
  InvalidName: code(1, 'invalid_name'),
  ModelExists: code(2, 'model_exists'),
  ModelNotFound: code(3, 'model_not_found'),
  NotOwner: code(4, 'not_owner'),
  NotMaintainer: code(5, 'not_maintainer'),
  InvalidTags: code(6, 'invalid_tags'),
  InvalidTask: code(7, 'invalid_task'),
  InvalidDescription: code(8, 'invalid_description'),
  InvalidLicense: code(9, 'invalid_license'),
  InvalidModelCardUri: code(10, 'invalid_model_card_uri'),
  InvalidVisibility: code(11, 'invalid_visibility'),
  InvalidKeyEndpoint: code(12, 'invalid_key_endpoint'),
  MaintainerExists: code(13, 'maintainer_exists'),
  MaintainerNotFound: code(14, 'maintainer_not_found'),
  TooManyMaintainers: code(15, 'too_many_maintainers'),
  SameOwner: code(16, 'same_owner'),
  InvalidUpdateMask: code(17, 'invalid_update_mask'),
  InvalidQuery: code(18, 'invalid_query'),
  InvalidGenesis: code(19, 'invalid_genesis'),
} as const;
