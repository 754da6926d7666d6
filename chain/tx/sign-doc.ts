// SIGN_MODE_DIRECT sign bytes: a cosmos.tx.v1beta1.SignDoc encoded exactly as cosmjs-types
// encodes it (fields 1–4 in order, each left out when empty or zero), written straight into one
// buffer: built for every tx at admission (for the signature threads). An account number outside
// uint64 is a RangeError (from the field writer).
import { delimitedFieldSize, FieldWriter, uint64FieldSize } from '../proto-fields.js';

export function signDocBytes(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, chainId: string, accountNumber: bigint): Uint8Array {
  const chainLen = Buffer.byteLength(chainId);
  const size = delimitedFieldSize(bodyBytes.length) + delimitedFieldSize(authInfoBytes.length) + delimitedFieldSize(chainLen) + uint64FieldSize(accountNumber);
  return new FieldWriter(size, true).bytes(0x0a, bodyBytes).bytes(0x12, authInfoBytes).string(0x1a, chainId, chainLen).uint64(0x20, accountNumber).finish();
}
