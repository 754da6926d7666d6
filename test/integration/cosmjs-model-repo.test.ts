// The model repository through unmodified cosmjs against a real aivmd process: a
// SigningStargateClient given only the project's Registry creates a model, publishes a version
// (content from a real kernel directory) and attests it with the validator operator's wallet, all
// with fee "auto"; QueryClient.withExtensions(comet, …the project's extensions) sees it VERIFIED and
// resolves it; and AivmClient does the same with its helpers and reports module errors.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, QueryClient, SigningStargateClient, type DeliverTxResponse } from '@cosmjs/stargate';
import { connectComet, type CometClient } from '@cosmjs/tendermint-rpc';
import { join } from 'node:path';
import { checkKernelDir, initKernel, scanKernelDir } from '../../client/kernel/index.js';
import {
  aivm,
  aivmMsgs,
  AivmClient,
  AivmTxError,
  createAivmRegistry,
  setupAccessExtension,
  setupRegistryExtension,
  setupVerificationExtension,
  setupVersioningExtension,
  type AivmQueryClient,
} from '../../client/sdk/index.js';
import { parseManifest, publicManifest } from '../../modules/verification/standard/index.js';
import { cleanupAll, makeTempDir, NodeProcess } from '../harness/node-process.js';

jest.setTimeout(120_000);

const GAS_PRICE = GasPrice.fromString('0.025uaivm');
const Status = aivm.versioning.v1.VersionStatus;
const Via = aivm.versioning.v1.ResolvedVia;
/** Any well-formed CIDv1 base32 (dag-pb, sha2-256): storage comes later. */
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';

let node: NodeProcess;
let comet: CometClient;
let q: AivmQueryClient;
let owner: SigningStargateClient;
let operator: SigningStargateClient;
let ownerAddr: string;
let operatorAddr: string;
let ownerWallet: DirectSecp256k1HdWallet;
let operatorWallet: DirectSecp256k1HdWallet;
let content: { rootCid: string; size: number; manifestDigest: string; publicManifest: string };
let reportDigest: string;

async function wallet(mnemonic: string): Promise<[DirectSecp256k1HdWallet, string]> {
  const w = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'aivm' });
  return [w, (await w.getAccounts())[0]!.address];
}

function expectOk(r: DeliverTxResponse): void {
  if (r.code !== 0) throw new Error(`tx ${r.transactionHash} failed with code ${r.code}: ${r.rawLog}`);
}

beforeAll(async () => {
  node = await NodeProcess.start({ accounts: 2, blockTimeMs: 300 });
  const accounts = node.devAccounts();
  [ownerWallet, ownerAddr] = await wallet(accounts.find((a) => a.name === 'dev0')!.mnemonic);
  [operatorWallet, operatorAddr] = await wallet(accounts.find((a) => a.name === 'validator')!.mnemonic);
  // Exactly what a dApp does: unmodified cosmjs, with the project's Registry.
  owner = await SigningStargateClient.connectWithSigner(node.url, ownerWallet, { registry: createAivmRegistry(), gasPrice: GAS_PRICE, broadcastPollIntervalMs: 300 });
  operator = await SigningStargateClient.connectWithSigner(node.url, operatorWallet, { registry: createAivmRegistry(), gasPrice: GAS_PRICE, broadcastPollIntervalMs: 300 });
  comet = await connectComet(node.url);
  q = QueryClient.withExtensions(comet, setupRegistryExtension, setupVersioningExtension, setupVerificationExtension, setupAccessExtension);

  // The content of a real kernel directory, computed with the kernel tooling.
  const dir = join(makeTempDir('aivm-cosmjs-model-repo-'), 'kernel');
  await initKernel(dir, { name: 'cosmjs-llm', version: '1.0.0' });
  const input = await scanKernelDir(dir);
  const check = await checkKernelDir(dir);
  expect(check.report.pass).toBe(true);
  reportDigest = check.digest;
  content = {
    rootCid: CID,
    size: input.entries.filter((e) => e.type === 'file').reduce((s, e) => s + e.size, 0),
    manifestDigest: check.report.manifest_sha256!,
    publicManifest: publicManifest(parseManifest(input.manifestBytes!)),
  };
}, 150_000);

afterAll(async () => {
  owner?.disconnect();
  operator?.disconnect();
  comet?.disconnect();
  await node?.stop();
  await cleanupAll();
});

describe('SigningStargateClient (unmodified cosmjs) with the aivm Registry, fee "auto"', () => {
  test('create a model', async () => {
    const r = await owner.signAndBroadcast(ownerAddr, [aivmMsgs.createModel({ creator: ownerAddr, name: 'cosmjs-llm', task: 'text-generation', tags: ['llm', 'demo'] })], 'auto');
    expectOk(r);
    expect(r.msgResponses.map((m) => m.typeUrl)).toEqual(['/aivm.registry.v1.MsgCreateModelResponse']);
    expect(r.events.some((e) => e.type === 'aivm.registry.v1.EventModelCreated' && e.attributes.some((a) => a.key === 'model' && a.value === 'cosmjs-llm'))).toBe(true);
    const m = await q.registry.model('cosmjs-llm');
    expect(m).toMatchObject({ name: 'cosmjs-llm', owner: ownerAddr, task: 'text-generation', tags: ['demo', 'llm'] });
  });

  test('publish a version: PENDING with the deadline the response names', async () => {
    const r = await owner.signAndBroadcast(ownerAddr, [aivmMsgs.publishVersion({ publisher: ownerAddr, model: 'cosmjs-llm', version: '1.0.0', ...content, changelog: 'first' })], 'auto');
    expectOk(r);
    const res = aivm.versioning.v1.MsgPublishVersionResponse.decode(r.msgResponses[0]!.value);
    const v = await q.versioning.version('cosmjs-llm', '1.0.0');
    expect(v).toMatchObject({ ...content, publisher: ownerAddr, status: Status.VERSION_STATUS_PENDING, changelog: 'first' });
    expect(v.deadlineHeight).toBe(res.deadlineHeight);
    expect(v.publishedHeight).toBe(r.height);
    const pending = await q.verification.pendingVersions();
    expect(pending.versions.map((p) => `${p.model}@${p.version}`)).toContain('cosmjs-llm@1.0.0');
  });

  test("attest with the validator operator's wallet: the version becomes VERIFIED", async () => {
    const r = await operator.signAndBroadcast(operatorAddr, [aivmMsgs.attestVersion({ attester: operatorAddr, model: 'cosmjs-llm', version: '1.0.0', pass: true, reportDigest })], 'auto');
    expectOk(r);
    expect(aivm.verification.v1.MsgAttestVersionResponse.decode(r.msgResponses[0]!.value).status).toBe(Status.VERSION_STATUS_VERIFIED);
  });

  test('QueryClient.withExtensions sees it VERIFIED and resolves latest, name and exact version', async () => {
    const v = await q.versioning.version('cosmjs-llm', '1.0.0');
    expect(v.status).toBe(Status.VERSION_STATUS_VERIFIED);
    const tally = await q.verification.tally('cosmjs-llm', '1.0.0');
    expect(tally.status).toBe(Status.VERSION_STATUS_VERIFIED);
    expect(tally.passPower).toBe(tally.totalPower);
    expect(tally.passPower).toBeGreaterThan(0);
    const atts = await q.verification.attestations('cosmjs-llm', '1.0.0');
    expect(atts.attestations).toEqual([expect.objectContaining({ attester: operatorAddr, pass: true, reportDigest })]);

    for (const ref of ['cosmjs-llm@latest', 'cosmjs-llm']) {
      const res = await q.versioning.resolve(ref);
      expect(res.via).toBe(Via.RESOLVED_VIA_LATEST);
      expect(res.version).toMatchObject({ model: 'cosmjs-llm', version: '1.0.0', rootCid: CID, status: Status.VERSION_STATUS_VERIFIED });
    }
    const exact = await q.versioning.resolve('cosmjs-llm@1.0.0');
    expect(exact.via).toBe(Via.RESOLVED_VIA_EXACT);
    expect(exact.version?.version).toBe('1.0.0');
    const byTag = await q.registry.modelsByTag('llm');
    expect(byTag.models.map((m) => m.name)).toEqual(['cosmjs-llm']);
  });
});

describe('AivmClient', () => {
  let client: AivmClient;
  let operatorClient: AivmClient;

  beforeAll(async () => {
    client = await AivmClient.connectWithSigner(node.url, ownerWallet, { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 300 });
    operatorClient = await AivmClient.connectWithSigner(node.url, operatorWallet, { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 300 });
  });

  afterAll(() => {
    client?.disconnect();
    operatorClient?.disconnect();
  });

  test('publishes an update (parent 1.0.0), the operator attests, alias and latest resolve to it', async () => {
    expectOk(await client.publishVersion(ownerAddr, { model: 'cosmjs-llm', version: '1.1.0', ...content, parents: [{ model: 'cosmjs-llm', version: '1.0.0' }] }));
    expect((await client.getVersion('cosmjs-llm', '1.1.0')).status).toBe(Status.VERSION_STATUS_PENDING);
    // latest is still 1.0.0 while 1.1.0 is pending
    expect((await client.resolve('cosmjs-llm@latest')).version?.version).toBe('1.0.0');

    expectOk(await operatorClient.attestVersion(operatorAddr, { model: 'cosmjs-llm', version: '1.1.0', pass: true, reportDigest }));
    expect((await client.getVersion('cosmjs-llm', '1.1.0')).status).toBe(Status.VERSION_STATUS_VERIFIED);
    expect((await client.resolve('cosmjs-llm@latest')).version?.version).toBe('1.1.0');

    expectOk(await client.setAlias(ownerAddr, 'cosmjs-llm', 'stable', '1.0.0'));
    const viaAlias = await client.resolve('cosmjs-llm@stable');
    expect(viaAlias.via).toBe(Via.RESOLVED_VIA_ALIAS);
    expect(viaAlias.version?.version).toBe('1.0.0');

    const lineage = await client.lineage('cosmjs-llm', '1.1.0', { direction: aivm.versioning.v1.LineageDirection.LINEAGE_DIRECTION_ANCESTORS });
    expect(lineage.edges.map((e) => `${e.parent?.version}→${e.child?.version}`)).toEqual(['1.0.0→1.1.0']);
  });

  test('a module error is an AivmTxError with its codespace and code (operator publishing to a model it does not maintain)', async () => {
    // A fixed fee skips simulation, so the tx passes CheckTx (ante only) and fails in its block.
    const fee = { amount: [{ denom: 'uaivm', amount: '10000' }], gas: '400000' };
    const err = await operatorClient.publishVersion(operatorAddr, { model: 'cosmjs-llm', version: '9.0.0', ...content }, { fee }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AivmTxError);
    const e = err as AivmTxError;
    expect(e.codespace).toBe('versioning');
    expect(e.code).toBe(16);
    expect(e.height).toBeGreaterThan(0);
    expect(e.log).toContain('may not publish');
    await expect(client.getVersion('cosmjs-llm', '9.0.0')).rejects.toThrow(/no version 9\.0\.0/);

    // With fee "auto" the same refusal comes from simulation, before anything is broadcast.
    await expect(operatorClient.publishVersion(operatorAddr, { model: 'cosmjs-llm', version: '9.0.1', ...content })).rejects.toThrow(/may not publish/);
  });
});
