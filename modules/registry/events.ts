// Typed events of the registry module. Every attribute is indexed, so for example
// tx_search "aivm.registry.v1.EventModelCreated.owner='aivm1…'" finds the models an account created.
import type { Context } from '../../chain/context.js';

export const RegistryEvents = {
  /** model, owner, visibility */
  ModelCreated: 'aivm.registry.v1.EventModelCreated',
  /** model, fields (comma-separated names of the updated fields) */
  ModelUpdated: 'aivm.registry.v1.EventModelUpdated',
  /** model, previous_owner, new_owner */
  OwnershipTransferred: 'aivm.registry.v1.EventOwnershipTransferred',
  /** model, maintainer */
  MaintainerAdded: 'aivm.registry.v1.EventMaintainerAdded',
  /** model, maintainer */
  MaintainerRemoved: 'aivm.registry.v1.EventMaintainerRemoved',
  /** model, visibility, multiaddr, peer_id */
  VisibilityChanged: 'aivm.registry.v1.EventVisibilityChanged',
} as const;

export function emit(ctx: Context, type: (typeof RegistryEvents)[keyof typeof RegistryEvents], attrs: Record<string, string>): void {
  ctx.events.emit(type, attrs);
}
