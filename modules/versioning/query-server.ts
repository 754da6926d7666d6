// Query routes of the versioning module ("/aivm.versioning.v1.Query/<Method>").
import type { QueryRoute } from '../../chain/module.js';
import { aivm } from '../../proto/index.js';
import { pageResponse } from '../registry/util.js';
import { validateModelName } from '../registry/validation.js';
import type { VersioningKeeper } from './keeper.js';
import { parseVersion } from './validation.js';

const pb = aivm.versioning.v1;

export function versioningQueries(k: VersioningKeeper): QueryRoute[] {
  const path = (m: string) => `/aivm.versioning.v1.Query/${m}`;
  return [
    {
      path: path('Version'),
      handle(ctx, req) {
        const r = pb.QueryVersionRequest.decode(req);
        validateModelName(r.model, 'model');
        parseVersion(r.version);
        return pb.QueryVersionResponse.encode({ version: k.requireVersion(ctx, r.model, r.version) }).finish();
      },
    },
    {
      path: path('Versions'),
      handle(ctx, req) {
        const r = pb.QueryVersionsRequest.decode(req);
        validateModelName(r.model, 'model');
        const res = k.versions(ctx, r.model, r.pagination);
        return pb.QueryVersionsResponse.encode({ versions: res.versions, pagination: pageResponse(res.page) }).finish();
      },
    },
    {
      path: path('Resolve'),
      handle(ctx, req) {
        const r = pb.QueryResolveRequest.decode(req);
        return pb.QueryResolveResponse.encode(k.resolve(ctx, r.ref)).finish();
      },
    },
    {
      path: path('Aliases'),
      handle(ctx, req) {
        const r = pb.QueryAliasesRequest.decode(req);
        validateModelName(r.model, 'model');
        const res = k.aliases(ctx, r.model, r.pagination);
        return pb.QueryAliasesResponse.encode({ aliases: res.aliases, pagination: pageResponse(res.page) }).finish();
      },
    },
    {
      path: path('Lineage'),
      handle(ctx, req) {
        const r = pb.QueryLineageRequest.decode(req);
        validateModelName(r.model, 'model');
        parseVersion(r.version);
        const dir = r.direction === pb.LineageDirection.LINEAGE_DIRECTION_UNSPECIFIED ? pb.LineageDirection.LINEAGE_DIRECTION_BOTH : r.direction;
        const res = k.lineage(ctx, r.model, r.version, dir, r.depth);
        return pb.QueryLineageResponse.encode({ root: { model: r.model, version: r.version }, ...res }).finish();
      },
    },
    {
      path: path('Mirrors'),
      handle(ctx, req) {
        const r = pb.QueryMirrorsRequest.decode(req);
        validateModelName(r.model, 'model');
        parseVersion(r.version);
        k.requireVersion(ctx, r.model, r.version);
        return pb.QueryMirrorsResponse.encode({ mirrors: k.mirrors(ctx, r.model, r.version) }).finish();
      },
    },
  ];
}
