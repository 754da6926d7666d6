import { ChainError, SdkErrors } from '../../chain/errors.js';

export interface Coin {
  readonly denom: string;
  readonly amount: bigint;
}

const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
const AMOUNT = /^(0|[1-9][0-9]{0,77})$/;

export function validateDenom(denom: string): void {
  if (!DENOM.test(denom)) throw new ChainError(SdkErrors.InvalidCoins, `invalid denom "${denom.slice(0, 140)}": 3–128 characters, a letter first, then letters, digits or / : . _ -`);
}

export function parseAmount(amount: string, what = 'amount'): bigint {
  if (typeof amount !== 'string' || !AMOUNT.test(amount)) throw new ChainError(SdkErrors.InvalidCoins, `invalid ${what} "${String(amount).slice(0, 100)}": a non-negative integer without leading zeros`);
  return BigInt(amount);
}

/** Parses wire coins: valid denoms, positive amounts, sorted by denom without duplicates. */
export function parseCoins(coins: ReadonlyArray<{ denom: string; amount: string }>, what = 'amount'): Coin[] {
  const out: Coin[] = [];
  for (const c of coins) {
    validateDenom(c.denom);
    const amount = parseAmount(c.amount, what);
    if (amount === 0n) throw new ChainError(SdkErrors.InvalidCoins, `${what}: ${c.denom} has amount 0; leave zero coins out`);
    const prev = out[out.length - 1];
    if (prev && prev.denom >= c.denom) throw new ChainError(SdkErrors.InvalidCoins, `${what}: coins must be sorted by denom without duplicates (${prev.denom}, ${c.denom})`);
    out.push({ denom: c.denom, amount });
  }
  return out;
}

export function formatCoins(coins: readonly Coin[]): string {
  return coins.map((c) => `${c.amount}${c.denom}`).join(',');
}

export function toWireCoins(coins: readonly Coin[]): Array<{ denom: string; amount: string }> {
  return coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
}
