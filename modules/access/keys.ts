// Store layout of the access module, under the state bucket's access prefix (0x07, see
// chain/store/buckets.ts). A number here is never reused. An empty version means the whole model.
// Model names and versions are 0x00-terminated (neither can hold 0x00), so lists come in name
// order, a model-wide grant ("" version) before the grants of single versions.
import { concat, lp, u64be, utf8 } from '../../chain/bytes.js';

/** A 0x00-terminated string segment. */
function z(s: string): Uint8Array {
  return concat(utf8(s), Uint8Array.of(0));
}

export const AccessKeys = {
  /** 0x01 ‖ model ‖ 0x00 ‖ version ‖ 0x00 ‖ lp(grantee address bytes) ‖ purpose (1 byte) → aivm.access.v1.Grant */
  grantPrefix: Uint8Array.of(0x01),
  /** 0x02 ‖ lp(grantee address bytes) ‖ model ‖ 0x00 ‖ version ‖ 0x00 ‖ purpose → empty */
  byGranteePrefix: Uint8Array.of(0x02),
  /** 0x03 → u64 number of grants */
  grantCount: Uint8Array.of(0x03),

  modelGrants(model: string): Uint8Array {
    return concat(Uint8Array.of(0x01), z(model));
  },
  grant(model: string, version: string, grantee: Uint8Array, purpose: number): Uint8Array {
    return concat(Uint8Array.of(0x01), z(model), z(version), lp(grantee), Uint8Array.of(purpose));
  },
  granteeGrants(grantee: Uint8Array): Uint8Array {
    return concat(Uint8Array.of(0x02), lp(grantee));
  },
  byGrantee(grantee: Uint8Array, model: string, version: string, purpose: number): Uint8Array {
    return concat(Uint8Array.of(0x02), lp(grantee), z(model), z(version), Uint8Array.of(purpose));
  },
  count(n: number): Uint8Array {
    return u64be(n);
  },
} as const;

/** Splits the suffix of a by-grantee key (after granteeGrants(grantee)) into its parts. */
export function splitGranteeSuffix(s: Uint8Array): { model: string; version: string; purpose: number } {
  const dec = new TextDecoder();
  const m = s.indexOf(0);
  const v = s.indexOf(0, m + 1);
  return { model: dec.decode(s.subarray(0, m)), version: dec.decode(s.subarray(m + 1, v)), purpose: s[v + 1]! };
}
