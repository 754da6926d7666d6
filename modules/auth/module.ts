import { QueryAccountRequest, QueryAccountResponse, QueryAccountsRequest, QueryAccountsResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { parseAddress } from '../../chain/address.js';
import { fromBase64, toBase64 } from '../../chain/bytes.js';
import { ChainError, SdkErrors } from '../../chain/errors.js';
import type { AppModule } from '../../chain/module.js';
import { paginate } from '../../chain/pagination.js';
import { AuthKeys } from './keys.js';
import { BASE_ACCOUNT_TYPE, encodeAccount, type AuthKeeper } from './keeper.js';
import { DEFAULT_AUTH_PARAMS, validateAuthParams, type AuthParams } from './params.js';

export interface AuthGenesis {
  params: AuthParams;
  accounts: Array<{ address: string; pub_key: string | null; account_number: string; sequence: string }>;
  next_account_number: string;
}

export function authModule(keeper: AuthKeeper): AppModule {
  return {
    name: 'auth',
    msgs: [],
    queries: [
      {
        path: '/cosmos.auth.v1beta1.Query/Account',
        handle(ctx, req) {
          const { address } = QueryAccountRequest.decode(req);
          parseAddress(address);
          const a = keeper.getAccount(ctx, address);
          // cosmjs turns "rpc error: code = NotFound" into a null account.
          if (!a) throw new ChainError(SdkErrors.NotFound, `rpc error: code = NotFound desc = account ${address} not found`);
          return QueryAccountResponse.encode({ account: Any.fromPartial({ typeUrl: BASE_ACCOUNT_TYPE, value: encodeAccount(a) }) }).finish();
        },
      },
      {
        path: '/cosmos.auth.v1beta1.Query/Accounts',
        handle(ctx, req) {
          const { pagination } = QueryAccountsRequest.decode(req);
          const page = paginate(ctx.kv('auth'), AuthKeys.accountPrefix, pagination);
          return QueryAccountsResponse.encode({
            accounts: page.values.map((v) => Any.fromPartial({ typeUrl: BASE_ACCOUNT_TYPE, value: v })),
            pagination: page.response,
          }).finish();
        },
      },
    ],
    defaultGenesis(): AuthGenesis {
      return { params: DEFAULT_AUTH_PARAMS, accounts: [], next_account_number: '0' };
    },
    initGenesis(ctx, raw) {
      const g = raw as AuthGenesis;
      keeper.setParams(ctx, validateAuthParams(g.params ?? DEFAULT_AUTH_PARAMS));
      let next = 0n;
      for (const a of g.accounts ?? []) {
        parseAddress(a.address, 'auth genesis account');
        const accountNumber = BigInt(a.account_number);
        if (keeper.hasAccount(ctx, a.address)) throw new ChainError(SdkErrors.InvalidRequest, `auth genesis: duplicate account ${a.address}`);
        keeper.setAccount(ctx, { address: a.address, pubKey: a.pub_key ? fromBase64(a.pub_key) : undefined, accountNumber, sequence: BigInt(a.sequence) });
        if (accountNumber >= next) next = accountNumber + 1n;
      }
      const declared = g.next_account_number !== undefined ? BigInt(g.next_account_number) : next;
      if (declared < next) throw new ChainError(SdkErrors.InvalidRequest, `auth genesis: next_account_number ${declared} is not above every account number (${next - 1n})`);
      keeper.setNextAccountNumber(ctx, declared);
    },
    exportGenesis(ctx): AuthGenesis {
      return {
        params: keeper.getParams(ctx),
        accounts: [...keeper.accounts(ctx)].map((a) => ({
          address: a.address,
          pub_key: a.pubKey ? toBase64(a.pubKey) : null,
          account_number: a.accountNumber.toString(),
          sequence: a.sequence.toString(),
        })),
        next_account_number: keeper.peekNextAccountNumber(ctx).toString(),
      };
    },
  };
}
