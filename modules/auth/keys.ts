// Store layout of the auth module (under the state bucket's auth prefix, see chain/store/buckets.ts).
// A number is never reused.
import { concat, toBin } from '../../chain/bytes.js';

const ACCOUNT = Uint8Array.of(0x01);
const ACCOUNT_BIN = toBin(ACCOUNT);

export const AuthKeys = {
  /** 0x01 ‖ address (20 bytes) → cosmos.auth.v1beta1.BaseAccount */
  accountPrefix: Uint8Array.of(0x01),
  /** 0x02 → u64 next account number */
  nextAccountNumber: Uint8Array.of(0x02),
  /** 0x03 → params (canonical JSON) */
  params: Uint8Array.of(0x03),
  account(addr: Uint8Array): Uint8Array {
    return concat(ACCOUNT, addr);
  },
  /** account() as a binary string, from the address as a binary string (the keeper's hot path). */
  accountBin(addrBin: string): string {
    return ACCOUNT_BIN + addrBin;
  },
} as const;
