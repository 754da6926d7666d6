// Store layout of the verification module, under the state bucket's verification prefix (0x06,
// see chain/store/buckets.ts). A number here is never reused.
import { concat, lp, u64be, utf8 } from '../../chain/bytes.js';

export const VerificationKeys = {
  /** 0x01 → params (canonical JSON of VerificationParams, see params.ts) */
  params: Uint8Array.of(0x01),
  /** 0x02 ‖ lp(model) ‖ lp(version) ‖ attester address bytes → aivm.verification.v1.Attestation */
  attestationPrefix: Uint8Array.of(0x02),
  /**
   * 0x03 ‖ u64 deadline height ‖ model ‖ 0x00 ‖ version → empty: one entry per PENDING version,
   * so that endBlock reads only the versions expiring at its height (model names hold no 0x00).
   */
  deadlinePrefix: Uint8Array.of(0x03),

  attestations(model: string, version: string): Uint8Array {
    return concat(Uint8Array.of(0x02), lp(utf8(model)), lp(utf8(version)));
  },
  attestation(model: string, version: string, attester: Uint8Array): Uint8Array {
    return concat(Uint8Array.of(0x02), lp(utf8(model)), lp(utf8(version)), attester);
  },
  deadline(height: number, model: string, version: string): Uint8Array {
    return concat(Uint8Array.of(0x03), u64be(height), utf8(model), Uint8Array.of(0), utf8(version));
  },
  /** Every deadline entry at heights < `height`. */
  deadlinesBefore(height: number): Uint8Array {
    return concat(Uint8Array.of(0x03), u64be(height));
  },
} as const;

/** Splits a deadline key (with its 0x03 byte) into its parts. */
export function parseDeadlineKey(key: Uint8Array): { height: number; model: string; version: string } {
  const dv = new DataView(key.buffer, key.byteOffset, key.byteLength);
  const height = Number(dv.getBigUint64(1));
  const sep = key.indexOf(0, 9);
  const dec = new TextDecoder();
  return { height, model: dec.decode(key.subarray(9, sep)), version: dec.decode(key.subarray(sep + 1)) };
}
