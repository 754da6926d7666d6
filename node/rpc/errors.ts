// JSON-RPC 2.0 error codes and the error type every RPC method throws. The server turns an
// RpcError into `{"jsonrpc":"2.0","id":…,"error":{code,message,data}}` over HTTP 200 (cosmjs
// discards the body of any HTTP status ≥ 400, see shared/reference/cosmjs-rpc.md §0).

export const RpcCode = {
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InternalError: -32603,
} as const;

export type RpcCodeValue = (typeof RpcCode)[keyof typeof RpcCode];

/** The messages CometBFT uses for each code; the detail goes in `data`. */
const MESSAGES: Record<number, string> = {
  [RpcCode.ParseError]: 'Parse error',
  [RpcCode.InvalidRequest]: 'Invalid Request',
  [RpcCode.MethodNotFound]: 'Method not found',
  [RpcCode.InvalidParams]: 'Invalid params',
  [RpcCode.InternalError]: 'Internal error',
};

export interface RpcErrorObject {
  code: number;
  message: string;
  data?: string;
}

export class RpcError extends Error {
  constructor(
    readonly code: RpcCodeValue,
    /** Human-readable detail (never a stack trace). */
    readonly data?: string,
  ) {
    super(data ? `${MESSAGES[code]}: ${data}` : MESSAGES[code]);
    this.name = 'RpcError';
  }

  toJSON(): RpcErrorObject {
    return this.data === undefined ? { code: this.code, message: MESSAGES[this.code]! } : { code: this.code, message: MESSAGES[this.code]!, data: this.data };
  }
}

/** -32602 whose `data` names the parameter and says what is wrong with it. */
export function invalidParam(name: string, problem: string): RpcError {
  return new RpcError(RpcCode.InvalidParams, `${name}: ${problem}`);
}

/** A short, single-line description of any thrown value, safe to send to a client. */
export function describeError(e: unknown): string {
  let msg: string;
  if (e instanceof Error) msg = e.message;
  else if (typeof e === 'string') msg = e;
  else msg = 'unexpected error';
  // First line only: never leak stack traces or multi-line dumps.
  msg = msg.split('\n', 1)[0]!.trim();
  return msg.length > 500 ? `${msg.slice(0, 500)}…` : msg || 'unexpected error';
}
