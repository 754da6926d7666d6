// Typed events of the versioning module. Every attribute is indexed for tx_search, e.g.
//   aivm.versioning.v1.EventVersionStatusChanged.model='acme-llm' AND …status='VERIFIED'
// `ref` is "model@version". Status values are the short names PENDING, VERIFIED, REJECTED,
// EXPIRED. Status changes by the deadline (EXPIRED) are block events (finalize_block_events).
import type { Context } from '../../chain/context.js';
import { aivm } from '../../proto/index.js';

export const VersioningEvents = {
  /** model, version, ref, publisher, root_cid, size, encrypted, parents (comma-separated refs), deadline_height */
  VersionPublished: 'aivm.versioning.v1.EventVersionPublished',
  /** model, version, ref, status, previous_status */
  VersionStatusChanged: 'aivm.versioning.v1.EventVersionStatusChanged',
  /** model, version (empty when none), previous_version (empty when none) */
  LatestChanged: 'aivm.versioning.v1.EventLatestChanged',
  /** model, version, ref, sender, reason */
  VersionYanked: 'aivm.versioning.v1.EventVersionYanked',
  /** model, version, ref, sender */
  VersionUnyanked: 'aivm.versioning.v1.EventVersionUnyanked',
  /** model, version, ref, sender, deprecated, reason */
  VersionDeprecated: 'aivm.versioning.v1.EventVersionDeprecated',
  /** model, alias, version, previous_version */
  AliasSet: 'aivm.versioning.v1.EventAliasSet',
  /** model, alias, version */
  AliasRemoved: 'aivm.versioning.v1.EventAliasRemoved',
  /** model, version, source_model, source_version, creator */
  ModelForked: 'aivm.versioning.v1.EventModelForked',
  /** model, version, ref, arweave_tx_id, recorder */
  MirrorRecorded: 'aivm.versioning.v1.EventMirrorRecorded',
} as const;

/** "VERIFIED" for VERSION_STATUS_VERIFIED. */
export function statusName(s: number): string {
  const n = aivm.versioning.v1.VersionStatus[s];
  return n ? n.replace(/^VERSION_STATUS_/, '') : String(s);
}

export function emit(ctx: Context, type: (typeof VersioningEvents)[keyof typeof VersioningEvents], attrs: Record<string, string>): void {
  ctx.events.emit(type, attrs);
}
