// Query routes of the verification module ("/aivm.verification.v1.Query/<Method>").
import type { QueryRoute } from '../../chain/module.js';
import { aivm } from '../../proto/index.js';
import { pageResponse } from '../registry/util.js';
import { validateModelName } from '../registry/validation.js';
import { parseVersion } from '../versioning/validation.js';
import type { VerificationKeeper } from './keeper.js';
import type { VerificationParams } from './params.js';

const pb = aivm.verification.v1;

export function paramsToProto(p: VerificationParams): aivm.verification.v1.Params.$Properties {
  return {
    schemaVersions: [...p.schema_versions],
    allowedRuntimes: [...p.allowed_runtimes],
    allowedOs: [...p.allowed_os],
    allowedArchitectures: [...p.allowed_architectures],
    allowedHardware: [...p.allowed_hardware],
    allowedEntrypointLanguages: [...p.allowed_entrypoint_languages],
    allowedFormats: [...p.allowed_formats],
    forbiddenFormats: [...p.forbidden_formats],
    allowPickle: p.allow_pickle,
    maxKernelBytes: p.max_kernel_bytes,
    maxFileBytes: p.max_file_bytes,
    maxFiles: p.max_files,
    quorum: p.quorum,
    deadlineBlocks: p.deadline_blocks,
  };
}

export function verificationQueries(k: VerificationKeeper): QueryRoute[] {
  const path = (m: string) => `/aivm.verification.v1.Query/${m}`;
  return [
    {
      path: path('Params'),
      handle(ctx) {
        return pb.QueryParamsResponse.encode({ params: paramsToProto(k.getParams(ctx)) }).finish();
      },
    },
    {
      path: path('Attestations'),
      handle(ctx, req) {
        const r = pb.QueryAttestationsRequest.decode(req);
        validateModelName(r.model, 'model');
        parseVersion(r.version);
        const res = k.attestations(ctx, r.model, r.version, r.pagination);
        return pb.QueryAttestationsResponse.encode({ attestations: res.attestations, pagination: pageResponse(res.page) }).finish();
      },
    },
    {
      path: path('Tally'),
      handle(ctx, req) {
        const r = pb.QueryTallyRequest.decode(req);
        validateModelName(r.model, 'model');
        parseVersion(r.version);
        return pb.QueryTallyResponse.encode({ tally: k.tally(ctx, r.model, r.version) }).finish();
      },
    },
    {
      path: path('PendingVersions'),
      handle(ctx, req) {
        const r = pb.QueryPendingVersionsRequest.decode(req);
        const res = k.pendingVersions(ctx, r.pagination);
        return pb.QueryPendingVersionsResponse.encode({ versions: res.versions, pagination: pageResponse(res.page) }).finish();
      },
    },
  ];
}
