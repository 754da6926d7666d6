import { ChainError, SdkErrors } from '../../chain/errors.js';

export interface AuthParams {
  /** Longest memo accepted, in characters. */
  readonly max_memo_characters: number;
  /** Gas charged per byte of tx. */
  readonly tx_size_cost_per_byte: number;
  /** Gas charged per secp256k1 signature verification. */
  readonly sig_verify_cost_secp256k1: number;
  /** Largest tx accepted, in bytes. */
  readonly max_tx_bytes: number;
  /** Largest gas limit one tx may ask for. */
  readonly max_tx_gas: number;
  /** Minimum fee per unit of gas, as a decimal amount of fee_denom (e.g. "0.025"). */
  readonly min_gas_price: string;
  readonly fee_denom: string;
}

export const DEFAULT_AUTH_PARAMS: AuthParams = {
  max_memo_characters: 256,
  tx_size_cost_per_byte: 10,
  sig_verify_cost_secp256k1: 1000,
  max_tx_bytes: 1_048_576,
  max_tx_gas: 100_000_000,
  min_gas_price: '0.025',
  fee_denom: 'uaivm',
};

const DECIMAL = /^(0|[1-9][0-9]{0,30})(\.[0-9]{1,18})?$/;

export function validateAuthParams(p: AuthParams): AuthParams {
  const intField = (name: keyof AuthParams, min: number) => {
    const v = p[name];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
      throw new ChainError(SdkErrors.InvalidRequest, `auth params: ${name} must be an integer ≥ ${min}, got ${JSON.stringify(v)}`);
    }
  };
  intField('max_memo_characters', 0);
  intField('tx_size_cost_per_byte', 0);
  intField('sig_verify_cost_secp256k1', 0);
  intField('max_tx_bytes', 1);
  intField('max_tx_gas', 1);
  if (typeof p.min_gas_price !== 'string' || !DECIMAL.test(p.min_gas_price)) {
    throw new ChainError(SdkErrors.InvalidRequest, `auth params: min_gas_price must be a decimal such as "0.025", got ${JSON.stringify(p.min_gas_price)}`);
  }
  if (typeof p.fee_denom !== 'string' || !/^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/.test(p.fee_denom)) {
    throw new ChainError(SdkErrors.InvalidRequest, `auth params: fee_denom is not a valid denom: ${JSON.stringify(p.fee_denom)}`);
  }
  return {
    max_memo_characters: p.max_memo_characters,
    tx_size_cost_per_byte: p.tx_size_cost_per_byte,
    sig_verify_cost_secp256k1: p.sig_verify_cost_secp256k1,
    max_tx_bytes: p.max_tx_bytes,
    max_tx_gas: p.max_tx_gas,
    min_gas_price: p.min_gas_price,
    fee_denom: p.fee_denom,
  };
}

/** ceil(price × gas) with exact decimal arithmetic. */
export function requiredFee(minGasPrice: string, gasLimit: bigint): bigint {
  const [whole, frac = ''] = minGasPrice.split('.');
  const scale = 10n ** BigInt(frac.length);
  const num = BigInt(whole! + frac) * gasLimit;
  return (num + scale - 1n) / scale;
}
