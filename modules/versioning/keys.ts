// Store layout of the versioning module, under the state bucket's versioning prefix (0x05, see
// chain/store/buckets.ts). A number here is never reused. `skey` is the semver precedence key of
// a version (semver.ts), so versions of a model are listed in semver order.
import { concat, lp, u64be, utf8 } from '../../chain/bytes.js';

export const VersioningKeys = {
  /** 0x01 ‖ lp(model) ‖ skey → aivm.versioning.v1.Version */
  versionPrefix: Uint8Array.of(0x01),
  /** 0x02 ‖ lp(model) ‖ skey → empty: the VERIFIED, non-yanked versions ("latest" = the last one) */
  eligiblePrefix: Uint8Array.of(0x02),
  /** 0x03 ‖ lp(model) ‖ alias → aivm.versioning.v1.Alias */
  aliasPrefix: Uint8Array.of(0x03),
  /** 0x04 ‖ lp(parent model) ‖ lp(parent skey) ‖ lp(child model) ‖ child skey → empty (lineage) */
  childPrefix: Uint8Array.of(0x04),
  /** 0x05 ‖ lp(model) ‖ lp(skey) ‖ arweave tx id → aivm.versioning.v1.Mirror */
  mirrorPrefix: Uint8Array.of(0x05),
  /** 0x06 ‖ model → u64 number of versions of the model */
  countPrefix: Uint8Array.of(0x06),

  modelVersions(model: string): Uint8Array {
    return concat(Uint8Array.of(0x01), lp(utf8(model)));
  },
  version(model: string, skey: Uint8Array): Uint8Array {
    return concat(Uint8Array.of(0x01), lp(utf8(model)), skey);
  },
  modelEligible(model: string): Uint8Array {
    return concat(Uint8Array.of(0x02), lp(utf8(model)));
  },
  eligible(model: string, skey: Uint8Array): Uint8Array {
    return concat(Uint8Array.of(0x02), lp(utf8(model)), skey);
  },
  modelAliases(model: string): Uint8Array {
    return concat(Uint8Array.of(0x03), lp(utf8(model)));
  },
  alias(model: string, alias: string): Uint8Array {
    return concat(Uint8Array.of(0x03), lp(utf8(model)), utf8(alias));
  },
  children(model: string, skey: Uint8Array): Uint8Array {
    return concat(Uint8Array.of(0x04), lp(utf8(model)), lp(skey));
  },
  child(parentModel: string, parentSkey: Uint8Array, childModel: string, childSkey: Uint8Array): Uint8Array {
    return concat(Uint8Array.of(0x04), lp(utf8(parentModel)), lp(parentSkey), lp(utf8(childModel)), childSkey);
  },
  mirrors(model: string, skey: Uint8Array): Uint8Array {
    return concat(Uint8Array.of(0x05), lp(utf8(model)), lp(skey));
  },
  mirror(model: string, skey: Uint8Array, txId: string): Uint8Array {
    return concat(Uint8Array.of(0x05), lp(utf8(model)), lp(skey), utf8(txId));
  },
  count(model: string): Uint8Array {
    return concat(Uint8Array.of(0x06), utf8(model));
  },
  countValue(n: number): Uint8Array {
    return u64be(n);
  },
} as const;

/** Splits a child-index key suffix (after children(model, skey)) into the child's model and skey. */
export function splitChildSuffix(suffix: Uint8Array): { model: string; skey: Uint8Array } {
  const n = suffix[0]!;
  return { model: new TextDecoder().decode(suffix.subarray(1, 1 + n)), skey: suffix.slice(1 + n) };
}
