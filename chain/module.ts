import type { Context } from './context.js';
import type { ModuleName } from './store/buckets.js';

/** How one message type is decoded, checked statelessly, authorized and executed. */
export interface MsgRoute<T = unknown> {
  readonly typeUrl: string;
  decode(bytes: Uint8Array): T;
  /** Stateless checks (addresses parse, amounts positive, names well-formed); throw ChainError. */
  validateBasic(msg: T): void;
  /** The bech32 addresses that must sign a tx carrying this message, in order. */
  signers(msg: T): readonly string[];
  /** Executes the message; returns its response for TxMsgData.msg_responses. */
  handle(ctx: Context, msg: T): MsgResponse;
}

export interface MsgResponse {
  readonly typeUrl: string;
  readonly value: Uint8Array;
}

/** A gRPC-style query served over abci_query at `path` (e.g. /cosmos.bank.v1beta1.Query/Balance). */
export interface QueryRoute {
  readonly path: string;
  handle(ctx: Context, request: Uint8Array): Uint8Array;
}

export interface Invariant {
  readonly name: string;
  /** Returns a description of what is broken, or undefined when the invariant holds. */
  check(ctx: Context): string | undefined;
}

export interface AppModule {
  readonly name: ModuleName;
  readonly msgs: readonly MsgRoute<any>[];
  readonly queries: readonly QueryRoute[];
  defaultGenesis(): unknown;
  /** Validates and writes the module's genesis state (JSON, as exported). */
  initGenesis(ctx: Context, state: unknown): void;
  exportGenesis(ctx: Context): unknown;
  /** Runs after the block's transactions (deadlines, expiries). */
  endBlock?(ctx: Context): void;
  readonly invariants?: readonly Invariant[];
}

/** Defines a message route with the message's type inferred from its decoder. */
export function msgRoute<T>(route: MsgRoute<T>): MsgRoute<T> {
  return route;
}
