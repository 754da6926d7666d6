import { parseAddress } from '../../chain/address.js';
import { fromUtf8, readU64be } from '../../chain/bytes.js';
import type { Context } from '../../chain/context.js';
import { ChainError } from '../../chain/errors.js';
import type { Page } from '../../chain/pagination.js';
import { aivm } from '../../proto/index.js';
import { RegistryErrors } from './errors.js';
import { emit, RegistryEvents } from './events.js';
import { RegistryKeys } from './keys.js';
import { page } from './util.js';
import { MAX_MAINTAINERS, type Metadata, type UpdateMaskField } from './validation.js';

const pb = aivm.registry.v1;
export type Model = aivm.registry.v1.Model;
export const Visibility = pb.Visibility;
type PageReq = aivm.registry.v1.PageRequest.$Properties | null | undefined;

/** A page of models as stored: each record is the canonical aivm.registry.v1.Model encoding. */
export interface ModelRecords {
  readonly records: Uint8Array[];
  readonly page: Page;
}

export interface CreateModelSpec {
  readonly name: string;
  readonly owner: string;
  readonly metadata: Metadata;
  readonly visibility: aivm.registry.v1.Visibility;
  readonly keyEndpoint?: { multiaddr: string; peerId: string };
  readonly forkedFrom?: { model: string; version: string };
}

export function visibilityName(v: number): string {
  return pb.Visibility[v] ?? String(v);
}

/** Models: records, the owner/tag/task indexes and the count. Callers validate inputs first. */
export class RegistryKeeper {
  getModel(ctx: Context, name: string): Model | undefined {
    const b = ctx.kv('registry').get(RegistryKeys.model(name));
    return b ? pb.Model.decode(b) : undefined;
  }

  hasModel(ctx: Context, name: string): boolean {
    return ctx.kv('registry').has(RegistryKeys.model(name));
  }

  /** The model, or registry/3 model_not_found. */
  requireModel(ctx: Context, name: string): Model {
    return pb.Model.decode(this.requireModelRecord(ctx, name));
  }

  /** The stored record (the canonical aivm.registry.v1.Model encoding), or registry/3 model_not_found. */
  requireModelRecord(ctx: Context, name: string): Uint8Array {
    const b = ctx.kv('registry').get(RegistryKeys.model(name));
    if (!b) throw modelNotFound(name);
    return b;
  }

  isOwner(m: Model, addr: string): boolean {
    return m.owner === addr;
  }

  /** Owner or maintainer: who may publish, yank, deprecate and edit metadata. */
  canMaintain(m: Model, addr: string): boolean {
    return m.owner === addr || m.maintainers.includes(addr);
  }

  requireOwner(m: Model, signer: string, action: string): void {
    if (m.owner !== signer) {
      throw new ChainError(RegistryErrors.NotOwner, `${signer} may not ${action} of model "${m.name}": only its owner ${m.owner} may; sign with the owner's key`);
    }
  }

  requireMaintainer(m: Model, signer: string, action: string): void {
    if (!this.canMaintain(m, signer)) {
      throw new ChainError(RegistryErrors.NotMaintainer, `${signer} may not ${action} of model "${m.name}": only its owner or a maintainer may; ask the owner ${m.owner} to add you with MsgAddMaintainer`);
    }
  }

  count(ctx: Context): number {
    const b = ctx.kv('registry').get(RegistryKeys.modelCount);
    return b ? Number(readU64be(b)) : 0;
  }

  createModel(ctx: Context, s: CreateModelSpec): Model {
    if (this.hasModel(ctx, s.name)) {
      throw new ChainError(RegistryErrors.ModelExists, `model "${s.name}" already exists: choose another name (names are never reused)`);
    }
    const m = pb.Model.create({
      name: s.name,
      owner: s.owner,
      maintainers: [],
      description: s.metadata.description,
      task: s.metadata.task,
      tags: [...s.metadata.tags],
      license: s.metadata.license,
      modelCardUri: s.metadata.modelCardUri,
      visibility: s.visibility,
      keyEndpoint: s.keyEndpoint ? pb.KeyEndpoint.create(s.keyEndpoint) : null,
      createdHeight: ctx.block.height,
      updatedHeight: ctx.block.height,
      forkedFromModel: s.forkedFrom?.model ?? '',
      forkedFromVersion: s.forkedFrom?.version ?? '',
    });
    this.put(ctx, undefined, m);
    emit(ctx, RegistryEvents.ModelCreated, { model: m.name, owner: m.owner, visibility: visibilityName(m.visibility) });
    return m;
  }

  updateMetadata(ctx: Context, sender: string, name: string, md: Metadata, fields: readonly UpdateMaskField[]): Model {
    const prev = this.requireModel(ctx, name);
    this.requireMaintainer(prev, sender, 'update the metadata');
    const next = clone(prev);
    for (const f of fields) {
      if (f === 'description') next.description = md.description;
      else if (f === 'task') next.task = md.task;
      else if (f === 'tags') next.tags = [...md.tags];
      else if (f === 'license') next.license = md.license;
      else next.modelCardUri = md.modelCardUri;
    }
    next.updatedHeight = ctx.block.height;
    this.put(ctx, prev, next);
    emit(ctx, RegistryEvents.ModelUpdated, { model: name, fields: fields.join(','), sender });
    return next;
  }

  transferOwnership(ctx: Context, owner: string, name: string, newOwner: string): Model {
    const prev = this.requireModel(ctx, name);
    this.requireOwner(prev, owner, 'transfer the ownership');
    if (newOwner === prev.owner) throw new ChainError(RegistryErrors.SameOwner, `${newOwner} already owns model "${name}": give another account as new_owner`);
    const next = clone(prev);
    next.owner = newOwner;
    next.maintainers = prev.maintainers.filter((a) => a !== newOwner);
    next.updatedHeight = ctx.block.height;
    this.put(ctx, prev, next);
    emit(ctx, RegistryEvents.OwnershipTransferred, { model: name, previous_owner: prev.owner, new_owner: newOwner });
    return next;
  }

  addMaintainer(ctx: Context, owner: string, name: string, maintainer: string): Model {
    const prev = this.requireModel(ctx, name);
    this.requireOwner(prev, owner, 'add maintainers');
    if (maintainer === prev.owner) throw new ChainError(RegistryErrors.MaintainerExists, `${maintainer} owns model "${name}" and may already do everything a maintainer may`);
    if (prev.maintainers.includes(maintainer)) throw new ChainError(RegistryErrors.MaintainerExists, `${maintainer} is already a maintainer of model "${name}"`);
    if (prev.maintainers.length >= MAX_MAINTAINERS) {
      throw new ChainError(RegistryErrors.TooManyMaintainers, `model "${name}" already has ${MAX_MAINTAINERS} maintainers, the maximum: remove one first`);
    }
    const next = clone(prev);
    next.maintainers = [...prev.maintainers, maintainer].sort();
    next.updatedHeight = ctx.block.height;
    this.put(ctx, prev, next);
    emit(ctx, RegistryEvents.MaintainerAdded, { model: name, maintainer });
    return next;
  }

  removeMaintainer(ctx: Context, sender: string, name: string, maintainer: string): Model {
    const prev = this.requireModel(ctx, name);
    if (sender !== prev.owner && sender !== maintainer) {
      throw new ChainError(RegistryErrors.NotOwner, `${sender} may not remove maintainer ${maintainer} of model "${name}": only the owner ${prev.owner} (or the maintainer itself) may`);
    }
    if (!prev.maintainers.includes(maintainer)) throw new ChainError(RegistryErrors.MaintainerNotFound, `${maintainer} is not a maintainer of model "${name}"`);
    const next = clone(prev);
    next.maintainers = prev.maintainers.filter((a) => a !== maintainer);
    next.updatedHeight = ctx.block.height;
    this.put(ctx, prev, next);
    emit(ctx, RegistryEvents.MaintainerRemoved, { model: name, maintainer });
    return next;
  }

  setVisibility(ctx: Context, owner: string, name: string, visibility: aivm.registry.v1.Visibility, endpoint?: { multiaddr: string; peerId: string }): Model {
    const prev = this.requireModel(ctx, name);
    this.requireOwner(prev, owner, 'set the visibility');
    const next = clone(prev);
    next.visibility = visibility;
    next.keyEndpoint = endpoint ? pb.KeyEndpoint.create(endpoint) : null;
    next.updatedHeight = ctx.block.height;
    this.put(ctx, prev, next);
    emit(ctx, RegistryEvents.VisibilityChanged, { model: name, visibility: visibilityName(visibility), multiaddr: endpoint?.multiaddr ?? '', peer_id: endpoint?.peerId ?? '' });
    return next;
  }

  /** Writes a record (as is: genesis import) with its index entries. */
  importModel(ctx: Context, m: Model): void {
    if (this.hasModel(ctx, m.name)) throw new ChainError(RegistryErrors.InvalidGenesis, `registry genesis: model "${m.name}" is listed twice`);
    this.put(ctx, undefined, m);
  }

  // ---- lists -----------------------------------------------------------------------------------

  *models(ctx: Context): IterableIterator<Model> {
    const p = RegistryKeys.modelPrefix;
    for (const [, v] of ctx.kv('registry').iterator(p, Uint8Array.of(p[0]! + 1))) yield pb.Model.decode(v);
  }

  // The list pages hold the stored records as they are (see ModelRecords): the query answers
  // splice them in without decoding.

  modelsByOwner(ctx: Context, owner: string, req: PageReq): ModelRecords {
    return this.indexPage(ctx, RegistryKeys.ownerPrefix(parseAddress(owner, 'owner')), req);
  }

  modelsByTag(ctx: Context, tag: string, req: PageReq): ModelRecords {
    return this.indexPage(ctx, RegistryKeys.tagPrefix(tag), req);
  }

  modelsByTask(ctx: Context, task: string, req: PageReq): ModelRecords {
    return this.indexPage(ctx, RegistryKeys.taskPrefix(task), req);
  }

  modelsByPrefix(ctx: Context, prefix: string, req: PageReq): ModelRecords {
    const pg = page(ctx.kv('registry'), RegistryKeys.modelsWithPrefix(prefix), req);
    return { records: pg.values, page: pg };
  }

  /** A page of a covering index (owner, tag, task): each entry holds the model's record. */
  private indexPage(ctx: Context, prefix: Uint8Array, req: PageReq): ModelRecords {
    const pg = page(ctx.kv('registry'), prefix, req);
    for (let i = 0; i < pg.values.length; i++) {
      if (pg.values[i]!.length === 0) {
        // Only a state written before the indexes became covering (an older dev home) has these.
        throw new Error(
          `registry index entry for "${fromUtf8(pg.keys[i]!)}" holds no model record: this state was written by an older aivmd; ` +
            'carry it over with `aivmd export` and `aivmd init --genesis <file>`, or restart a dev chain with `aivmd dev --reset`',
        );
      }
    }
    return { records: pg.values, page: pg };
  }

  // ---- writes ----------------------------------------------------------------------------------

  /**
   * Writes a record and its index entries. The owner, tag and task indexes are covering: each
   * entry holds a copy of the record, so that a page of a list is one range scan (no point read
   * per model). Every change to a record therefore rewrites all of its entries.
   */
  private put(ctx: Context, prev: Model | undefined, next: Model): void {
    const kv = ctx.kv('registry');
    const name = next.name;
    const record = pb.Model.encode(next).finish();
    kv.set(RegistryKeys.model(name), record);
    if (prev && prev.owner !== next.owner) kv.delete(RegistryKeys.byOwner(parseAddress(prev.owner), name));
    kv.set(RegistryKeys.byOwner(parseAddress(next.owner), name), record);
    for (const t of prev?.tags ?? []) if (!next.tags.includes(t)) kv.delete(RegistryKeys.byTag(t, name));
    for (const t of next.tags) kv.set(RegistryKeys.byTag(t, name), record);
    const prevTask = prev?.task ?? '';
    if (prevTask !== '' && prevTask !== next.task) kv.delete(RegistryKeys.byTask(prevTask, name));
    if (next.task !== '') kv.set(RegistryKeys.byTask(next.task, name), record);
    if (!prev) kv.set(RegistryKeys.modelCount, RegistryKeys.count(this.count(ctx) + 1));
  }
}

function modelNotFound(name: string): ChainError {
  return new ChainError(RegistryErrors.ModelNotFound, `model "${name}" does not exist: check the name, or create it with MsgCreateModel`);
}

function clone(m: Model): Model {
  return pb.Model.decode(pb.Model.encode(m).finish());
}
