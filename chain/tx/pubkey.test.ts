import { describe, expect, it } from '@jest/globals';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { addressFromSecp256k1, bech32FromSecp256k1, toAddress } from '../address.js';
import { decodeTxUncached } from './decode.js';
import { secp256k1KeyOf, SECP256K1_PUBKEY_TYPE, signerKeyAt } from './pubkey.js';

/** A decoded tx whose signer infos carry these encoded public keys. */
function txWithKeys(values: Uint8Array[]) {
  const body = TxBody.encode(TxBody.fromPartial({ messages: [{ typeUrl: '/x', value: new Uint8Array() }] })).finish();
  const auth = AuthInfo.encode(AuthInfo.fromPartial({ signerInfos: values.map((value) => ({ publicKey: { typeUrl: SECP256K1_PUBKEY_TYPE, value } })) })).finish();
  return decodeTxUncached(TxRaw.encode({ bodyBytes: body, authInfoBytes: auth, signatures: values.map(() => new Uint8Array(64)) }).finish());
}

describe('signer public keys', () => {
  const key = Uint8Array.from({ length: 33 }, (_, i) => (i === 0 ? 2 : i));
  const value = PubKey.encode({ key }).finish();

  it('secp256k1KeyOf gives the key PubKey.decode gives, and throws on bad bytes', () => {
    expect(secp256k1KeyOf(value)).toEqual(key);
    expect(secp256k1KeyOf(value)).toEqual(PubKey.decode(value).key);
    expect(() => secp256k1KeyOf(value.subarray(0, 10))).toThrow();
  });

  it('signerKeyAt gives each signer’s key and address, worked out once per decoded tx', () => {
    const other = Uint8Array.from({ length: 33 }, (_, i) => (i === 0 ? 3 : 200 - i));
    const tx = txWithKeys([value, PubKey.encode({ key: other }).finish()]);
    const first = signerKeyAt(tx, 0);
    expect(first.key).toEqual(key);
    expect(first.address).toBe(toAddress(addressFromSecp256k1(key)));
    expect(first.address).toBe(bech32FromSecp256k1(key));
    expect(signerKeyAt(tx, 1).address).toBe(toAddress(addressFromSecp256k1(other)));
    // Asked again (the ante chain at CheckTx, re-check, delivery): the same object, not a new decode.
    expect(signerKeyAt(tx, 0)).toBe(first);
    // Another decoding of the same bytes works it out again, with the same values.
    const again = signerKeyAt(txWithKeys([value]), 0);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('gives no address for a key that is not 33 bytes, and throws for one that does not decode, every time', () => {
    const tx = txWithKeys([PubKey.encode({ key: key.subarray(0, 20) }).finish(), value.subarray(0, 10)]);
    expect(signerKeyAt(tx, 0)).toEqual({ key: key.subarray(0, 20), address: undefined });
    expect(() => signerKeyAt(tx, 1)).toThrow();
    expect(() => signerKeyAt(tx, 1)).toThrow();
  });
});
