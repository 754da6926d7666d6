// cosmjs QueryClient extensions for the aivm modules, built as cosmjs's setupBankExtension is:
// a protobuf RPC client over abci_query at "/aivm.<module>.v1.Query/<Method>".
//
//   const q = QueryClient.withExtensions(comet, setupRegistryExtension, setupVersioningExtension,
//                                        setupVerificationExtension, setupAccessExtension);
//   const { version } = await q.versioning.resolve('acme-llm@stable');
import { createProtobufRpcClient, type QueryClient } from '@cosmjs/stargate';
import { aivm } from '../../proto/index.js';

const reg = aivm.registry.v1;
const ver = aivm.versioning.v1;
const vfy = aivm.verification.v1;
const acc = aivm.access.v1;

export type PageRequest = aivm.registry.v1.PageRequest.$Properties;

interface Codec<T> {
  encode(m: T): { finish(): Uint8Array };
}
interface Decoder<R> {
  decode(b: Uint8Array): R;
}

function caller(base: QueryClient, service: string) {
  const rpc = createProtobufRpcClient(base);
  return async <Req, Res>(method: string, reqType: Codec<Req>, req: Req, resType: Decoder<Res>): Promise<Res> =>
    resType.decode(await rpc.request(service, method, reqType.encode(req).finish()));
}

export interface RegistryExtension {
  readonly registry: {
    readonly model: (name: string) => Promise<aivm.registry.v1.Model>;
    readonly modelsByOwner: (owner: string, pagination?: PageRequest) => Promise<aivm.registry.v1.QueryModelsResponse>;
    readonly modelsByTag: (tag: string, pagination?: PageRequest) => Promise<aivm.registry.v1.QueryModelsResponse>;
    readonly modelsByTask: (task: string, pagination?: PageRequest) => Promise<aivm.registry.v1.QueryModelsResponse>;
    readonly modelsByPrefix: (prefix: string, pagination?: PageRequest) => Promise<aivm.registry.v1.QueryModelsResponse>;
  };
}

export function setupRegistryExtension(base: QueryClient): RegistryExtension {
  const call = caller(base, 'aivm.registry.v1.Query');
  return {
    registry: {
      model: async (name) => (await call('Model', reg.QueryModelRequest, { name }, reg.QueryModelResponse)).model as aivm.registry.v1.Model,
      modelsByOwner: (owner, pagination) => call('ModelsByOwner', reg.QueryModelsByOwnerRequest, { owner, pagination }, reg.QueryModelsResponse),
      modelsByTag: (tag, pagination) => call('ModelsByTag', reg.QueryModelsByTagRequest, { tag, pagination }, reg.QueryModelsResponse),
      modelsByTask: (task, pagination) => call('ModelsByTask', reg.QueryModelsByTaskRequest, { task, pagination }, reg.QueryModelsResponse),
      modelsByPrefix: (prefix, pagination) => call('ModelsByPrefix', reg.QueryModelsByPrefixRequest, { prefix, pagination }, reg.QueryModelsResponse),
    },
  };
}

export interface LineageOptions {
  readonly direction?: aivm.versioning.v1.LineageDirection;
  /** 1–64; default 8. */
  readonly depth?: number;
}

export interface VersioningExtension {
  readonly versioning: {
    readonly version: (model: string, version: string) => Promise<aivm.versioning.v1.Version>;
    readonly versions: (model: string, pagination?: PageRequest) => Promise<aivm.versioning.v1.QueryVersionsResponse>;
    /** "name", "name@latest", "name@1.2.0" or "name@<alias>". */
    readonly resolve: (ref: string) => Promise<aivm.versioning.v1.QueryResolveResponse>;
    readonly aliases: (model: string, pagination?: PageRequest) => Promise<aivm.versioning.v1.QueryAliasesResponse>;
    readonly lineage: (model: string, version: string, options?: LineageOptions) => Promise<aivm.versioning.v1.QueryLineageResponse>;
    readonly mirrors: (model: string, version: string) => Promise<aivm.versioning.v1.Mirror[]>;
  };
}

export function setupVersioningExtension(base: QueryClient): VersioningExtension {
  const call = caller(base, 'aivm.versioning.v1.Query');
  return {
    versioning: {
      version: async (model, version) => (await call('Version', ver.QueryVersionRequest, { model, version }, ver.QueryVersionResponse)).version as aivm.versioning.v1.Version,
      versions: (model, pagination) => call('Versions', ver.QueryVersionsRequest, { model, pagination }, ver.QueryVersionsResponse),
      resolve: (ref) => call('Resolve', ver.QueryResolveRequest, { ref }, ver.QueryResolveResponse),
      aliases: (model, pagination) => call('Aliases', ver.QueryAliasesRequest, { model, pagination }, ver.QueryAliasesResponse),
      lineage: (model, version, o = {}) => call('Lineage', ver.QueryLineageRequest, { model, version, direction: o.direction, depth: o.depth }, ver.QueryLineageResponse),
      mirrors: async (model, version) => (await call('Mirrors', ver.QueryMirrorsRequest, { model, version }, ver.QueryMirrorsResponse)).mirrors as aivm.versioning.v1.Mirror[],
    },
  };
}

export interface VerificationExtension {
  readonly verification: {
    readonly params: () => Promise<aivm.verification.v1.Params>;
    readonly attestations: (model: string, version: string, pagination?: PageRequest) => Promise<aivm.verification.v1.QueryAttestationsResponse>;
    readonly tally: (model: string, version: string) => Promise<aivm.verification.v1.Tally>;
    readonly pendingVersions: (pagination?: PageRequest) => Promise<aivm.verification.v1.QueryPendingVersionsResponse>;
  };
}

export function setupVerificationExtension(base: QueryClient): VerificationExtension {
  const call = caller(base, 'aivm.verification.v1.Query');
  return {
    verification: {
      params: async () => (await call('Params', vfy.QueryParamsRequest, {}, vfy.QueryParamsResponse)).params as aivm.verification.v1.Params,
      attestations: (model, version, pagination) => call('Attestations', vfy.QueryAttestationsRequest, { model, version, pagination }, vfy.QueryAttestationsResponse),
      tally: async (model, version) => (await call('Tally', vfy.QueryTallyRequest, { model, version }, vfy.QueryTallyResponse)).tally as aivm.verification.v1.Tally,
      pendingVersions: (pagination) => call('PendingVersions', vfy.QueryPendingVersionsRequest, { pagination }, vfy.QueryPendingVersionsResponse),
    },
  };
}

export interface HasAccessOptions {
  /** Also accept a grant of this one version. */
  readonly version?: string;
  /** Default: any purpose. */
  readonly purpose?: aivm.access.v1.Purpose;
}

export interface AccessExtension {
  readonly access: {
    readonly grantsByModel: (model: string, pagination?: PageRequest) => Promise<aivm.access.v1.QueryGrantsResponse>;
    readonly grantsByGrantee: (grantee: string, pagination?: PageRequest) => Promise<aivm.access.v1.QueryGrantsResponse>;
    readonly hasAccess: (model: string, grantee: string, options?: HasAccessOptions) => Promise<aivm.access.v1.QueryHasAccessResponse>;
  };
}

export function setupAccessExtension(base: QueryClient): AccessExtension {
  const call = caller(base, 'aivm.access.v1.Query');
  return {
    access: {
      grantsByModel: (model, pagination) => call('GrantsByModel', acc.QueryGrantsByModelRequest, { model, pagination }, acc.QueryGrantsResponse),
      grantsByGrantee: (grantee, pagination) => call('GrantsByGrantee', acc.QueryGrantsByGranteeRequest, { grantee, pagination }, acc.QueryGrantsResponse),
      hasAccess: (model, grantee, o = {}) => call('HasAccess', acc.QueryHasAccessRequest, { model, grantee, version: o.version, purpose: o.purpose }, acc.QueryHasAccessResponse),
    },
  };
}

export type AivmQueryClient = QueryClient & RegistryExtension & VersioningExtension & VerificationExtension & AccessExtension;
