import { DEFAULT_CONSENSUS_PARAMS, type GenesisDoc } from '../chain/genesis.js';
import { toBase64 } from '../chain/bytes.js';
import type { AuthGenesis } from './auth/module.js';
import type { BankGenesis } from './bank/module.js';
import type { ValidatorsGenesis } from './validators/module.js';

export interface GenesisAccountSpec {
  readonly address: string;
  readonly coins: ReadonlyArray<{ denom: string; amount: string }>;
}

export interface GenesisValidatorSpec {
  readonly operatorAddress: string;
  /** 32-byte ed25519 consensus public key. */
  readonly pubKey: Uint8Array;
  readonly power: number;
  readonly moniker: string;
}

/** Builds a genesis document with funded accounts and a validator set; other modules default. */
export function buildGenesis(o: {
  chainId: string;
  genesisTime: string;
  accounts: readonly GenesisAccountSpec[];
  validators: readonly GenesisValidatorSpec[];
  appState?: Record<string, unknown>;
}): GenesisDoc {
  const sorted = [...o.accounts].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const auth: AuthGenesis = {
    params: undefined as unknown as AuthGenesis['params'],
    accounts: sorted.map((a, i) => ({ address: a.address, pub_key: null, account_number: String(i), sequence: '0' })),
    next_account_number: String(sorted.length),
  };
  delete (auth as Partial<AuthGenesis>).params;
  const bank: Partial<BankGenesis> = {
    balances: sorted.map((a) => ({ address: a.address, coins: [...a.coins].sort((x, y) => (x.denom < y.denom ? -1 : 1)) })),
  };
  const validators: ValidatorsGenesis = {
    validators: o.validators.map((v) => ({ operator_address: v.operatorAddress, pub_key: toBase64(v.pubKey), power: String(v.power), moniker: v.moniker })),
  };
  return {
    genesis_time: o.genesisTime,
    chain_id: o.chainId,
    initial_height: '1',
    consensus_params: DEFAULT_CONSENSUS_PARAMS,
    app_hash: '',
    app_state: { auth, bank, validators, ...(o.appState ?? {}) },
  };
}
