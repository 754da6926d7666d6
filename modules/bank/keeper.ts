import { parseAddress, parseAddressBin } from '../../chain/address.js';
import { fromUtf8, prefixEnd, utf8 } from '../../chain/bytes.js';
import type { Context } from '../../chain/context.js';
import { DecodedByBytes } from '../../chain/store/decoded-values.js';
import { ChainError, SdkErrors } from '../../chain/errors.js';
import { moduleAddress } from '../../chain/address.js';
import type { AccountKeeper } from './expected-keepers.js';
import { formatCoins, type Coin } from './coins.js';
import { BankKeys } from './keys.js';

export interface BankParams {
  /** When false, MsgSend is refused (genesis-time switch for closed networks). */
  readonly default_send_enabled: boolean;
}

/** The module account that collects transaction fees. */
export const FEE_COLLECTOR = moduleAddress('fee_collector');

export const DEFAULT_BANK_PARAMS: BankParams = { default_send_enabled: true };

const parsedParams = new DecodedByBytes((b) => JSON.parse(fromUtf8(b)) as BankParams);

/** Balances, transfers and total supply. */
export class BankKeeper {
  constructor(private readonly accounts: AccountKeeper) {}

  getParams(ctx: Context): BankParams {
    const b = ctx.kv('bank').get(BankKeys.params);
    return b ? parsedParams.get(b) : DEFAULT_BANK_PARAMS;
  }

  setParams(ctx: Context, p: BankParams): void {
    ctx.kv('bank').set(BankKeys.params, utf8(JSON.stringify({ default_send_enabled: p.default_send_enabled })));
  }

  getBalance(ctx: Context, address: string, denom: string): bigint {
    return this.balanceAt(ctx, parseAddressBin(address), denom);
  }

  private balanceAt(ctx: Context, addrBin: string, denom: string): bigint {
    const b = ctx.kv('bank').getBin(BankKeys.balanceBin(addrBin, denom));
    return b ? BigInt(fromUtf8(b)) : 0n;
  }

  getAllBalances(ctx: Context, address: string): Coin[] {
    const kv = ctx.kv('bank');
    const prefix = BankKeys.balances(parseAddress(address));
    const out: Coin[] = [];
    for (const [k, v] of kv.iterator(prefix, prefixEnd(prefix))) {
      out.push({ denom: fromUtf8(k.subarray(prefix.length)), amount: BigInt(fromUtf8(v)) });
    }
    return out;
  }

  private setBalance(ctx: Context, addrBin: string, denom: string, amount: bigint): void {
    const key = BankKeys.balanceBin(addrBin, denom);
    if (amount === 0n) ctx.kv('bank').deleteBin(key);
    else ctx.kv('bank').setBin(key, utf8(amount.toString()));
  }

  getSupply(ctx: Context, denom: string): bigint {
    const b = ctx.kv('bank').get(BankKeys.supply(denom));
    return b ? BigInt(fromUtf8(b)) : 0n;
  }

  setSupply(ctx: Context, denom: string, amount: bigint): void {
    if (amount === 0n) ctx.kv('bank').delete(BankKeys.supply(denom));
    else ctx.kv('bank').set(BankKeys.supply(denom), utf8(amount.toString()));
  }

  *allSupply(ctx: Context): IterableIterator<Coin> {
    const p = BankKeys.supplyPrefix;
    for (const [k, v] of ctx.kv('bank').iterator(p, Uint8Array.of(p[0]! + 1))) yield { denom: fromUtf8(k.subarray(1)), amount: BigInt(fromUtf8(v)) };
  }

  /** Every (address bytes, coin) balance entry in key order. */
  *allBalances(ctx: Context): IterableIterator<{ addr: Uint8Array; coin: Coin }> {
    const p = BankKeys.balancePrefix;
    for (const [k, v] of ctx.kv('bank').iterator(p, Uint8Array.of(p[0]! + 1))) {
      yield { addr: k.subarray(1, 21), coin: { denom: fromUtf8(k.subarray(21)), amount: BigInt(fromUtf8(v)) } };
    }
  }

  subtract(ctx: Context, address: string, coins: readonly Coin[], purpose?: 'fee'): void {
    const addr = parseAddressBin(address);
    for (const c of coins) {
      const have = this.balanceAt(ctx, addr, c.denom);
      if (have < c.amount) {
        throw new ChainError(
          SdkErrors.InsufficientFunds,
          purpose === 'fee'
            ? `insufficient funds to pay the fee: ${address} has ${have}${c.denom}, the fee is ${formatCoins([c])}`
            : `insufficient funds: ${address} has ${have}${c.denom}, needs ${formatCoins([c])}`,
        );
      }
      this.setBalance(ctx, addr, c.denom, have - c.amount);
    }
  }

  add(ctx: Context, address: string, coins: readonly Coin[]): void {
    const addr = parseAddressBin(address);
    for (const c of coins) this.setBalance(ctx, addr, c.denom, this.balanceAt(ctx, addr, c.denom) + c.amount);
  }

  /** Moves coins; creates the recipient's account on first receipt (Cosmos semantics). */
  send(ctx: Context, from: string, to: string, coins: readonly Coin[]): void {
    this.subtract(ctx, from, coins);
    this.add(ctx, to, coins);
    if (!this.accounts.hasAccount(ctx, to)) this.accounts.createAccount(ctx, to);
    const amount = formatCoins(coins);
    ctx.events.emit('coin_spent', { spender: from, amount });
    ctx.events.emit('coin_received', { receiver: to, amount });
    ctx.events.emit('transfer', { recipient: to, sender: from, amount });
  }

  /** Moves a fee from its payer to the fee collector. */
  sendToModule(ctx: Context, from: string, coins: readonly Coin[]): void {
    // One read of each balance: a shortfall throws before anything of this tx is kept (the ante
    // chain's writes are dropped with it).
    this.subtract(ctx, from, coins, 'fee');
    this.add(ctx, FEE_COLLECTOR, coins);
  }

  /** Creates new coins at an address (genesis and dev faucets only). */
  mint(ctx: Context, to: string, coins: readonly Coin[]): void {
    this.add(ctx, to, coins);
    for (const c of coins) this.setSupply(ctx, c.denom, this.getSupply(ctx, c.denom) + c.amount);
  }
}
