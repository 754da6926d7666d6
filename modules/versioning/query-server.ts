// Query routes of the versioning module ("/aivm.versioning.v1.Query/<Method>").
// Version answers are spliced from the stored Version records (chain/proto-splice.ts).
import type { QueryRoute } from '../../chain/module.js';
import { ProtoSplice } from '../../chain/proto-splice.js';
import { aivm } from '../../proto/index.js';
import { encodePageResponse, pageResponse } from '../registry/util.js';
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
        // QueryVersionResponse { Version version = 1; }
        return new ProtoSplice().bytes(1, k.requireVersionRecord(ctx, r.model, r.version)).finish();
      },
    },
    {
      path: path('Versions'),
      handle(ctx, req) {
        const r = pb.QueryVersionsRequest.decode(req);
        validateModelName(r.model, 'model');
        const res = k.versions(ctx, r.model, r.pagination);
        // QueryVersionsResponse { repeated Version versions = 1; PageResponse pagination = 2; }
        const out = new ProtoSplice();
        for (const v of res.records) out.bytes(1, v);
        return out.bytes(2, encodePageResponse(res.page)).finish();
      },
    },
    {
      path: path('Resolve'),
      handle(ctx, req) {
        const r = pb.QueryResolveRequest.decode(req);
        const res = k.resolve(ctx, r.ref);
        // QueryResolveResponse { Version version = 1; ResolvedVia via = 2; string alias = 3; },
        // zero via and empty alias left out as proto3 does.
        const out = new ProtoSplice().bytes(1, res.record);
        if (res.via !== 0) out.varint(2, res.via);
        if (res.alias !== '') out.string(3, res.alias);
        return out.finish();
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
        k.requireVersionRecord(ctx, r.model, r.version); // exists, or the same errors as Query/Version
        return pb.QueryMirrorsResponse.encode({ mirrors: k.mirrors(ctx, r.model, r.version) }).finish();
      },
    },
  ];
}
