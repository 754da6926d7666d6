// Errors that reach a user carry a codespace and a stable numeric code. A code, once published,
// is never reused for another meaning. The "sdk" codespace keeps the Cosmos SDK's numbers so
// that tools that know them keep working; aivm's own codes live in their own codespaces.
// docs/errors.md lists every code.

export interface ErrorCode {
  readonly codespace: string;
  readonly code: number;
  readonly name: string;
}

export class ChainError extends Error {
  constructor(
    readonly kind: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ChainError';
  }

  get codespace(): string {
    return this.kind.codespace;
  }

  get code(): number {
    return this.kind.code;
  }
}

function code(codespace: string, code: number, name: string): ErrorCode {
  return Object.freeze({ codespace, code, name });
}

/** Cosmos SDK-compatible codes (codespace "sdk"). */
export const SdkErrors = {
  TxDecode: code('sdk', 2, 'tx_decode'),
  Unauthorized: code('sdk', 4, 'unauthorized'),
  InsufficientFunds: code('sdk', 5, 'insufficient_funds'),
  UnknownRequest: code('sdk', 6, 'unknown_request'),
  InvalidAddress: code('sdk', 7, 'invalid_address'),
  InvalidPubKey: code('sdk', 8, 'invalid_pubkey'),
  UnknownAddress: code('sdk', 9, 'unknown_address'),
  InvalidCoins: code('sdk', 10, 'invalid_coins'),
  OutOfGas: code('sdk', 11, 'out_of_gas'),
  MemoTooLarge: code('sdk', 12, 'memo_too_large'),
  InsufficientFee: code('sdk', 13, 'insufficient_fee'),
  TooManySignatures: code('sdk', 14, 'too_many_signatures'),
  NoSignatures: code('sdk', 15, 'no_signatures'),
  InvalidRequest: code('sdk', 18, 'invalid_request'),
  TxInMempoolCache: code('sdk', 19, 'tx_in_mempool_cache'),
  MempoolIsFull: code('sdk', 20, 'mempool_is_full'),
  TxTooLarge: code('sdk', 21, 'tx_too_large'),
  InvalidChainId: code('sdk', 28, 'invalid_chain_id'),
  TxTimeoutHeight: code('sdk', 30, 'tx_timeout_height'),
  WrongSequence: code('sdk', 32, 'wrong_sequence'),
  NotFound: code('sdk', 38, 'not_found'),
  InvalidGasLimit: code('sdk', 41, 'invalid_gas_limit'),
  Internal: code('sdk', 111222, 'internal'),
} as const;

/** aivm ante codes (codespace "ante") for distinctions the SDK does not make. */
export const AnteErrors = {
  WrongAccountNumber: code('ante', 1, 'wrong_account_number'),
  HighSSignature: code('ante', 2, 'high_s_signature'),
  TxAlreadyCommitted: code('ante', 3, 'tx_already_committed'),
  MalformedSignature: code('ante', 4, 'malformed_signature'),
  UnsupportedSignMode: code('ante', 5, 'unsupported_sign_mode'),
  SignerMismatch: code('ante', 6, 'signer_mismatch'),
} as const;

export function isChainError(e: unknown): e is ChainError {
  return e instanceof ChainError;
}

/** Turns any thrown value into a ChainError; unexpected exceptions become `sdk/111222 internal`. */
export function toChainError(e: unknown): ChainError {
  if (e instanceof ChainError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new ChainError(SdkErrors.Internal, `internal error: ${msg}`);
}
