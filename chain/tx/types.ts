import type { Context } from '../context.js';

/** The auth params the ante chain reads (modules/auth/params.ts defines them). */
export interface AnteParams {
  readonly max_memo_characters: number;
  readonly tx_size_cost_per_byte: number;
  readonly sig_verify_cost_secp256k1: number;
  readonly max_tx_bytes: number;
  readonly max_tx_gas: number;
  readonly min_gas_price: string;
  readonly fee_denom: string;
}

export interface AnteAccount {
  readonly address: string;
  readonly pubKey: Uint8Array | undefined;
  readonly accountNumber: bigint;
  readonly sequence: bigint;
}

/** What the ante chain needs from the auth and bank modules. */
export interface AnteKeepers {
  readonly auth: {
    getParams(ctx: Context): AnteParams;
    getAccount(ctx: Context, address: string): AnteAccount | undefined;
    hasAccount(ctx: Context, address: string): boolean;
    setAccount(ctx: Context, a: AnteAccount): void;
    peekNextAccountNumber(ctx: Context): bigint;
  };
  readonly bank: {
    /** Moves the fee to the fee collector; throws sdk/5 if the payer cannot pay. */
    sendToModule(ctx: Context, from: string, coins: ReadonlyArray<{ denom: string; amount: bigint }>): void;
  };
  requiredFee(minGasPrice: string, gasLimit: bigint): bigint;
}
