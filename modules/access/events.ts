// Typed events of the access module (every attribute indexed for tx_search), e.g. a key server
// can follow aivm.access.v1.EventAccessRevoked.model='acme-llm' to drop cached decisions.
import type { Context } from '../../chain/context.js';

export const AccessEvents = {
  /** model, version (empty = whole model), grantee, purpose, expires_at, granter */
  AccessGranted: 'aivm.access.v1.EventAccessGranted',
  /** model, version, grantee, purpose, revoker */
  AccessRevoked: 'aivm.access.v1.EventAccessRevoked',
} as const;

export function emit(ctx: Context, type: (typeof AccessEvents)[keyof typeof AccessEvents], attrs: Record<string, string>): void {
  ctx.events.emit(type, attrs);
}
