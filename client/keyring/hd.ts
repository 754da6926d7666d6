// Mnemonics and HD derivation (BIP-39 + SLIP-10/BIP-32 on secp256k1, Cosmos coin type 118).
import { Bip39, EnglishMnemonic, pathToString, Random, Secp256k1, Slip10, Slip10Curve, stringToPath } from '@cosmjs/crypto';
import { addressFromSecp256k1, BECH32_PREFIX, toAddress } from '../../chain/address.js';
import { KeyringError } from './errors.js';

/** The Cosmos default: purpose 44', coin type 118', account 0', external chain, index 0. */
export const DEFAULT_HD_PATH = "m/44'/118'/0'/0/0";

export const MNEMONIC_WORD_COUNTS = [12, 15, 18, 21, 24] as const;

/** Lower-cases and collapses whitespace, then checks words and checksum. Returns the normal form. */
export function normalizeMnemonic(mnemonic: string): string {
  if (typeof mnemonic !== 'string') throw new KeyringError('INVALID_MNEMONIC', 'the mnemonic must be a string of words');
  const words = mnemonic.normalize('NFKD').trim().toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  if (!(MNEMONIC_WORD_COUNTS as readonly number[]).includes(words.length)) {
    throw new KeyringError(
      'INVALID_MNEMONIC',
      `the mnemonic has ${words.length} words; a BIP-39 mnemonic has 12, 15, 18, 21 or 24 words. Check that it was copied in full.`,
    );
  }
  const wordlist = EnglishMnemonic.wordlist;
  const unknown = words.map((w, i) => ({ w, i })).filter(({ w }) => !wordlist.includes(w));
  if (unknown.length > 0) {
    const list = unknown.slice(0, 3).map(({ i }) => `#${i + 1}`).join(', ');
    throw new KeyringError(
      'INVALID_MNEMONIC',
      `the mnemonic has ${unknown.length} word(s) that are not in the BIP-39 English word list (word ${list}). Check the spelling.`,
    );
  }
  const normal = words.join(' ');
  try {
    new EnglishMnemonic(normal);
  } catch (e) {
    const why = (e as Error).message;
    throw new KeyringError(
      'INVALID_MNEMONIC',
      /checksum/i.test(why)
        ? 'the mnemonic checksum does not match: a word is wrong or the words are out of order. Check it against your backup.'
        : `the mnemonic is not valid BIP-39: ${why}`,
      { cause: e },
    );
  }
  return normal;
}

/** A new 24-word mnemonic from 32 bytes of system randomness. */
export function generateMnemonic(): string {
  return Bip39.encode(Random.getBytes(32)).toString();
}

/** Parses and returns the canonical form of an HD path (`m/44'/118'/0'/0/0`). */
export function normalizeHdPath(hdPath: string): string {
  if (typeof hdPath !== 'string' || hdPath.length === 0 || hdPath.length > 256) {
    throw new KeyringError('INVALID_HD_PATH', `HD path must be a string such as ${DEFAULT_HD_PATH}`);
  }
  try {
    return pathToString(stringToPath(hdPath.trim()));
  } catch (e) {
    throw new KeyringError('INVALID_HD_PATH', `HD path "${hdPath.slice(0, 80)}" is not valid (${(e as Error).message}); use the form ${DEFAULT_HD_PATH}`, { cause: e });
  }
}

export interface DerivedKey {
  privkey: Uint8Array;
  /** 33-byte compressed secp256k1 public key. */
  pubkey: Uint8Array;
  address: string;
}

/** The key pair of a (normalized) mnemonic at an HD path, without a BIP-39 passphrase. */
export async function deriveFromMnemonic(mnemonic: string, hdPath: string): Promise<DerivedKey> {
  const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic));
  try {
    const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath(hdPath));
    return await keyFromPrivate(privkey);
  } finally {
    seed.fill(0);
  }
}

/** Checks a raw 32-byte secp256k1 private key and computes its public key and address. */
export async function keyFromPrivate(privkey: Uint8Array): Promise<DerivedKey> {
  if (!(privkey instanceof Uint8Array) || privkey.length !== 32) {
    throw new KeyringError('INVALID_PRIVATE_KEY', `a secp256k1 private key is 32 bytes; got ${privkey instanceof Uint8Array ? privkey.length : typeof privkey}`);
  }
  let pair: { pubkey: Uint8Array; privkey: Uint8Array };
  try {
    pair = Secp256k1.makeKeypair(privkey);
  } catch (e) {
    throw new KeyringError('INVALID_PRIVATE_KEY', `not a valid secp256k1 private key: ${(e as Error).message}`, { cause: e });
  }
  const pubkey = Secp256k1.compressPubkey(pair.pubkey);
  return { privkey: new Uint8Array(privkey), pubkey, address: toAddress(addressFromSecp256k1(pubkey), BECH32_PREFIX) };
}
