// Typed events of the verification module (every attribute indexed for tx_search). The status
// change a tally or a deadline causes is aivm.versioning.v1.EventVersionStatusChanged, emitted
// by module versioning; deadline expiries are block events (finalize_block_events).
import type { Context } from '../../chain/context.js';

export const VerificationEvents = {
  /** model, version, ref, attester, pass, report_digest, pass_power, fail_power, total_power */
  Attestation: 'aivm.verification.v1.EventAttestation',
} as const;

export function emit(ctx: Context, type: (typeof VerificationEvents)[keyof typeof VerificationEvents], attrs: Record<string, string>): void {
  ctx.events.emit(type, attrs);
}
