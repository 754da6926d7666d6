// Shared fixtures of the model-repository tests: message encoders, valid CIDs and digests, and
// assertions on tx results and module state.
import { expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { TxResult } from '../../chain/app.js';
import type { ErrorCode } from '../../chain/errors.js';
import { canonicalJson } from '../../chain/genesis.js';
import { StateModule } from '../../chain/store/buckets.js';
import type { EncodedMsg } from '../../client/signing/tx-builder.js';
import { aivm } from '../../proto/index.js';
import type { TestAccount, TestChain } from '../harness/chain.js';

export const reg = aivm.registry.v1;
export const ver = aivm.versioning.v1;
export const vfy = aivm.verification.v1;
export const acc = aivm.access.v1;

export const Visibility = reg.Visibility;
export const Status = ver.VersionStatus;
export const Purpose = acc.Purpose;

interface Encodable<P> {
  encode(m: P): { finish(): Uint8Array };
}

function enc<P>(typeUrl: string, type: Encodable<P>) {
  return (value: P): EncodedMsg => ({ typeUrl, value: type.encode(value).finish() });
}

/** Encoders of every aivm message, by name. */
export const M = {
  createModel: enc('/aivm.registry.v1.MsgCreateModel', reg.MsgCreateModel),
  updateModel: enc('/aivm.registry.v1.MsgUpdateModel', reg.MsgUpdateModel),
  transferOwnership: enc('/aivm.registry.v1.MsgTransferOwnership', reg.MsgTransferOwnership),
  addMaintainer: enc('/aivm.registry.v1.MsgAddMaintainer', reg.MsgAddMaintainer),
  removeMaintainer: enc('/aivm.registry.v1.MsgRemoveMaintainer', reg.MsgRemoveMaintainer),
  setVisibility: enc('/aivm.registry.v1.MsgSetVisibility', reg.MsgSetVisibility),
  publishVersion: enc('/aivm.versioning.v1.MsgPublishVersion', ver.MsgPublishVersion),
  yankVersion: enc('/aivm.versioning.v1.MsgYankVersion', ver.MsgYankVersion),
  unyankVersion: enc('/aivm.versioning.v1.MsgUnyankVersion', ver.MsgUnyankVersion),
  deprecateVersion: enc('/aivm.versioning.v1.MsgDeprecateVersion', ver.MsgDeprecateVersion),
  setAlias: enc('/aivm.versioning.v1.MsgSetAlias', ver.MsgSetAlias),
  removeAlias: enc('/aivm.versioning.v1.MsgRemoveAlias', ver.MsgRemoveAlias),
  forkModel: enc('/aivm.versioning.v1.MsgForkModel', ver.MsgForkModel),
  recordMirror: enc('/aivm.versioning.v1.MsgRecordMirror', ver.MsgRecordMirror),
  attestVersion: enc('/aivm.verification.v1.MsgAttestVersion', vfy.MsgAttestVersion),
  grantAccess: enc('/aivm.access.v1.MsgGrantAccess', acc.MsgGrantAccess),
  revokeAccess: enc('/aivm.access.v1.MsgRevokeAccess', acc.MsgRevokeAccess),
};

const B32 = 'abcdefghijklmnopqrstuvwxyz234567';

export function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

export function sha256(s: string | Uint8Array): Buffer {
  return createHash('sha256').update(s).digest();
}

/** A valid CIDv1 (dag-pb, sha2-256) derived from a seed. */
export function cidOf(seed: string, codec = 0x70): string {
  return 'b' + base32(Uint8Array.from([0x01, codec, 0x12, 0x20, ...sha256(seed)]));
}

export function hex(seed: string): string {
  return sha256(seed).toString('hex');
}

export const PUBLIC_MANIFEST = canonicalJson({ entrypoints: { inference: 'infer.py' }, hardware: { class: 'cpu' }, io: { input: { type: 'text' }, output: { type: 'text' } }, runtime: { name: 'onnxruntime', version: '1.18.0' } });

export const ARWEAVE_TX = (seed: string) => Buffer.from(sha256(seed)).toString('base64url');

/** A valid key endpoint (a real-shaped ed25519 peer id). */
export const PEER_ID = '12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA';
export const KEY_ENDPOINT = { multiaddr: `/dns4/keys.acme.example/tcp/4001/p2p/${PEER_ID}`, peerId: PEER_ID };

export function createModelMsg(creator: TestAccount, name: string, o: Partial<aivm.registry.v1.MsgCreateModel.$Properties> = {}): EncodedMsg {
  return M.createModel({ creator: creator.address, name, description: `the ${name} model`, task: 'text-generation', tags: ['llm'], license: 'Apache-2.0', modelCardUri: `ipfs://${cidOf(name)}/README.md`, ...o });
}

export function publishMsg(publisher: TestAccount, model: string, version: string, o: Partial<aivm.versioning.v1.MsgPublishVersion.$Properties> = {}): EncodedMsg {
  return M.publishVersion({
    publisher: publisher.address,
    model,
    version,
    rootCid: cidOf(`${model}@${version}`),
    size: 1_000_000,
    manifestDigest: hex(`manifest ${model}@${version}`),
    publicManifest: PUBLIC_MANIFEST,
    changelog: `release ${version}`,
    ...o,
  });
}

export function attestMsg(attester: TestAccount, model: string, version: string, pass = true): EncodedMsg {
  return M.attestVersion({ attester: attester.address, model, version, pass, reportDigest: hex(`report ${attester.address} ${model}@${version}`) });
}

export function expectOk(r: TxResult): void {
  if (r.code !== 0) throw new Error(`tx failed: ${r.codespace}/${r.code}: ${r.log}`);
}

export function expectErr(r: TxResult, e: ErrorCode): void {
  expect(`${r.codespace}/${r.code} ${r.code === 0 ? '(succeeded)' : ''}`).toBe(`${e.codespace}/${e.code} `);
  expect(r.log.length).toBeGreaterThan(20);
}

/** Signs several txs for one block, giving each signer consecutive sequences. */
export function signAll(chain: TestChain, txs: ReadonlyArray<readonly [TestAccount, readonly EncodedMsg[]]>): Uint8Array[] {
  return txs.map(([who, msgs]) => {
    const seq = chain.nextSequence(who.address);
    const tx = chain.signTx(who, msgs, { sequence: seq });
    chain.sequences.set(who.address, seq + 1n);
    return tx;
  });
}

/** Executes msgs from `who` in one block and requires success. */
export function ok(chain: TestChain, who: TestAccount, ...msgs: EncodedMsg[]): TxResult {
  const r = chain.exec(who, msgs);
  expectOk(r);
  return r;
}

const MODEL_REPO_BYTES = new Set<number>([StateModule.registry, StateModule.versioning, StateModule.verification, StateModule.access]);

/** The state entries of the four model-repository modules (hex key → hex value), in key order. */
export function moduleEntries(chain: TestChain): Array<[string, string]> {
  return chain
    .stateEntries()
    .filter(([k]) => MODEL_REPO_BYTES.has(k.charCodeAt(0)))
    .map(([k, v]) => [Buffer.from(k, 'latin1').toString('hex'), Buffer.from(v).toString('hex')]);
}

/** Runs a query and decodes its answer; throws with the error code when it fails. */
export function query<T>(chain: TestChain, path: string, req: Uint8Array, type: { decode(b: Uint8Array): T }): T {
  const r = chain.query(path, req);
  if (r.code !== 0) throw Object.assign(new Error(`query ${path} failed: ${r.codespace}/${r.code}: ${r.log}`), { codespace: r.codespace, code: r.code });
  return type.decode(r.value);
}

export function queryErr(chain: TestChain, path: string, req: Uint8Array, e: ErrorCode): string {
  const r = chain.query(path, req);
  expect(`${r.codespace}/${r.code}`).toBe(`${e.codespace}/${e.code}`);
  return r.log;
}

export function resolve(chain: TestChain, ref: string): aivm.versioning.v1.QueryResolveResponse {
  return query(chain, '/aivm.versioning.v1.Query/Resolve', ver.QueryResolveRequest.encode({ ref }).finish(), ver.QueryResolveResponse);
}

export function getVersion(chain: TestChain, model: string, version: string): aivm.versioning.v1.Version {
  return query(chain, '/aivm.versioning.v1.Query/Version', ver.QueryVersionRequest.encode({ model, version }).finish(), ver.QueryVersionResponse).version as aivm.versioning.v1.Version;
}

export function getModel(chain: TestChain, name: string): aivm.registry.v1.Model {
  return query(chain, '/aivm.registry.v1.Query/Model', reg.QueryModelRequest.encode({ name }).finish(), reg.QueryModelResponse).model as aivm.registry.v1.Model;
}

/** The events of a given type in a tx result or block events, as attribute maps. */
export function eventsOf(events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[], type: string): Array<Record<string, string>> {
  return events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
}
