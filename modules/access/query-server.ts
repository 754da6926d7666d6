// Query routes of the access module ("/aivm.access.v1.Query/<Method>").
import type { Context } from '../../chain/context.js';
import type { QueryRoute } from '../../chain/module.js';
import type { Page } from '../../chain/pagination.js';
import { aivm } from '../../proto/index.js';
import { canonicalAddress, pageResponse } from '../registry/util.js';
import { validateModelName } from '../registry/validation.js';
import { parseVersion } from '../versioning/validation.js';
import type { AccessKeeper, Grant } from './keeper.js';
import { validatePurpose } from './validation.js';

const pb = aivm.access.v1;

export function accessQueries(k: AccessKeeper): QueryRoute[] {
  const path = (m: string) => `/aivm.access.v1.Query/${m}`;
  const list = (ctx: Context, r: { grants: Grant[]; page: Page }) =>
    pb.QueryGrantsResponse.encode({ grants: r.grants.map((grant) => ({ grant, active: k.isActive(ctx, grant) })), pagination: pageResponse(r.page) }).finish();
  return [
    {
      path: path('GrantsByModel'),
      handle(ctx, req) {
        const r = pb.QueryGrantsByModelRequest.decode(req);
        validateModelName(r.model, 'model');
        return list(ctx, k.grantsByModel(ctx, r.model, r.pagination));
      },
    },
    {
      path: path('GrantsByGrantee'),
      handle(ctx, req) {
        const r = pb.QueryGrantsByGranteeRequest.decode(req);
        canonicalAddress(r.grantee, 'grantee');
        return list(ctx, k.grantsByGrantee(ctx, r.grantee, r.pagination));
      },
    },
    {
      path: path('HasAccess'),
      handle(ctx, req) {
        const r = pb.QueryHasAccessRequest.decode(req);
        validateModelName(r.model, 'model');
        if (r.version !== '') parseVersion(r.version);
        canonicalAddress(r.grantee, 'grantee');
        if (r.purpose !== 0) validatePurpose(r.purpose);
        const g = k.findGrant(ctx, r.model, r.version, r.grantee, r.purpose);
        return pb.QueryHasAccessResponse.encode({ hasAccess: !!g, grant: g ?? null }).finish();
      },
    },
  ];
}
