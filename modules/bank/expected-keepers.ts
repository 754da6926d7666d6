import type { Context } from '../../chain/context.js';

/** What bank needs from auth. */
export interface AccountKeeper {
  hasAccount(ctx: Context, address: string): boolean;
  createAccount(ctx: Context, address: string): unknown;
}
