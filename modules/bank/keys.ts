// Store layout of the bank module. A number is never reused.
import { concat, toBin, utf8, utf8Bin } from '../../chain/bytes.js';

const BALANCE = Uint8Array.of(0x01);
const SUPPLY = Uint8Array.of(0x02);
const BALANCE_BIN = toBin(BALANCE);

export const BankKeys = {
  /** 0x01 ‖ address (20 bytes) ‖ denom → amount (decimal string) */
  balancePrefix: Uint8Array.of(0x01),
  /** 0x02 ‖ denom → total supply (decimal string) */
  supplyPrefix: Uint8Array.of(0x02),
  /** 0x03 → params (canonical JSON) */
  params: Uint8Array.of(0x03),
  balances(addr: Uint8Array): Uint8Array {
    return concat(BALANCE, addr);
  },
  balance(addr: Uint8Array, denom: string): Uint8Array {
    return concat(BALANCE, addr, utf8(denom));
  },
  /** balance() as a binary string, from the address as a binary string (the keeper's hot path). */
  balanceBin(addrBin: string, denom: string): string {
    return BALANCE_BIN + addrBin + utf8Bin(denom);
  },
  supply(denom: string): Uint8Array {
    return concat(SUPPLY, utf8(denom));
  },
} as const;
