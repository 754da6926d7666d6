// Query routes of the registry module ("/aivm.registry.v1.Query/<Method>").
import type { QueryRoute } from '../../chain/module.js';
import { aivm } from '../../proto/index.js';
import type { Model, RegistryKeeper } from './keeper.js';
import type { Page } from '../../chain/pagination.js';
import { canonicalAddress, pageResponse } from './util.js';
import { validatePrefix, validateModelName, validateQueryTask, validateTag } from './validation.js';

const pb = aivm.registry.v1;

function list(r: { models: Model[]; page: Page }): Uint8Array {
  return pb.QueryModelsResponse.encode({ models: r.models, pagination: pageResponse(r.page) }).finish();
}

export function registryQueries(k: RegistryKeeper): QueryRoute[] {
  const path = (m: string) => `/aivm.registry.v1.Query/${m}`;
  return [
    {
      path: path('Model'),
      handle(ctx, req) {
        const { name } = pb.QueryModelRequest.decode(req);
        validateModelName(name);
        return pb.QueryModelResponse.encode({ model: k.requireModel(ctx, name) }).finish();
      },
    },
    {
      path: path('ModelsByOwner'),
      handle(ctx, req) {
        const r = pb.QueryModelsByOwnerRequest.decode(req);
        canonicalAddress(r.owner, 'owner');
        return list(k.modelsByOwner(ctx, r.owner, r.pagination));
      },
    },
    {
      path: path('ModelsByTag'),
      handle(ctx, req) {
        const r = pb.QueryModelsByTagRequest.decode(req);
        validateTag(r.tag);
        return list(k.modelsByTag(ctx, r.tag, r.pagination));
      },
    },
    {
      path: path('ModelsByTask'),
      handle(ctx, req) {
        const r = pb.QueryModelsByTaskRequest.decode(req);
        validateQueryTask(r.task);
        return list(k.modelsByTask(ctx, r.task, r.pagination));
      },
    },
    {
      path: path('ModelsByPrefix'),
      handle(ctx, req) {
        const r = pb.QueryModelsByPrefixRequest.decode(req);
        validatePrefix(r.prefix);
        return list(k.modelsByPrefix(ctx, r.prefix, r.pagination));
      },
    },
  ];
}
