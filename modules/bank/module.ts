import { MsgSend, MsgSendResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { parseAddress, toAddress } from '../../chain/address.js';
import { ChainError, SdkErrors } from '../../chain/errors.js';
import { msgRoute, type AppModule } from '../../chain/module.js';
import { parseAmount, parseCoins, toWireCoins, validateDenom, type Coin } from './coins.js';
import { DEFAULT_BANK_PARAMS, type BankKeeper, type BankParams } from './keeper.js';

/** MsgSendResponse has no fields: its encoding is empty (never written to: shared). */
const EMPTY_SEND_RESPONSE = MsgSendResponse.encode({}).finish();

export interface BankGenesis {
  params: BankParams;
  balances: Array<{ address: string; coins: Array<{ denom: string; amount: string }> }>;
  supply: Array<{ denom: string; amount: string }>;
}

export function bankModule(keeper: BankKeeper): AppModule {
  return {
    name: 'bank',
    msgs: [
      msgRoute({
        typeUrl: '/cosmos.bank.v1beta1.MsgSend',
        decode: (b) => MsgSend.decode(b),
        validateBasic(m) {
          parseAddress(m.fromAddress, 'from_address');
          parseAddress(m.toAddress, 'to_address');
          if (m.amount.length === 0) throw new ChainError(SdkErrors.InvalidCoins, 'MsgSend: amount is empty; send at least one coin');
          parseCoins(m.amount);
        },
        signers: (m) => [m.fromAddress],
        handle(ctx, m) {
          if (!keeper.getParams(ctx).default_send_enabled) throw new ChainError(SdkErrors.InvalidRequest, 'transfers are disabled on this chain (bank params default_send_enabled=false)');
          keeper.send(ctx, m.fromAddress, m.toAddress, parseCoins(m.amount));
          return { typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse', value: EMPTY_SEND_RESPONSE };
        },
      }),
    ],
    queries: [
      {
        path: '/cosmos.bank.v1beta1.Query/Balance',
        handle(ctx, req) {
          const { address, denom } = QueryBalanceRequest.decode(req);
          parseAddress(address);
          validateDenom(denom);
          return QueryBalanceResponse.encode({ balance: { denom, amount: keeper.getBalance(ctx, address, denom).toString() } }).finish();
        },
      },
      {
        path: '/cosmos.bank.v1beta1.Query/AllBalances',
        handle(ctx, req) {
          const { address } = QueryAllBalancesRequest.decode(req);
          parseAddress(address);
          return QueryAllBalancesResponse.encode({ balances: toWireCoins(keeper.getAllBalances(ctx, address)) }).finish();
        },
      },
      {
        path: '/cosmos.bank.v1beta1.Query/TotalSupply',
        handle(ctx) {
          return QueryTotalSupplyResponse.encode({ supply: toWireCoins([...keeper.allSupply(ctx)]) }).finish();
        },
      },
      {
        path: '/cosmos.bank.v1beta1.Query/SupplyOf',
        handle(ctx, req) {
          const { denom } = QuerySupplyOfRequest.decode(req);
          validateDenom(denom);
          return QuerySupplyOfResponse.encode({ amount: { denom, amount: keeper.getSupply(ctx, denom).toString() } }).finish();
        },
      },
    ],
    defaultGenesis(): BankGenesis {
      return { params: DEFAULT_BANK_PARAMS, balances: [], supply: [] };
    },
    initGenesis(ctx, raw) {
      const g = raw as BankGenesis;
      keeper.setParams(ctx, { default_send_enabled: g.params?.default_send_enabled ?? true });
      const totals = new Map<string, bigint>();
      for (const b of g.balances ?? []) {
        parseAddress(b.address, 'bank genesis balance address');
        const coins = parseCoins(b.coins, `bank genesis balance of ${b.address}`);
        keeper.add(ctx, b.address, coins);
        for (const c of coins) totals.set(c.denom, (totals.get(c.denom) ?? 0n) + c.amount);
      }
      const declared = new Map((g.supply ?? []).map((c) => [c.denom, parseAmount(c.amount, `supply of ${c.denom}`)]));
      for (const [denom, total] of [...totals].sort()) {
        if (declared.size > 0 && declared.get(denom) !== total) {
          throw new ChainError(SdkErrors.InvalidCoins, `bank genesis: supply of ${denom} is ${declared.get(denom) ?? 0n} but balances add up to ${total}`);
        }
        keeper.setSupply(ctx, denom, total);
      }
    },
    exportGenesis(ctx): BankGenesis {
      const byAddr = new Map<string, Coin[]>();
      for (const { addr, coin } of keeper.allBalances(ctx)) {
        const a = toAddress(addr);
        const list = byAddr.get(a) ?? [];
        list.push(coin);
        byAddr.set(a, list);
      }
      return {
        params: keeper.getParams(ctx),
        balances: [...byAddr].map(([address, coins]) => ({ address, coins: toWireCoins(coins) })),
        supply: toWireCoins([...keeper.allSupply(ctx)]),
      };
    },
    invariants: [
      {
        name: 'bank/total-supply',
        check(ctx) {
          const sums = new Map<string, bigint>();
          for (const { coin } of keeper.allBalances(ctx)) sums.set(coin.denom, (sums.get(coin.denom) ?? 0n) + coin.amount);
          for (const s of keeper.allSupply(ctx)) {
            if ((sums.get(s.denom) ?? 0n) !== s.amount) return `supply of ${s.denom} is ${s.amount} but balances add up to ${sums.get(s.denom) ?? 0n}`;
            sums.delete(s.denom);
          }
          if (sums.size > 0) return `balances of ${[...sums.keys()].join(',')} have no supply entry`;
          return undefined;
        },
      },
    ],
  };
}
