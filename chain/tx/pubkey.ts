import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { DecodedByBytes } from '../store/decoded-values.js';

/** The type URL of the one public key type aivm accepts in signer infos. */
export const SECP256K1_PUBKEY_TYPE = '/cosmos.crypto.secp256k1.PubKey';

// A signer's key is read from the same bytes several times per tx (the signature work before
// CheckTx, the signer lookup for ordering, the ante chain at CheckTx, re-check and delivery):
// decoded once per bytes object.
const decodedKeys = new DecodedByBytes((value) => PubKey.decode(value).key);

/** The key bytes of an encoded cosmos.crypto.secp256k1.PubKey (throws if it does not decode). */
export function secp256k1KeyOf(value: Uint8Array): Uint8Array {
  return decodedKeys.get(value);
}
