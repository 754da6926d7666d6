// Query routes of the registry module ("/aivm.registry.v1.Query/<Method>").
// Answers are spliced from the stored Model records (chain/proto-splice.ts): no decode/re-encode.
import type { QueryRoute } from '../../chain/module.js';
import { ProtoSplice } from '../../chain/proto-splice.js';
import { aivm } from '../../proto/index.js';
import type { ModelRecords, RegistryKeeper } from './keeper.js';
import { canonicalAddress, encodePageResponse } from './util.js';
import { validatePrefix, validateModelName, validateQueryTask, validateTag } from './validation.js';

const pb = aivm.registry.v1;

/** QueryModelsResponse { repeated Model models = 1; PageResponse pagination = 2; } */
function list(r: ModelRecords): Uint8Array {
  const out = new ProtoSplice();
  for (const m of r.records) out.bytes(1, m);
  return out.bytes(2, encodePageResponse(r.page)).finish();
}

export function registryQueries(k: RegistryKeeper): QueryRoute[] {
  const path = (m: string) => `/aivm.registry.v1.Query/${m}`;
  return [
    {
      path: path('Model'),
      handle(ctx, req) {
        const { name } = pb.QueryModelRequest.decode(req);
        validateModelName(name);
        // QueryModelResponse { Model model = 1; }
        return new ProtoSplice().bytes(1, k.requireModelRecord(ctx, name)).finish();
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
