import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { AuthInfo, SignDoc, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { signSecp256k1, type Secp256k1Key } from './secp256k1.js';

export interface EncodedMsg {
  readonly typeUrl: string;
  readonly value: Uint8Array;
}

export interface BuildTxOptions {
  readonly chainId: string;
  readonly accountNumber: bigint | number;
  readonly sequence: bigint | number;
  readonly gasLimit?: bigint | number;
  readonly fee?: ReadonlyArray<{ denom: string; amount: string }>;
  readonly memo?: string;
  readonly timeoutHeight?: bigint | number;
}

/**
 * Builds and signs a SIGN_MODE_DIRECT TxRaw with a raw key (node:crypto), byte-for-byte what
 * cosmjs's DirectSecp256k1Wallet would produce for the same inputs. For load generators and tests;
 * applications use cosmjs SigningStargateClient.
 */
export function buildSignedTx(key: Secp256k1Key, msgs: readonly EncodedMsg[], o: BuildTxOptions): Uint8Array {
  const bodyBytes = TxBody.encode(
    TxBody.fromPartial({ messages: msgs.map((m) => Any.fromPartial(m)), memo: o.memo ?? '', timeoutHeight: BigInt(o.timeoutHeight ?? 0) }),
  ).finish();
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [
        {
          publicKey: Any.fromPartial({ typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: PubKey.encode({ key: key.publicKey }).finish() }),
          modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
          sequence: BigInt(o.sequence),
        },
      ],
      fee: { amount: [...(o.fee ?? [{ denom: 'uaivm', amount: '5000' }])], gasLimit: BigInt(o.gasLimit ?? 200_000) },
    }),
  ).finish();
  const signBytes = SignDoc.encode({ bodyBytes, authInfoBytes, chainId: o.chainId, accountNumber: BigInt(o.accountNumber) }).finish();
  const signature = signSecp256k1(key, signBytes);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}
