// Genesis import/export of the registry module. The JSON form is aivm.registry.v1.GenesisState
// with proto field names; indexes and the model count are rebuilt from the records, so an export
// re-imports to byte-identical state.
import type { Context } from '../../chain/context.js';
import { aivm } from '../../proto/index.js';
import { RegistryErrors } from './errors.js';
import { enumName, JsonReader, type Json } from './json.js';
import type { Model, RegistryKeeper } from './keeper.js';
import { canonicalAddress } from './util.js';
import { MAX_MAINTAINERS, validateMetadata, validateModelName, validateVisibility } from './validation.js';

const pb = aivm.registry.v1;

export interface ModelJson {
  name: string;
  owner: string;
  maintainers: string[];
  description: string;
  task: string;
  tags: string[];
  license: string;
  model_card_uri: string;
  visibility: string;
  key_endpoint: { multiaddr: string; peer_id: string } | null;
  created_height: string;
  updated_height: string;
  forked_from_model: string;
  forked_from_version: string;
}

export interface RegistryGenesis {
  models: ModelJson[];
}

export function defaultRegistryGenesis(): RegistryGenesis {
  return { models: [] };
}

export function modelToJson(m: Model): ModelJson {
  return {
    name: m.name,
    owner: m.owner,
    maintainers: [...m.maintainers],
    description: m.description,
    task: m.task,
    tags: [...m.tags],
    license: m.license,
    model_card_uri: m.modelCardUri,
    visibility: enumName(pb.Visibility, m.visibility),
    key_endpoint: m.keyEndpoint ? { multiaddr: m.keyEndpoint.multiaddr ?? '', peer_id: m.keyEndpoint.peerId ?? '' } : null,
    created_height: String(m.createdHeight),
    updated_height: String(m.updatedHeight),
    forked_from_model: m.forkedFromModel,
    forked_from_version: m.forkedFromVersion,
  };
}

/** Parses and fully validates one model record of genesis JSON. */
export function modelFromJson(raw: unknown, index: number): Model {
  const r = new JsonReader(RegistryErrors.InvalidGenesis, `registry genesis models[${index}]`);
  const o = r.object(raw, 'a model');
  const name = r.str(o, 'name');
  validateModelName(name, `registry genesis models[${index}].name`);
  const owner = r.str(o, 'owner');
  canonicalAddress(owner, `model ${name} owner`);
  const maintainers = r.strList(o, 'maintainers');
  maintainers.forEach((a) => canonicalAddress(a, `model ${name} maintainer`));
  const sortedMaintainers = [...new Set(maintainers)].sort();
  if (maintainers.length > MAX_MAINTAINERS || maintainers.includes(owner) || sortedMaintainers.join() !== maintainers.join()) {
    throw r.fail(`model ${name}: maintainers must be sorted, unique, at most ${MAX_MAINTAINERS}, and not include the owner`);
  }
  const md = validateMetadata({ description: r.str(o, 'description'), task: r.str(o, 'task'), tags: r.strList(o, 'tags'), license: r.str(o, 'license'), modelCardUri: r.str(o, 'model_card_uri') });
  if (md.tags.join() !== r.strList(o, 'tags').join()) throw r.fail(`model ${name}: tags must be sorted`);
  const ep = o.key_endpoint === null || o.key_endpoint === undefined ? undefined : r.object(o.key_endpoint, 'key_endpoint');
  const vis = validateVisibility(
    r.enumValue(o, 'visibility', pb.Visibility),
    ep ? { multiaddr: r.str(ep, 'multiaddr'), peerId: r.str(ep, 'peer_id') } : undefined,
    false,
  );
  const forkedFromModel = r.str(o, 'forked_from_model');
  const forkedFromVersion = r.str(o, 'forked_from_version');
  if ((forkedFromModel === '') !== (forkedFromVersion === '')) throw r.fail(`model ${name}: forked_from_model and forked_from_version go together`);
  if (forkedFromModel !== '') validateModelName(forkedFromModel, `model ${name} forked_from_model`);
  return pb.Model.create({
    name,
    owner,
    maintainers,
    description: md.description,
    task: md.task,
    tags: md.tags as string[],
    license: md.license,
    modelCardUri: md.modelCardUri,
    visibility: vis.visibility,
    keyEndpoint: vis.keyEndpoint ? pb.KeyEndpoint.create(vis.keyEndpoint) : null,
    createdHeight: r.uint(o, 'created_height'),
    updatedHeight: r.uint(o, 'updated_height'),
    forkedFromModel,
    forkedFromVersion,
  });
}

export function initRegistryGenesis(k: RegistryKeeper, ctx: Context, raw: unknown): void {
  const r = new JsonReader(RegistryErrors.InvalidGenesis, 'registry genesis');
  const g = r.object(raw ?? {}, 'registry genesis') as Json;
  const models = r.array(g, 'models');
  models.forEach((m, i) => k.importModel(ctx, modelFromJson(m, i)));
}

export function exportRegistryGenesis(k: RegistryKeeper, ctx: Context): RegistryGenesis {
  return { models: [...k.models(ctx)].map(modelToJson) };
}

