import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { bech32FromSecp256k1 } from '../address.js';
import type { DecodedTx, SignerKey } from './decode.js';

/** The type URL of the one public key type aivm accepts in signer infos. */
export const SECP256K1_PUBKEY_TYPE = '/cosmos.crypto.secp256k1.PubKey';

/** The key bytes of an encoded cosmos.crypto.secp256k1.PubKey (throws if it does not decode). */
export function secp256k1KeyOf(value: Uint8Array): Uint8Array {
  return PubKey.decode(value).key;
}

/**
 * The secp256k1 key in signer info `i` of a decoded tx, with its address; the caller has checked
 * that the info carries a key of SECP256K1_PUBKEY_TYPE. Throws if the key does not decode. A
 * signer's key is read several times per tx (the signature work before CheckTx, the mempool's
 * signer lookup, the ante chain at CheckTx, re-check and delivery): it is decoded, and its
 * address derived, once per decoded tx, and kept with it.
 */
export function signerKeyAt(tx: DecodedTx, i: number): SignerKey {
  const keys = (tx.signerKeys ??= []);
  let k = keys[i];
  if (k === undefined) {
    try {
      const key = secp256k1KeyOf(tx.authInfo.signerInfos[i]!.publicKey!.value);
      k = { key, address: key.length === 33 ? bech32FromSecp256k1(key) : undefined };
    } catch (e) {
      k = e instanceof Error ? e : new Error(String(e));
    }
    keys[i] = k;
  }
  if (k instanceof Error) throw k;
  return k;
}
