// AivmClient: an unmodified cosmjs SigningStargateClient (with the aivm Registry) plus the aivm
// query extensions, and one helper per aivm message and query.
//
//   const client = await AivmClient.connectWithSigner('http://localhost:26657', wallet, { gasPrice: GasPrice.fromString('0.025uaivm') });
//   await client.createModel(me, { name: 'acme-llm', task: 'text-generation', tags: ['llm'] });
//   await client.publishVersion(me, { model: 'acme-llm', version: '1.0.0', rootCid, size, manifestDigest, publicManifest });
//   const { version } = await client.resolve('acme-llm@latest');
//
// Messages are signed with SIGN_MODE_DIRECT: give an OfflineDirectSigner (aivm messages have no
// amino form). A failed transaction throws AivmTxError with its codespace and code.
import { fromHex } from '@cosmjs/encoding';
import type { EncodeObject, OfflineSigner } from '@cosmjs/proto-signing';
import { QueryClient, SigningStargateClient, type DeliverTxResponse, type SigningStargateClientOptions, type StdFee } from '@cosmjs/stargate';
import { connectComet, type CometClient, type HttpEndpoint } from '@cosmjs/tendermint-rpc';
import { aivm } from '../../proto/index.js';
import { aivmMsgs } from './messages.js';
import {
  setupAccessExtension,
  setupRegistryExtension,
  setupVerificationExtension,
  setupVersioningExtension,
  type AivmQueryClient,
  type HasAccessOptions,
  type LineageOptions,
  type PageRequest,
} from './queries.js';
import { createAivmRegistry } from './registry.js';

export type Fee = StdFee | 'auto' | number;

export interface TxOptions {
  readonly fee?: Fee;
  readonly memo?: string;
}

export interface AivmClientOptions extends SigningStargateClientOptions {
  /** Fee of every helper unless given per call (default "auto", which needs `gasPrice`). */
  readonly defaultFee?: Fee;
}

/** A transaction that was included in a block but failed. */
export class AivmTxError extends Error {
  constructor(
    readonly codespace: string,
    readonly code: number,
    readonly log: string,
    readonly transactionHash: string,
    readonly height: number,
  ) {
    super(`transaction ${transactionHash} failed with ${codespace || 'unknown codespace'}/${code}: ${log}`);
    this.name = 'AivmTxError';
  }
}

type Without<T, K extends keyof T> = Omit<T, K>;
/** The plain-object form of the message built by aivmMsgs[K]. */
type Value<K extends keyof typeof aivmMsgs> = Parameters<(typeof aivmMsgs)[K]>[0];

export type CreateModelFields = Without<Value<'createModel'>, 'creator'> & { readonly name: string };
export type MetadataFields = Pick<Value<'updateModel'>, 'description' | 'task' | 'tags' | 'license' | 'modelCardUri'>;
export type PublishVersionFields = Without<Value<'publishVersion'>, 'publisher'> & { readonly model: string; readonly version: string };
export type ForkModelFields = Without<Value<'forkModel'>, 'creator'> & { readonly sourceModel: string; readonly sourceVersion: string; readonly name: string };
export type AttestFields = Without<Value<'attestVersion'>, 'attester'>;

export interface GrantFields {
  readonly model: string;
  /** One version, or the whole model when omitted. */
  readonly version?: string;
  readonly grantee: string;
  readonly purpose: aivm.access.v1.Purpose | 'execute' | 'verify';
  /** Block time after which the grant is no longer honoured (Unix seconds or a Date); none when omitted. */
  readonly expiresAt?: number | Date;
}

const MASK: Record<keyof MetadataFields, string> = { description: 'description', task: 'task', tags: 'tags', license: 'license', modelCardUri: 'model_card_uri' };

function purposeOf(p: GrantFields['purpose']): aivm.access.v1.Purpose {
  if (p === 'execute') return aivm.access.v1.Purpose.PURPOSE_EXECUTE;
  if (p === 'verify') return aivm.access.v1.Purpose.PURPOSE_VERIFY;
  return p;
}

function visibilityOf(v: aivm.registry.v1.Visibility | 'public' | 'private'): aivm.registry.v1.Visibility {
  if (v === 'public') return aivm.registry.v1.Visibility.VISIBILITY_PUBLIC;
  if (v === 'private') return aivm.registry.v1.Visibility.VISIBILITY_PRIVATE;
  return v;
}

export class AivmClient {
  private constructor(
    /** The underlying cosmjs client (balances, bank sends, getTx, …). */
    readonly stargate: SigningStargateClient,
    /** The cosmjs QueryClient with the aivm extensions (q.registry, q.versioning, q.verification, q.access). */
    readonly query: AivmQueryClient,
    private readonly comet: CometClient,
    private readonly defaultFee: Fee,
  ) {}

  static async connectWithSigner(endpoint: string | HttpEndpoint, signer: OfflineSigner, options: AivmClientOptions = {}): Promise<AivmClient> {
    return AivmClient.createWithSigner(await connectComet(endpoint), signer, options);
  }

  static createWithSigner(comet: CometClient, signer: OfflineSigner, options: AivmClientOptions = {}): AivmClient {
    const { defaultFee, ...rest } = options;
    const stargate = SigningStargateClient.createWithSigner(comet, signer, { registry: createAivmRegistry(), ...rest });
    const query = QueryClient.withExtensions(comet, setupRegistryExtension, setupVersioningExtension, setupVerificationExtension, setupAccessExtension);
    return new AivmClient(stargate, query, comet, defaultFee ?? 'auto');
  }

  disconnect(): void {
    this.stargate.disconnect();
  }

  /** Signs and broadcasts messages, waits for the block, and throws AivmTxError when the tx failed. */
  async send(signer: string, messages: readonly EncodeObject[], o: TxOptions = {}): Promise<DeliverTxResponse> {
    const r = await this.stargate.signAndBroadcast(signer, messages, o.fee ?? this.defaultFee, o.memo ?? '');
    if (r.code === 0) return r;
    let codespace = '';
    let log = r.rawLog ?? '';
    try {
      const t = await this.comet.tx({ hash: fromHex(r.transactionHash) });
      codespace = t.result.codespace ?? '';
      log = t.result.log ?? log;
    } catch {
      // The result without its codespace is still worth reporting.
    }
    throw new AivmTxError(codespace, r.code, log, r.transactionHash, r.height);
  }

  // ---- registry --------------------------------------------------------------------------------

  createModel(creator: string, f: CreateModelFields, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(creator, [aivmMsgs.createModel({ ...f, creator })], o);
  }

  /** Updates exactly the metadata fields given (the update mask is built from them). */
  updateModel(sender: string, name: string, fields: MetadataFields, o?: TxOptions): Promise<DeliverTxResponse> {
    const updateMask = (Object.keys(fields) as Array<keyof MetadataFields>).filter((k) => fields[k] !== undefined).map((k) => MASK[k]);
    return this.send(sender, [aivmMsgs.updateModel({ ...fields, sender, name, updateMask })], o);
  }

  transferOwnership(owner: string, name: string, newOwner: string, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(owner, [aivmMsgs.transferOwnership({ owner, name, newOwner })], o);
  }

  addMaintainer(owner: string, name: string, maintainer: string, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(owner, [aivmMsgs.addMaintainer({ owner, name, maintainer })], o);
  }

  removeMaintainer(sender: string, name: string, maintainer: string, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(sender, [aivmMsgs.removeMaintainer({ sender, name, maintainer })], o);
  }

  setVisibility(owner: string, name: string, visibility: aivm.registry.v1.Visibility | 'public' | 'private', keyEndpoint?: { multiaddr: string; peerId: string }, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(owner, [aivmMsgs.setVisibility({ owner, name, visibility: visibilityOf(visibility), keyEndpoint })], o);
  }

  // ---- versioning ------------------------------------------------------------------------------

  publishVersion(publisher: string, f: PublishVersionFields, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(publisher, [aivmMsgs.publishVersion({ ...f, publisher })], o);
  }

  yankVersion(sender: string, model: string, version: string, reason: string, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(sender, [aivmMsgs.yankVersion({ sender, model, version, reason })], o);
  }

  unyankVersion(owner: string, model: string, version: string, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(owner, [aivmMsgs.unyankVersion({ owner, model, version })], o);
  }

  /** Sets the deprecated mark with a reason, or clears it when `reason` is undefined. */
  deprecateVersion(sender: string, model: string, version: string, reason: string | undefined, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(sender, [aivmMsgs.deprecateVersion({ sender, model, version, deprecated: reason !== undefined, reason: reason ?? '' })], o);
  }

  setAlias(owner: string, model: string, alias: string, version: string, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(owner, [aivmMsgs.setAlias({ owner, model, alias, version })], o);
  }

  removeAlias(owner: string, model: string, alias: string, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(owner, [aivmMsgs.removeAlias({ owner, model, alias })], o);
  }

  forkModel(creator: string, f: ForkModelFields, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(creator, [aivmMsgs.forkModel({ ...f, creator })], o);
  }

  recordMirror(sender: string, model: string, version: string, arweaveTxId: string, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(sender, [aivmMsgs.recordMirror({ sender, model, version, arweaveTxId })], o);
  }

  // ---- verification ----------------------------------------------------------------------------

  attestVersion(attester: string, f: AttestFields, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(attester, [aivmMsgs.attestVersion({ ...f, attester })], o);
  }

  // ---- access ----------------------------------------------------------------------------------

  grantAccess(owner: string, g: GrantFields, o?: TxOptions): Promise<DeliverTxResponse> {
    const expiresAt = g.expiresAt instanceof Date ? Math.floor(g.expiresAt.getTime() / 1000) : (g.expiresAt ?? 0);
    return this.send(owner, [aivmMsgs.grantAccess({ owner, model: g.model, version: g.version ?? '', grantee: g.grantee, purpose: purposeOf(g.purpose), expiresAt })], o);
  }

  revokeAccess(owner: string, g: Without<GrantFields, 'expiresAt'>, o?: TxOptions): Promise<DeliverTxResponse> {
    return this.send(owner, [aivmMsgs.revokeAccess({ owner, model: g.model, version: g.version ?? '', grantee: g.grantee, purpose: purposeOf(g.purpose) })], o);
  }

  // ---- queries ---------------------------------------------------------------------------------

  getModel(name: string): Promise<aivm.registry.v1.Model> {
    return this.query.registry.model(name);
  }

  modelsByOwner(owner: string, pagination?: PageRequest): Promise<aivm.registry.v1.QueryModelsResponse> {
    return this.query.registry.modelsByOwner(owner, pagination);
  }

  modelsByTag(tag: string, pagination?: PageRequest): Promise<aivm.registry.v1.QueryModelsResponse> {
    return this.query.registry.modelsByTag(tag, pagination);
  }

  modelsByTask(task: string, pagination?: PageRequest): Promise<aivm.registry.v1.QueryModelsResponse> {
    return this.query.registry.modelsByTask(task, pagination);
  }

  modelsByPrefix(prefix: string, pagination?: PageRequest): Promise<aivm.registry.v1.QueryModelsResponse> {
    return this.query.registry.modelsByPrefix(prefix, pagination);
  }

  getVersion(model: string, version: string): Promise<aivm.versioning.v1.Version> {
    return this.query.versioning.version(model, version);
  }

  versions(model: string, pagination?: PageRequest): Promise<aivm.versioning.v1.QueryVersionsResponse> {
    return this.query.versioning.versions(model, pagination);
  }

  resolve(ref: string): Promise<aivm.versioning.v1.QueryResolveResponse> {
    return this.query.versioning.resolve(ref);
  }

  aliases(model: string, pagination?: PageRequest): Promise<aivm.versioning.v1.QueryAliasesResponse> {
    return this.query.versioning.aliases(model, pagination);
  }

  lineage(model: string, version: string, options?: LineageOptions): Promise<aivm.versioning.v1.QueryLineageResponse> {
    return this.query.versioning.lineage(model, version, options);
  }

  mirrors(model: string, version: string): Promise<aivm.versioning.v1.Mirror[]> {
    return this.query.versioning.mirrors(model, version);
  }

  verificationParams(): Promise<aivm.verification.v1.Params> {
    return this.query.verification.params();
  }

  attestations(model: string, version: string, pagination?: PageRequest): Promise<aivm.verification.v1.QueryAttestationsResponse> {
    return this.query.verification.attestations(model, version, pagination);
  }

  tally(model: string, version: string): Promise<aivm.verification.v1.Tally> {
    return this.query.verification.tally(model, version);
  }

  pendingVersions(pagination?: PageRequest): Promise<aivm.verification.v1.QueryPendingVersionsResponse> {
    return this.query.verification.pendingVersions(pagination);
  }

  grantsByModel(model: string, pagination?: PageRequest): Promise<aivm.access.v1.QueryGrantsResponse> {
    return this.query.access.grantsByModel(model, pagination);
  }

  grantsByGrantee(grantee: string, pagination?: PageRequest): Promise<aivm.access.v1.QueryGrantsResponse> {
    return this.query.access.grantsByGrantee(grantee, pagination);
  }

  hasAccess(model: string, grantee: string, options?: HasAccessOptions): Promise<aivm.access.v1.QueryHasAccessResponse> {
    return this.query.access.hasAccess(model, grantee, options);
  }
}
