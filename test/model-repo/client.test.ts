// The SDK against the real app: the cosmjs Registry encodes/decodes every aivm message, the
// QueryClient extensions decode real query answers, and AivmClient drives a full publish flow
// through an unmodified SigningStargateClient over a small in-process CometClient stand-in.
import { describe, expect, it } from '@jest/globals';
import { toHex } from '@cosmjs/encoding';
import { DirectSecp256k1Wallet } from '@cosmjs/proto-signing';
import { QueryClient, type StdFee } from '@cosmjs/stargate';
import type { CometClient } from '@cosmjs/tendermint-rpc';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createHash } from 'node:crypto';
import type { TxResult } from '../../chain/app.js';
import {
  AivmClient,
  AivmTxError,
  aivmMsgs,
  aivmMsgTypes,
  createAivmRegistry,
  setupAccessExtension,
  setupRegistryExtension,
  setupVerificationExtension,
  setupVersioningExtension,
  type AivmTypeUrl,
} from '../../client/sdk/index.js';
import { TestChain, type TestAccount } from '../harness/chain.js';
import { RegistryErrors } from '../../modules/registry/errors.js';
import { ARWEAVE_TX, attestMsg, cidOf, createModelMsg, hex, KEY_ENDPOINT, M, ok, PUBLIC_MANIFEST, publishMsg, Purpose, Status, Visibility } from './helpers.js';

/** A sample of every message with every field set to something other than its default. */
function samples(a: string, b: string): { [U in AivmTypeUrl]: object } {
  const content = { rootCid: cidOf('s'), size: 123456789, manifestDigest: hex('m'), publicManifest: PUBLIC_MANIFEST, encrypted: true, keyFingerprint: hex('k') };
  return {
    '/aivm.registry.v1.MsgCreateModel': { creator: a, name: 'acme-llm', description: 'd', task: 'chat', tags: ['a', 'b'], license: 'MIT', modelCardUri: 'ar://x', visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT },
    '/aivm.registry.v1.MsgUpdateModel': { sender: a, name: 'acme-llm', description: 'd2', task: 't', tags: ['c'], license: 'L', modelCardUri: 'ipfs://y', updateMask: ['tags', 'task'] },
    '/aivm.registry.v1.MsgTransferOwnership': { owner: a, name: 'acme-llm', newOwner: b },
    '/aivm.registry.v1.MsgAddMaintainer': { owner: a, name: 'acme-llm', maintainer: b },
    '/aivm.registry.v1.MsgRemoveMaintainer': { sender: a, name: 'acme-llm', maintainer: b },
    '/aivm.registry.v1.MsgSetVisibility': { owner: a, name: 'acme-llm', visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT },
    '/aivm.versioning.v1.MsgPublishVersion': { publisher: a, model: 'acme-llm', version: '1.2.3-rc.1', ...content, parents: [{ model: 'x-llm', version: '1.0.0' }, { model: 'acme-llm', version: '1.2.2' }], changelog: 'c' },
    '/aivm.versioning.v1.MsgYankVersion': { sender: a, model: 'acme-llm', version: '1.0.0', reason: 'r' },
    '/aivm.versioning.v1.MsgUnyankVersion': { owner: a, model: 'acme-llm', version: '1.0.0' },
    '/aivm.versioning.v1.MsgDeprecateVersion': { sender: a, model: 'acme-llm', version: '1.0.0', deprecated: true, reason: 'r' },
    '/aivm.versioning.v1.MsgSetAlias': { owner: a, model: 'acme-llm', alias: 'stable', version: '1.0.0' },
    '/aivm.versioning.v1.MsgRemoveAlias': { owner: a, model: 'acme-llm', alias: 'stable' },
    '/aivm.versioning.v1.MsgForkModel': { creator: a, sourceModel: 'acme-llm', sourceVersion: '1.0.0', name: 'fork-llm', description: 'd', task: 't', tags: ['x'], license: 'MIT', modelCardUri: 'ar://z', visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT, version: '2.0.0', ...content, changelog: 'c' },
    '/aivm.versioning.v1.MsgRecordMirror': { sender: a, model: 'acme-llm', version: '1.0.0', arweaveTxId: ARWEAVE_TX('t') },
    '/aivm.verification.v1.MsgAttestVersion': { attester: a, model: 'acme-llm', version: '1.0.0', pass: true, reportDigest: hex('r') },
    '/aivm.access.v1.MsgGrantAccess': { owner: a, model: 'acme-llm', version: '1.0.0', grantee: b, purpose: Purpose.PURPOSE_VERIFY, expiresAt: 1_900_000_000 },
    '/aivm.access.v1.MsgRevokeAccess': { owner: a, model: 'acme-llm', version: '1.0.0', grantee: b, purpose: Purpose.PURPOSE_EXECUTE },
  };
}


describe('client: cosmjs Registry', () => {
  const chain = TestChain.create({ accounts: ['alice', 'bob'] });
  const [alice, bob] = [chain.account('alice'), chain.account('bob')];
  const registry = createAivmRegistry();

  it('holds all 17 aivm message types besides the cosmjs defaults', () => {
    expect(Object.keys(aivmMsgTypes)).toHaveLength(17);
    for (const url of Object.keys(aivmMsgTypes)) expect(registry.lookupType(url)).toBeDefined();
    expect(registry.lookupType('/cosmos.bank.v1beta1.MsgSend')).toBeDefined();
    // Every route of the app has a registry entry, and vice versa.
    const appTypes = chain.app.modules.filter((m) => ['registry', 'versioning', 'verification', 'access'].includes(m.name)).flatMap((m) => m.msgs.map((r) => r.typeUrl));
    expect([...appTypes].sort()).toEqual(Object.keys(aivmMsgTypes).sort());
  });

  it.each(Object.entries(samples('aivm1placeholder', 'aivm1placeholder')).map(([u]) => u))('encodes and decodes %s', (typeUrl) => {
    const value = samples(alice.address, bob.address)[typeUrl as AivmTypeUrl];
    const type = aivmMsgTypes[typeUrl as AivmTypeUrl] as unknown as {
      encode(v: object): { finish(): Uint8Array };
      create(v: object): object;
      toObject(m: object): object;
    };
    const bytes = registry.encode({ typeUrl, value });
    expect(toHex(bytes)).toBe(toHex(type.encode(value).finish()));
    const decoded = registry.decode({ typeUrl, value: bytes }) as object;
    expect(type.toObject(decoded)).toEqual(type.toObject(type.create(value)));
    expect(Object.keys(type.toObject(decoded)).sort()).toEqual(Object.keys(value).sort());
    const any = registry.encodeAsAny({ typeUrl, value });
    expect([any.typeUrl, toHex(any.value)]).toEqual([typeUrl, toHex(bytes)]);
  });

  it('builds tx bodies mixing aivm and bank messages, which the chain accepts', () => {
    const body = registry.encodeTxBody({
      messages: [
        aivmMsgs.createModel({ creator: alice.address, name: 'sdk-model', tags: ['sdk'] }),
        { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: alice.address, toAddress: bob.address, amount: [{ denom: 'uaivm', amount: '5' }] }) },
      ],
    });
    const decoded = TxBody.decode(body);
    expect(decoded.messages.map((m) => m.typeUrl)).toEqual(['/aivm.registry.v1.MsgCreateModel', '/cosmos.bank.v1beta1.MsgSend']);
    // The same bytes, delivered through the real ante chain.
    const r = chain.exec(alice, decoded.messages.map((m) => ({ typeUrl: m.typeUrl, value: m.value })));
    expect([r.code, r.log]).toEqual([0, '']);
    expect(chain.keepers.registry.getModel(chain.ctx(), 'sdk-model')?.tags).toEqual(['sdk']);
  });
});

/** Just enough of a CometClient for cosmjs over an in-process TestChain: each broadcast is one block. */
function fakeComet(chain: TestChain): CometClient {
  const txs = new Map<string, { height: number; index: number; tx: Uint8Array; result: TxResult }>();
  const txResponse = (hash: string) => {
    const t = txs.get(hash)!;
    return {
      tx: t.tx,
      hash: Buffer.from(hash, 'hex'),
      height: t.height,
      index: t.index,
      result: {
        code: t.result.code,
        codespace: t.result.codespace,
        log: t.result.log,
        data: t.result.data,
        events: t.result.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) })),
        gasWanted: BigInt(t.result.gasWanted),
        gasUsed: BigInt(t.result.gasUsed),
      },
    };
  };
  const comet = {
    async status() {
      return { nodeInfo: { network: chain.chainId }, syncInfo: { latestBlockHeight: chain.height } };
    },
    async abciQuery(p: { path: string; data: Uint8Array }) {
      const r = chain.query(p.path, p.data);
      return { code: r.code, codespace: r.codespace, log: r.log, value: r.value, height: Math.max(chain.height, 1), key: new Uint8Array(), index: 0n };
    },
    async broadcastTxSync(p: { tx: Uint8Array }) {
      const check = chain.checkTx(p.tx);
      const hash = createHash('sha256').update(p.tx).digest('hex').toUpperCase();
      if (check.code !== 0) return { code: check.code, codespace: check.codespace, log: check.log, hash: Buffer.from(hash, 'hex') };
      const blk = chain.deliverBlock([p.tx]);
      txs.set(hash, { height: blk.height, index: 0, tx: p.tx, result: blk.results[0]! });
      return { code: 0, codespace: '', log: '', hash: Buffer.from(hash, 'hex') };
    },
    async txSearchAll(p: { query: string }) {
      const hash = /tx\.hash='([0-9A-F]+)'/.exec(p.query)?.[1] ?? '';
      return { totalCount: txs.has(hash) ? 1 : 0, txs: txs.has(hash) ? [txResponse(hash)] : [] };
    },
    async tx(p: { hash: Uint8Array }) {
      return txResponse(toHex(p.hash).toUpperCase());
    },
    disconnect() {},
  };
  return comet as unknown as CometClient;
}

describe('client: QueryClient extensions', () => {
  it('decode the answers of every aivm query', async () => {
    const chain = TestChain.create({ accounts: ['alice', 'bob'], validatorPowers: [10] });
    const [alice, bob, val] = [chain.account('alice'), chain.account('bob'), chain.account('val0')];
    ok(chain, alice, createModelMsg(alice, 'acme-llm', { visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT }), publishMsg(alice, 'acme-llm', '1.0.0'));
    ok(chain, val, attestMsg(val, 'acme-llm', '1.0.0'));
    ok(chain, alice, M.setAlias({ owner: alice.address, model: 'acme-llm', alias: 'stable', version: '1.0.0' }), M.grantAccess({ owner: alice.address, model: 'acme-llm', grantee: bob.address, purpose: Purpose.PURPOSE_EXECUTE }));
    ok(chain, alice, M.recordMirror({ sender: alice.address, model: 'acme-llm', version: '1.0.0', arweaveTxId: ARWEAVE_TX('a') }), publishMsg(alice, 'acme-llm', '1.1.0', { parents: [{ model: 'acme-llm', version: '1.0.0' }] }));
    const q = QueryClient.withExtensions(fakeComet(chain), setupRegistryExtension, setupVersioningExtension, setupVerificationExtension, setupAccessExtension);
    expect((await q.registry.model('acme-llm')).owner).toBe(alice.address);
    expect((await q.registry.modelsByOwner(alice.address)).models.map((m) => m.name)).toEqual(['acme-llm']);
    expect((await q.registry.modelsByTag('llm', { countTotal: true })).pagination?.total).toBe(1);
    expect((await q.registry.modelsByTask('text-generation')).models).toHaveLength(1);
    expect((await q.registry.modelsByPrefix('acme')).models).toHaveLength(1);
    expect((await q.versioning.version('acme-llm', '1.0.0')).status).toBe(Status.VERSION_STATUS_VERIFIED);
    expect((await q.versioning.versions('acme-llm', { reverse: true })).versions.map((v) => v.version)).toEqual(['1.1.0', '1.0.0']);
    expect((await q.versioning.resolve('acme-llm@stable')).version?.version).toBe('1.0.0');
    expect((await q.versioning.aliases('acme-llm')).aliases.map((a) => a.alias)).toEqual(['stable']);
    expect((await q.versioning.lineage('acme-llm', '1.1.0', { depth: 1 })).edges).toEqual([{ parent: { model: 'acme-llm', version: '1.0.0' }, child: { model: 'acme-llm', version: '1.1.0' } }]);
    expect((await q.versioning.mirrors('acme-llm', '1.0.0')).map((m) => m.arweaveTxId)).toEqual([ARWEAVE_TX('a')]);
    expect((await q.verification.params()).quorum).toBe('2/3');
    expect((await q.verification.attestations('acme-llm', '1.0.0')).attestations.map((a) => a.attester)).toEqual([val.address]);
    expect((await q.verification.tally('acme-llm', '1.0.0')).passPower).toBe(10);
    expect((await q.verification.pendingVersions()).versions.map((v) => v.version)).toEqual(['1.1.0']);
    expect((await q.access.grantsByModel('acme-llm')).grants.map((g) => g.grant?.grantee)).toEqual([bob.address]);
    expect((await q.access.grantsByGrantee(bob.address)).grants).toHaveLength(1);
    expect((await q.access.hasAccess('acme-llm', bob.address, { version: '1.0.0' })).hasAccess).toBe(true);
    expect((await q.access.hasAccess('acme-llm', alice.address)).hasAccess).toBe(false);
    await expect(q.registry.model('nope-model')).rejects.toThrow(/Query failed with \(3\)/);
  });
});

describe('client: AivmClient', () => {
  it('runs the publish flow through SigningStargateClient and reports failures with their codespace', async () => {
    const chain = TestChain.create({ accounts: ['alice', 'bob'], validatorPowers: [10] });
    const [alice, bob, val] = [chain.account('alice'), chain.account('bob'), chain.account('val0')];
    const comet = fakeComet(chain);
    const wallet = async (a: TestAccount) => DirectSecp256k1Wallet.fromKey(a.key.privateKey, 'aivm');
    const fee: StdFee = { amount: [{ denom: 'uaivm', amount: '50000' }], gas: '2000000' };
    const opts = { defaultFee: fee, broadcastPollIntervalMs: 1 };
    const client = AivmClient.createWithSigner(comet, await wallet(alice), opts);
    const validator = AivmClient.createWithSigner(comet, await wallet(val), opts);
    await client.createModel(alice.address, { name: 'acme-llm', task: 'text-generation', tags: ['llm'] });
    await client.updateModel(alice.address, 'acme-llm', { description: 'a model' });
    expect([(await client.getModel('acme-llm')).description, (await client.getModel('acme-llm')).tags]).toEqual(['a model', ['llm']]);
    const content = { rootCid: cidOf('k1'), size: 42, manifestDigest: hex('m1'), publicManifest: PUBLIC_MANIFEST };
    const pub = await client.publishVersion(alice.address, { model: 'acme-llm', version: '1.0.0', ...content });
    expect(pub.events.some((e) => e.type === 'aivm.versioning.v1.EventVersionPublished')).toBe(true);
    await validator.attestVersion(val.address, { model: 'acme-llm', version: '1.0.0', pass: true, reportDigest: hex('report') });
    expect((await client.resolve('acme-llm')).version?.version).toBe('1.0.0');
    await client.setAlias(alice.address, 'acme-llm', 'stable', '1.0.0');
    expect((await client.resolve('acme-llm@stable')).version?.rootCid).toBe(content.rootCid);
    await client.recordMirror(alice.address, 'acme-llm', '1.0.0', ARWEAVE_TX('m'));
    expect(await client.mirrors('acme-llm', '1.0.0')).toHaveLength(1);
    await client.setVisibility(alice.address, 'acme-llm', 'private', KEY_ENDPOINT);
    await client.grantAccess(alice.address, { model: 'acme-llm', grantee: bob.address, purpose: 'execute', expiresAt: new Date(2100, 0, 1) });
    expect((await client.hasAccess('acme-llm', bob.address)).hasAccess).toBe(true);
    await client.revokeAccess(alice.address, { model: 'acme-llm', grantee: bob.address, purpose: 'execute' });
    expect((await client.grantsByModel('acme-llm')).grants).toEqual([]);
    await client.deprecateVersion(alice.address, 'acme-llm', '1.0.0', 'old');
    expect((await client.getVersion('acme-llm', '1.0.0')).deprecated).toBe(true);
    await client.yankVersion(alice.address, 'acme-llm', '1.0.0', 'bad');
    await client.unyankVersion(alice.address, 'acme-llm', '1.0.0');
    await client.addMaintainer(alice.address, 'acme-llm', bob.address);
    await client.removeMaintainer(alice.address, 'acme-llm', bob.address);
    await client.forkModel(alice.address, { sourceModel: 'acme-llm', sourceVersion: '1.0.0', name: 'acme-fork' });
    expect((await client.lineage('acme-fork', '1.0.0')).nodes.map((n) => n.ref?.model)).toEqual(['acme-fork', 'acme-llm']);
    expect((await client.tally('acme-llm', '1.0.0')).passCount).toBe(1);
    expect((await client.pendingVersions()).versions.map((v) => v.model)).toEqual(['acme-fork']);
    await client.removeAlias(alice.address, 'acme-llm', 'stable');
    await client.transferOwnership(alice.address, 'acme-llm', bob.address);
    const err = await client.createModel(alice.address, { name: 'acme-llm' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AivmTxError);
    expect([(err as AivmTxError).codespace, (err as AivmTxError).code]).toEqual([RegistryErrors.ModelExists.codespace, RegistryErrors.ModelExists.code]);
    expect((err as AivmTxError).log).toContain('already exists');
    // Bank sends still work through the same registry.
    const send = await client.stargate.sendTokens(alice.address, bob.address, [{ denom: 'uaivm', amount: '7' }], fee);
    expect(send.code).toBe(0);
    chain.app.runInvariants();
  });
});
