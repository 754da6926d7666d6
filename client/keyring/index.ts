// The key management library behind `aivmd keys add|list|show|import|export|delete`.
export {
  Keyring,
  validateKeyName,
  KEY_NAME_RE,
  KEY_FILE_SUFFIX,
  KEY_FILE_FORMAT,
  KEY_FILE_VERSION,
  KEYHASH_FILE,
  MIN_PASSPHRASE_LENGTH,
  TEST_BACKEND_WARNING,
} from './keyring.js';
export type { AddedKey, AddOptions, KeyInfo, KeyringBackend, KeyringOptions, PassphraseProvider, PassphraseRequest } from './keyring.js';
export { KeyringError, KeyringErrorCodes, isKeyringError } from './errors.js';
export type { KeyringErrorCode } from './errors.js';
export { DEFAULT_SCRYPT } from './crypto.js';
export type { ScryptParams } from './crypto.js';
export { ARMOR_BEGIN, ARMOR_END, ARMOR_VERSION, parseArmor } from './armor.js';
export { DEFAULT_HD_PATH, generateMnemonic, normalizeMnemonic, normalizeHdPath } from './hd.js';
