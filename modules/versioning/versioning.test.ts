import { describe, expect, it } from '@jest/globals';
import { canonicalJson } from '../../chain/genesis.js';
import { RegistryErrors } from '../registry/errors.js';
import { TestChain } from '../../test/harness/chain.js';
import {
  ARWEAVE_TX,
  attestMsg,
  cidOf,
  createModelMsg,
  eventsOf,
  expectErr,
  getVersion,
  hex,
  KEY_ENDPOINT,
  M,
  ok,
  publishMsg,
  query,
  queryErr,
  resolve,
  Status,
  ver,
  Visibility,
} from '../../test/model-repo/helpers.js';
import { DEFAULT_VERIFICATION_PARAMS } from '../verification/params.js';
import { VersioningErrors as E } from './errors.js';

function defaultParamsWith(o: Record<string, unknown>) {
  return { ...DEFAULT_VERIFICATION_PARAMS, ...o };
}

function setup(appState?: Record<string, unknown>) {
  const c = TestChain.create({ accounts: ['alice', 'bob', 'carol'], validatorPowers: [10], appState });
  const [alice, bob, carol, val] = ['alice', 'bob', 'carol', 'val0'].map((n) => c.account(n));
  ok(c, alice, createModelMsg(alice, 'acme-llm'), M.addMaintainer({ owner: alice.address, name: 'acme-llm', maintainer: bob.address }));
  const publish = (version: string, o = {}) => ok(c, alice, publishMsg(alice, 'acme-llm', version, o));
  const verify = (version: string, model = 'acme-llm') => ok(c, val, attestMsg(val, model, version, true));
  return { c, alice, bob, carol, val, publish, verify };
}

function latest(c: TestChain, model = 'acme-llm'): string {
  return resolve(c, model).version?.version ?? '';
}

describe('versioning: publish', () => {
  it('publishes a PENDING version with its deadline and refuses reuse, even after a yank', () => {
    const { c, alice, bob, publish } = setup();
    const r = publish('1.0.0');
    const v = getVersion(c, 'acme-llm', '1.0.0');
    expect([v.status, v.publisher, v.publishedHeight, v.deadlineHeight, v.rootCid]).toEqual([Status.VERSION_STATUS_PENDING, alice.address, c.height, c.height + 1000, cidOf('acme-llm@1.0.0')]);
    expect(eventsOf(r.events, 'aivm.versioning.v1.EventVersionPublished')[0]).toMatchObject({ model: 'acme-llm', version: '1.0.0', ref: 'acme-llm@1.0.0', publisher: alice.address, encrypted: 'false' });
    expect(ver.MsgPublishVersionResponse.decode(ver.MsgPublishVersionResponse.encode({ deadlineHeight: 5 }).finish()).deadlineHeight).toBe(5);
    expectErr(c.exec(alice, [publishMsg(alice, 'acme-llm', '1.0.0')]), E.VersionExists);
    ok(c, bob, M.yankVersion({ sender: bob.address, model: 'acme-llm', version: '1.0.0', reason: 'broken tokenizer' }));
    expectErr(c.exec(alice, [publishMsg(alice, 'acme-llm', '1.0.0')]), E.VersionExists);
    // A maintainer publishes; an outsider may not.
    ok(c, bob, publishMsg(bob, 'acme-llm', '1.0.1'));
    expectErr(c.exec(c.account('carol'), [publishMsg(c.account('carol'), 'acme-llm', '1.0.2')]), E.NotPublisher);
    expectErr(c.exec(alice, [publishMsg(alice, 'no-such-model', '1.0.0')]), RegistryErrors.ModelNotFound);
  });

  it('refuses malformed fields with stable codes', () => {
    const { c, alice } = setup({ verification: { params: { ...defaultParamsWith({ max_kernel_bytes: '5000000' }) } } });
    const bad = (o: object, e: { codespace: string; code: number; name: string }, version = '9.0.0') => expectErr(c.exec(alice, [publishMsg(alice, 'acme-llm', version, o)]), e);
    bad({}, E.InvalidVersion, '1.0');
    bad({}, E.InvalidVersion, 'v1.0.0');
    bad({}, E.InvalidVersion, '01.0.0');
    bad({}, E.BuildMetadataNotAllowed, '1.0.0+build.7');
    bad({ rootCid: 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG' }, E.InvalidCid);
    bad({ rootCid: cidOf('x', 0x71) }, E.InvalidCid);
    bad({ rootCid: '' }, E.InvalidCid);
    bad({ size: 0 }, E.InvalidSize);
    bad({ size: 5_000_001 }, E.InvalidSize);
    bad({ manifestDigest: 'ABC' }, E.InvalidManifestDigest);
    bad({ manifestDigest: hex('x').toUpperCase() }, E.InvalidManifestDigest);
    bad({ publicManifest: '' }, E.InvalidPublicManifest);
    bad({ publicManifest: '{"b":1,"a":2}' }, E.InvalidPublicManifest);
    bad({ publicManifest: '{ "a": 1 }' }, E.InvalidPublicManifest);
    bad({ publicManifest: '[1,2]' }, E.InvalidPublicManifest);
    bad({ publicManifest: '{"a":' }, E.InvalidPublicManifest);
    bad({ publicManifest: canonicalJson({ blob: 'x'.repeat(17000) }) }, E.InvalidPublicManifest);
    bad({ encrypted: true }, E.InvalidKeyFingerprint);
    bad({ keyFingerprint: hex('k') }, E.InvalidKeyFingerprint);
    bad({ encrypted: true, keyFingerprint: hex('k') }, E.EncryptedRequiresPrivate);
    bad({ changelog: 'x'.repeat(4097) }, E.InvalidChangelog);
    bad({ parents: Array.from({ length: 9 }, (_, i) => ({ model: 'acme-llm', version: `0.0.${i}` })) }, E.InvalidParents);
    bad({ parents: [{ model: 'acme-llm', version: '0.0.1' }, { model: 'acme-llm', version: '0.0.1' }] }, E.InvalidParents);
    bad({ parents: [{ model: 'acme-llm', version: '9.0.0' }] }, E.InvalidParents);
    bad({ parents: [{ model: 'Bad', version: '0.0.1' }] }, E.InvalidParents);
    bad({ parents: [{ model: 'acme-llm', version: '0.0.1' }] }, E.ParentNotFound);
    bad({ parents: [{ model: 'other-model', version: '0.0.1' }] }, E.ParentNotFound);
    expect(query(c, '/aivm.versioning.v1.Query/Versions', ver.QueryVersionsRequest.encode({ model: 'acme-llm' }).finish(), ver.QueryVersionsResponse).versions).toEqual([]);
  });

  it('lists versions in semver order, paginated', () => {
    const { c, publish } = setup();
    for (const v of ['1.10.0', '1.2.0', '2.0.0-rc.1', '1.2.0-beta.11', '2.0.0', '1.2.0-beta.2']) publish(v);
    const list = (pagination?: object) =>
      query(c, '/aivm.versioning.v1.Query/Versions', ver.QueryVersionsRequest.encode({ model: 'acme-llm', pagination }).finish(), ver.QueryVersionsResponse);
    const all = ['1.2.0-beta.2', '1.2.0-beta.11', '1.2.0', '1.10.0', '2.0.0-rc.1', '2.0.0'];
    expect(list().versions.map((v) => v.version)).toEqual(all);
    expect(list({ reverse: true }).versions.map((v) => v.version)).toEqual([...all].reverse());
    const p1 = list({ limit: 4, countTotal: true });
    expect([p1.versions.map((v) => v.version), p1.pagination?.total]).toEqual([all.slice(0, 4), 6]);
    expect(list({ key: p1.pagination?.nextKey, limit: 4 }).versions.map((v) => v.version)).toEqual(all.slice(4));
    queryErr(c, '/aivm.versioning.v1.Query/Versions', ver.QueryVersionsRequest.encode({ model: 'nope-model' }).finish(), RegistryErrors.ModelNotFound);
    queryErr(c, '/aivm.versioning.v1.Query/Version', ver.QueryVersionRequest.encode({ model: 'acme-llm', version: '3.0.0' }).finish(), E.VersionNotFound);
  });
});

describe('versioning: latest, aliases, yank', () => {
  it('moves latest to the highest VERIFIED, non-yanked version and falls back on yank', () => {
    const { c, alice, bob, publish, verify } = setup();
    publish('1.0.0');
    publish('1.1.0');
    publish('2.0.0-rc.1');
    queryErr(c, '/aivm.versioning.v1.Query/Resolve', ver.QueryResolveRequest.encode({ ref: 'acme-llm' }).finish(), E.NoVerifiedVersion);
    const r1 = verify('1.1.0');
    expect(eventsOf(r1.events, 'aivm.versioning.v1.EventLatestChanged')).toEqual([{ model: 'acme-llm', version: '1.1.0', previous_version: '' }]);
    expect(latest(c)).toBe('1.1.0');
    // Verifying a lower version does not move latest.
    const r2 = verify('1.0.0');
    expect(eventsOf(r2.events, 'aivm.versioning.v1.EventLatestChanged')).toEqual([]);
    expect(resolve(c, 'acme-llm@latest').via).toBe(ver.ResolvedVia.RESOLVED_VIA_LATEST);
    // Yanking the latest falls back to the next highest.
    const y = ok(c, bob, M.yankVersion({ sender: bob.address, model: 'acme-llm', version: '1.1.0', reason: 'wrong weights' }));
    expect(eventsOf(y.events, 'aivm.versioning.v1.EventLatestChanged')).toEqual([{ model: 'acme-llm', version: '1.0.0', previous_version: '1.1.0' }]);
    expect(latest(c)).toBe('1.0.0');
    // The yanked version stays fetchable by exact version.
    const exact = resolve(c, 'acme-llm@1.1.0');
    expect([exact.via, exact.version?.yanked, exact.version?.yankReason]).toEqual([ver.ResolvedVia.RESOLVED_VIA_EXACT, true, 'wrong weights']);
    expectErr(c.exec(bob, [M.yankVersion({ sender: bob.address, model: 'acme-llm', version: '1.1.0', reason: 'again' })]), E.AlreadyYanked);
    expectErr(c.exec(bob, [M.yankVersion({ sender: bob.address, model: 'acme-llm', version: '1.0.0', reason: '' })]), E.InvalidReason);
    // Only the owner unyanks; latest comes back.
    expectErr(c.exec(bob, [M.unyankVersion({ owner: bob.address, model: 'acme-llm', version: '1.1.0' })]), E.NotOwner);
    ok(c, alice, M.unyankVersion({ owner: alice.address, model: 'acme-llm', version: '1.1.0' }));
    expect(latest(c)).toBe('1.1.0');
    expectErr(c.exec(alice, [M.unyankVersion({ owner: alice.address, model: 'acme-llm', version: '1.1.0' })]), E.NotYanked);
    // A prerelease is a version like any other: once verified it is the highest.
    verify('2.0.0-rc.1');
    expect(latest(c)).toBe('2.0.0-rc.1');
    // Yank every verified version: no latest.
    for (const v of ['1.0.0', '1.1.0', '2.0.0-rc.1']) ok(c, alice, M.yankVersion({ sender: alice.address, model: 'acme-llm', version: v, reason: 'recall' }));
    queryErr(c, '/aivm.versioning.v1.Query/Resolve', ver.QueryResolveRequest.encode({ ref: 'acme-llm' }).finish(), E.NoVerifiedVersion);
    c.app.runInvariants();
  });

  it('deprecation is a mark that does not move latest', () => {
    const { c, bob, publish, verify } = setup();
    publish('1.0.0');
    verify('1.0.0');
    ok(c, bob, M.deprecateVersion({ sender: bob.address, model: 'acme-llm', version: '1.0.0', deprecated: true, reason: 'use 2.x' }));
    let v = getVersion(c, 'acme-llm', '1.0.0');
    expect([v.deprecated, v.deprecationReason, latest(c)]).toEqual([true, 'use 2.x', '1.0.0']);
    expectErr(c.exec(bob, [M.deprecateVersion({ sender: bob.address, model: 'acme-llm', version: '1.0.0', deprecated: true, reason: '' })]), E.InvalidReason);
    expectErr(c.exec(bob, [M.deprecateVersion({ sender: bob.address, model: 'acme-llm', version: '1.0.0', deprecated: false, reason: 'x' })]), E.InvalidReason);
    ok(c, bob, M.deprecateVersion({ sender: bob.address, model: 'acme-llm', version: '1.0.0', deprecated: false }));
    v = getVersion(c, 'acme-llm', '1.0.0');
    expect([v.deprecated, v.deprecationReason]).toEqual([false, '']);
    expectErr(c.exec(bob, [M.deprecateVersion({ sender: bob.address, model: 'acme-llm', version: '1.0.0', deprecated: false })]), E.NotDeprecated);
  });

  it('aliases point only at VERIFIED versions, set by the owner', () => {
    const { c, alice, bob, publish, verify } = setup();
    publish('1.0.0');
    publish('1.1.0');
    verify('1.0.0');
    const set = (who: typeof alice, alias: string, version: string) => c.exec(who, [M.setAlias({ owner: who.address, model: 'acme-llm', alias, version })]);
    expectErr(set(alice, 'stable', '1.1.0'), E.AliasTargetNotVerified);
    expectErr(set(alice, 'latest', '1.0.0'), E.InvalidAlias);
    expectErr(set(alice, '1.0.0', '1.0.0'), E.InvalidAlias);
    expectErr(set(alice, 'v2', '1.0.0'), E.InvalidAlias);
    expectErr(set(alice, 'Stable', '1.0.0'), E.InvalidAlias);
    expectErr(set(alice, 'stable', '3.0.0'), E.VersionNotFound);
    expectErr(set(bob, 'stable', '1.0.0'), E.NotOwner);
    const r = set(alice, 'stable', '1.0.0');
    expect(eventsOf(r.events, 'aivm.versioning.v1.EventAliasSet')).toEqual([{ model: 'acme-llm', alias: 'stable', version: '1.0.0', previous_version: '' }]);
    let res = resolve(c, 'acme-llm@stable');
    expect([res.version?.version, res.via, res.alias]).toEqual(['1.0.0', ver.ResolvedVia.RESOLVED_VIA_ALIAS, 'stable']);
    verify('1.1.0');
    ok(c, alice, M.setAlias({ owner: alice.address, model: 'acme-llm', alias: 'stable', version: '1.1.0' }));
    ok(c, alice, M.setAlias({ owner: alice.address, model: 'acme-llm', alias: 'prod', version: '1.0.0' }));
    res = resolve(c, 'acme-llm@stable');
    expect(res.version?.version).toBe('1.1.0');
    const aliases = query(c, '/aivm.versioning.v1.Query/Aliases', ver.QueryAliasesRequest.encode({ model: 'acme-llm' }).finish(), ver.QueryAliasesResponse).aliases;
    expect(aliases.map((a) => [a.alias, a.version])).toEqual([['prod', '1.0.0'], ['stable', '1.1.0']]);
    // An alias at a yanked version does not resolve (the exact version still does).
    ok(c, alice, M.yankVersion({ sender: alice.address, model: 'acme-llm', version: '1.0.0', reason: 'bad' }));
    queryErr(c, '/aivm.versioning.v1.Query/Resolve', ver.QueryResolveRequest.encode({ ref: 'acme-llm@prod' }).finish(), E.AliasTargetYanked);
    expectErr(set(alice, 'other', '1.0.0'), E.AliasTargetYanked);
    expectErr(c.exec(bob, [M.removeAlias({ owner: bob.address, model: 'acme-llm', alias: 'prod' })]), E.NotOwner);
    ok(c, alice, M.removeAlias({ owner: alice.address, model: 'acme-llm', alias: 'prod' }));
    expectErr(c.exec(alice, [M.removeAlias({ owner: alice.address, model: 'acme-llm', alias: 'prod' })]), E.AliasNotFound);
    queryErr(c, '/aivm.versioning.v1.Query/Resolve', ver.QueryResolveRequest.encode({ ref: 'acme-llm@prod' }).finish(), E.AliasNotFound);
    c.app.runInvariants();
  });

  it('parses references strictly', () => {
    const { c, publish, verify } = setup();
    publish('1.0.0');
    verify('1.0.0');
    expect(resolve(c, 'acme-llm').version?.version).toBe('1.0.0');
    expect(resolve(c, 'acme-llm@1.0.0').version?.version).toBe('1.0.0');
    const err = (ref: string, e: { codespace: string; code: number; name: string }) => queryErr(c, '/aivm.versioning.v1.Query/Resolve', ver.QueryResolveRequest.encode({ ref }).finish(), e);
    err('Acme-LLM', E.InvalidReference);
    err('', E.InvalidReference);
    err('acme-llm@', E.InvalidReference);
    err('acme-llm@Stable', E.InvalidReference);
    err('acme-llm@st able', E.InvalidReference);
    expect(err('acme-llm@v1.0.0', E.InvalidVersion)).toContain('drop it');
    err('acme-llm@1.0', E.InvalidVersion);
    err('acme-llm@1.0.0+b', E.BuildMetadataNotAllowed);
    err('acme-llm@2.0.0', E.VersionNotFound);
    err('acme-llm@nightly', E.AliasNotFound);
    err('nope-model@1.0.0', RegistryErrors.ModelNotFound);
  });
});

describe('versioning: mirrors', () => {
  it('records Arweave mirrors from validator operators and the publisher only', () => {
    const { c, alice, bob, carol, val, publish } = setup();
    publish('1.0.0');
    const rec = (who: typeof alice, id: string) => c.exec(who, [M.recordMirror({ sender: who.address, model: 'acme-llm', version: '1.0.0', arweaveTxId: id })]);
    ok(c, alice, M.recordMirror({ sender: alice.address, model: 'acme-llm', version: '1.0.0', arweaveTxId: ARWEAVE_TX('a') }));
    expect(rec(val, ARWEAVE_TX('b')).code).toBe(0);
    expectErr(rec(bob, ARWEAVE_TX('c')), E.NotMirrorRecorder);
    expectErr(rec(carol, ARWEAVE_TX('c')), E.NotMirrorRecorder);
    expectErr(rec(val, ARWEAVE_TX('b')), E.MirrorExists);
    expectErr(rec(val, 'not-an-arweave-id'), E.InvalidArweaveTxId);
    expectErr(c.exec(val, [M.recordMirror({ sender: val.address, model: 'acme-llm', version: '9.9.9', arweaveTxId: ARWEAVE_TX('z') })]), E.VersionNotFound);
    const mirrors = query(c, '/aivm.versioning.v1.Query/Mirrors', ver.QueryMirrorsRequest.encode({ model: 'acme-llm', version: '1.0.0' }).finish(), ver.QueryMirrorsResponse).mirrors;
    expect(mirrors.map((m) => [m.arweaveTxId, m.recorder]).sort()).toEqual([[ARWEAVE_TX('a'), alice.address], [ARWEAVE_TX('b'), val.address]].sort());
    for (let i = 0; i < 30; i++) ok(c, val, M.recordMirror({ sender: val.address, model: 'acme-llm', version: '1.0.0', arweaveTxId: ARWEAVE_TX(`m${i}`) }));
    expectErr(rec(val, ARWEAVE_TX('one-too-many')), E.TooManyMirrors);
  });
});

describe('versioning: private models', () => {
  it('accepts encrypted versions in private models only, with a fingerprint', () => {
    const { c, alice } = setup();
    ok(c, alice, createModelMsg(alice, 'secret-llm', { visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT }));
    ok(c, alice, publishMsg(alice, 'secret-llm', '1.0.0', { encrypted: true, keyFingerprint: hex('key') }));
    const v = getVersion(c, 'secret-llm', '1.0.0');
    expect([v.encrypted, v.keyFingerprint]).toEqual([true, hex('key')]);
  });
});
