import { describe, expect, it } from '@jest/globals';
import { SdkErrors } from '../../chain/errors.js';
import { TestChain } from '../../test/harness/chain.js';
import { aivm } from '../../proto/index.js';
import { createModelMsg, expectErr, getModel, KEY_ENDPOINT, M, ok, PEER_ID, query, queryErr, reg, signAll, Visibility } from '../../test/model-repo/helpers.js';
import { RegistryErrors as E } from './errors.js';
import { validateMultiaddr, validatePeerId } from './multiaddr.js';

function chain() {
  return TestChain.create({ accounts: ['alice', 'bob', 'carol', 'dave'] });
}

function names(r: { models: { name?: string | null }[] }): string[] {
  return r.models.map((m) => m.name ?? '');
}

describe('registry: models', () => {
  it('creates a model with its metadata and emits an event', () => {
    const c = chain();
    const alice = c.account('alice');
    const r = ok(c, alice, createModelMsg(alice, 'acme-llm', { tags: ['nlp', 'llm'] }));
    const m = getModel(c, 'acme-llm');
    expect(m.owner).toBe(alice.address);
    expect(m.tags).toEqual(['llm', 'nlp']);
    expect(m.visibility).toBe(Visibility.VISIBILITY_PUBLIC);
    expect(m.createdHeight).toBe(c.height);
    const ev = r.events.find((e) => e.type === 'aivm.registry.v1.EventModelCreated')!;
    expect(Object.fromEntries(ev.attributes.map((a) => [a.key, a.value]))).toEqual({ model: 'acme-llm', owner: alice.address, visibility: 'VISIBILITY_PUBLIC' });
  });

  it('refuses a taken name, malformed names and malformed metadata with stable codes', () => {
    const c = chain();
    const alice = c.account('alice');
    ok(c, alice, createModelMsg(alice, 'acme-llm'));
    expectErr(c.exec(c.account('bob'), [createModelMsg(c.account('bob'), 'acme-llm')]), E.ModelExists);
    for (const bad of ['ab', 'Acme', '-acme', 'acme-', 'ac me', 'a'.repeat(65), 'acme@1', 'ümlaut']) {
      expectErr(c.exec(alice, [createModelMsg(alice, bad)]), E.InvalidName);
    }
    expectErr(c.exec(alice, [createModelMsg(alice, 'm1x', { tags: ['a', 'a'] })]), E.InvalidTags);
    expectErr(c.exec(alice, [createModelMsg(alice, 'm1x', { tags: ['UPPER'] })]), E.InvalidTags);
    expectErr(c.exec(alice, [createModelMsg(alice, 'm1x', { tags: Array.from({ length: 17 }, (_, i) => `t${i}`) })]), E.InvalidTags);
    expectErr(c.exec(alice, [createModelMsg(alice, 'm1x', { task: 'Text Generation' })]), E.InvalidTask);
    expectErr(c.exec(alice, [createModelMsg(alice, 'm1x', { description: 'x'.repeat(2049) })]), E.InvalidDescription);
    expectErr(c.exec(alice, [createModelMsg(alice, 'm1x', { description: 'bell\u0007' })]), E.InvalidDescription);
    expectErr(c.exec(alice, [createModelMsg(alice, 'm1x', { license: 'Lizenz ©' })]), E.InvalidLicense);
    expectErr(c.exec(alice, [createModelMsg(alice, 'm1x', { modelCardUri: 'ftp://x/y' })]), E.InvalidModelCardUri);
    expectErr(c.exec(alice, [createModelMsg(alice, 'm1x', { modelCardUri: 'https://a b' })]), E.InvalidModelCardUri);
    expectErr(c.exec(alice, [createModelMsg(alice, 'm1x', { visibility: 7 as number as aivm.registry.v1.Visibility })]), E.InvalidVisibility);
    // The creator must be the canonical lowercase address.
    expectErr(c.exec(alice, [createModelMsg(alice, 'm1x', { creator: alice.address.toUpperCase() })]), SdkErrors.InvalidAddress);
    expect(query(c, '/aivm.registry.v1.Query/ModelsByPrefix', reg.QueryModelsByPrefixRequest.encode({ prefix: '' }).finish(), reg.QueryModelsResponse).models).toHaveLength(1);
  });

  it('refuses messages with fields it does not know (sdk/2)', () => {
    const c = chain();
    const alice = c.account('alice');
    const base = createModelMsg(alice, 'acme-llm');
    const extra = Uint8Array.from([...base.value, 0xa2, 0x06, 0x01, 0x78]); // field 100, "x"
    expectErr(c.exec(alice, [{ typeUrl: base.typeUrl, value: extra }]), SdkErrors.TxDecode);
  });

  it('updates metadata by mask, by the owner or a maintainer only', () => {
    const c = chain();
    const [alice, bob, carol] = ['alice', 'bob', 'carol'].map((n) => c.account(n));
    ok(c, alice, createModelMsg(alice, 'acme-llm', { tags: ['llm'], task: 'text-generation' }));
    expectErr(c.exec(bob, [M.updateModel({ sender: bob.address, name: 'acme-llm', description: 'mine now' })]), E.NotMaintainer);
    ok(c, alice, M.addMaintainer({ owner: alice.address, name: 'acme-llm', maintainer: bob.address }));
    ok(c, bob, M.updateModel({ sender: bob.address, name: 'acme-llm', description: 'better words', tags: ['chat'], updateMask: ['description', 'tags'] }));
    let m = getModel(c, 'acme-llm');
    expect([m.description, m.tags, m.task, m.license]).toEqual(['better words', ['chat'], 'text-generation', 'Apache-2.0']);
    // An empty mask replaces every metadata field.
    ok(c, alice, M.updateModel({ sender: alice.address, name: 'acme-llm', description: 'all new', task: 'summarization' }));
    m = getModel(c, 'acme-llm');
    expect([m.description, m.tags, m.task, m.license, m.modelCardUri]).toEqual(['all new', [], 'summarization', '', '']);
    expectErr(c.exec(alice, [M.updateModel({ sender: alice.address, name: 'acme-llm', updateMask: ['owner'] })]), E.InvalidUpdateMask);
    expectErr(c.exec(alice, [M.updateModel({ sender: alice.address, name: 'acme-llm', updateMask: ['task', 'task'] })]), E.InvalidUpdateMask);
    expectErr(c.exec(carol, [M.updateModel({ sender: carol.address, name: 'nope-model' })]), E.ModelNotFound);
  });

  it('transfers ownership and manages maintainers', () => {
    const c = chain();
    const [alice, bob, carol] = ['alice', 'bob', 'carol'].map((n) => c.account(n));
    ok(c, alice, createModelMsg(alice, 'acme-llm'));
    ok(c, alice, M.addMaintainer({ owner: alice.address, name: 'acme-llm', maintainer: bob.address }));
    ok(c, alice, M.addMaintainer({ owner: alice.address, name: 'acme-llm', maintainer: carol.address }));
    expect(getModel(c, 'acme-llm').maintainers).toEqual([bob.address, carol.address].sort());
    expectErr(c.exec(alice, [M.addMaintainer({ owner: alice.address, name: 'acme-llm', maintainer: bob.address })]), E.MaintainerExists);
    expectErr(c.exec(alice, [M.addMaintainer({ owner: alice.address, name: 'acme-llm', maintainer: alice.address })]), E.MaintainerExists);
    expectErr(c.exec(bob, [M.addMaintainer({ owner: bob.address, name: 'acme-llm', maintainer: c.account('dave').address })]), E.NotOwner);
    // A maintainer may resign; it may not remove others.
    expectErr(c.exec(bob, [M.removeMaintainer({ sender: bob.address, name: 'acme-llm', maintainer: carol.address })]), E.NotOwner);
    ok(c, carol, M.removeMaintainer({ sender: carol.address, name: 'acme-llm', maintainer: carol.address }));
    expectErr(c.exec(alice, [M.removeMaintainer({ sender: alice.address, name: 'acme-llm', maintainer: carol.address })]), E.MaintainerNotFound);
    // Transfer to a maintainer: it becomes the owner and stops being a maintainer.
    expectErr(c.exec(alice, [M.transferOwnership({ owner: alice.address, name: 'acme-llm', newOwner: alice.address })]), E.SameOwner);
    expectErr(c.exec(bob, [M.transferOwnership({ owner: bob.address, name: 'acme-llm', newOwner: bob.address })]), E.NotOwner);
    ok(c, alice, M.transferOwnership({ owner: alice.address, name: 'acme-llm', newOwner: bob.address }));
    const m = getModel(c, 'acme-llm');
    expect([m.owner, m.maintainers]).toEqual([bob.address, []]);
    expectErr(c.exec(alice, [M.addMaintainer({ owner: alice.address, name: 'acme-llm', maintainer: carol.address })]), E.NotOwner);
    const byOwner = (o: string) => names(query(c, '/aivm.registry.v1.Query/ModelsByOwner', reg.QueryModelsByOwnerRequest.encode({ owner: o }).finish(), reg.QueryModelsResponse));
    expect(byOwner(bob.address)).toEqual(['acme-llm']);
    expect(byOwner(alice.address)).toEqual([]);
  });

  it('caps maintainers at 16', () => {
    const c = chain();
    const alice = c.account('alice');
    ok(c, alice, createModelMsg(alice, 'acme-llm'));
    const extra = Array.from({ length: 17 }, (_, i) => c.newAccount(`m${i}`).address);
    for (const a of extra.slice(0, 16)) ok(c, alice, M.addMaintainer({ owner: alice.address, name: 'acme-llm', maintainer: a }));
    expectErr(c.exec(alice, [M.addMaintainer({ owner: alice.address, name: 'acme-llm', maintainer: extra[16]! })]), E.TooManyMaintainers);
  });

  it('sets visibility with a validated key endpoint', () => {
    const c = chain();
    const alice = c.account('alice');
    ok(c, alice, createModelMsg(alice, 'acme-llm'));
    const set = (visibility: number, keyEndpoint?: { multiaddr: string; peerId: string }) => c.exec(alice, [M.setVisibility({ owner: alice.address, name: 'acme-llm', visibility, keyEndpoint })]);
    expectErr(set(Visibility.VISIBILITY_PRIVATE), E.InvalidKeyEndpoint);
    expectErr(set(Visibility.VISIBILITY_PRIVATE, { multiaddr: 'localhost:4001', peerId: PEER_ID }), E.InvalidKeyEndpoint);
    expectErr(set(Visibility.VISIBILITY_PRIVATE, { multiaddr: KEY_ENDPOINT.multiaddr, peerId: 'QmNotAPeer' }), E.InvalidKeyEndpoint);
    expectErr(set(Visibility.VISIBILITY_PUBLIC, KEY_ENDPOINT), E.InvalidKeyEndpoint);
    expectErr(set(Visibility.VISIBILITY_UNSPECIFIED), E.InvalidVisibility);
    expectErr(c.exec(c.account('bob'), [M.setVisibility({ owner: c.account('bob').address, name: 'acme-llm', visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT })]), E.NotOwner);
    ok(c, alice, M.setVisibility({ owner: alice.address, name: 'acme-llm', visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT }));
    let m = getModel(c, 'acme-llm');
    expect([m.visibility, m.keyEndpoint?.multiaddr, m.keyEndpoint?.peerId]).toEqual([Visibility.VISIBILITY_PRIVATE, KEY_ENDPOINT.multiaddr, PEER_ID]);
    ok(c, alice, M.setVisibility({ owner: alice.address, name: 'acme-llm', visibility: Visibility.VISIBILITY_PUBLIC }));
    m = getModel(c, 'acme-llm');
    expect([m.visibility, m.keyEndpoint]).toEqual([Visibility.VISIBILITY_PUBLIC, null]);
    // A private model can be created directly.
    ok(c, alice, createModelMsg(alice, 'secret-llm', { visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT }));
  });

  it('lists by owner, tag, task and prefix with stable pagination', () => {
    const c = chain();
    const [alice, bob] = ['alice', 'bob'].map((n) => c.account(n));
    const all = ['m-e', 'm-a', 'x-c', 'm-d', 'm-b'];
    const block = c.deliverBlock(signAll(c, all.map((n, i) => [i % 2 ? bob : alice, [createModelMsg(i % 2 ? bob : alice, n, { tags: i % 2 ? ['odd', 'all'] : ['even', 'all'], task: i < 3 ? 'chat' : 'vision' })]] as const)));
    expect(block.results.map((r) => r.code)).toEqual([0, 0, 0, 0, 0]);
    const list = (method: string, type: { encode(m: object): { finish(): Uint8Array } }, req: object) =>
      query(c, `/aivm.registry.v1.Query/${method}`, type.encode(req).finish(), reg.QueryModelsResponse);
    expect(names(list('ModelsByTag', reg.QueryModelsByTagRequest, { tag: 'all' }))).toEqual(['m-a', 'm-b', 'm-d', 'm-e', 'x-c']);
    expect(names(list('ModelsByTag', reg.QueryModelsByTagRequest, { tag: 'odd' }))).toEqual(['m-a', 'm-d']);
    expect(names(list('ModelsByTask', reg.QueryModelsByTaskRequest, { task: 'vision' }))).toEqual(['m-b', 'm-d']);
    expect(names(list('ModelsByOwner', reg.QueryModelsByOwnerRequest, { owner: alice.address }))).toEqual(['m-b', 'm-e', 'x-c']);
    expect(names(list('ModelsByPrefix', reg.QueryModelsByPrefixRequest, { prefix: 'm-' }))).toEqual(['m-a', 'm-b', 'm-d', 'm-e']);
    // Pages of 2 walk the same order; the first page counts the total.
    const seen: string[] = [];
    let key: Uint8Array | undefined;
    let pages = 0;
    do {
      const r = list('ModelsByTag', reg.QueryModelsByTagRequest, { tag: 'all', pagination: { key, limit: 2, countTotal: !key } });
      if (!key) expect(r.pagination?.total).toBe(5);
      seen.push(...names(r));
      key = r.pagination?.nextKey?.length ? r.pagination.nextKey : undefined;
      pages++;
    } while (key);
    expect([seen, pages]).toEqual([['m-a', 'm-b', 'm-d', 'm-e', 'x-c'], 3]);
    expect(names(list('ModelsByPrefix', reg.QueryModelsByPrefixRequest, { prefix: '', pagination: { reverse: true, limit: 2 } }))).toEqual(['x-c', 'm-e']);
    expect(names(list('ModelsByPrefix', reg.QueryModelsByPrefixRequest, { prefix: '', pagination: { offset: 3 } }))).toEqual(['m-e', 'x-c']);
    // Index entries follow metadata changes.
    ok(c, alice, M.updateModel({ sender: alice.address, name: 'm-e', tags: ['odd'], updateMask: ['tags'] }));
    expect(names(list('ModelsByTag', reg.QueryModelsByTagRequest, { tag: 'all' }))).toEqual(['m-a', 'm-b', 'm-d', 'x-c']);
    expect(names(list('ModelsByTag', reg.QueryModelsByTagRequest, { tag: 'odd' }))).toEqual(['m-a', 'm-d', 'm-e']);
    // The lists hold each model's current record, whatever changed (metadata, owner, maintainers).
    ok(c, alice, M.updateModel({ sender: alice.address, name: 'm-e', description: 'second edition', updateMask: ['description'] }));
    ok(c, alice, M.transferOwnership({ owner: alice.address, name: 'x-c', newOwner: bob.address }));
    ok(c, bob, M.addMaintainer({ owner: bob.address, name: 'x-c', maintainer: alice.address }));
    const current = (name: string) => reg.Model.toObject(reg.Model.decode(reg.Model.encode(getModel(c, name)).finish()));
    for (const [method, type, req] of [
      ['ModelsByTag', reg.QueryModelsByTagRequest, { tag: 'all' }],
      ['ModelsByTag', reg.QueryModelsByTagRequest, { tag: 'odd' }],
      ['ModelsByTask', reg.QueryModelsByTaskRequest, { task: 'chat' }],
      ['ModelsByOwner', reg.QueryModelsByOwnerRequest, { owner: bob.address }],
      ['ModelsByOwner', reg.QueryModelsByOwnerRequest, { owner: alice.address }],
    ] as const) {
      for (const m of list(method, type, req).models) expect(reg.Model.toObject(m as aivm.registry.v1.Model)).toEqual(current(m.name!));
    }
    expect(names(list('ModelsByOwner', reg.QueryModelsByOwnerRequest, { owner: bob.address }))).toEqual(['m-a', 'm-d', 'x-c']);
    expect(list('ModelsByTag', reg.QueryModelsByTagRequest, { tag: 'odd' }).models.find((m) => m.name === 'm-e')?.description).toBe('second edition');
    // Bad query arguments and unknown models.
    queryErr(c, '/aivm.registry.v1.Query/ModelsByTag', reg.QueryModelsByTagRequest.encode({ tag: 'Bad Tag' }).finish(), E.InvalidQuery);
    queryErr(c, '/aivm.registry.v1.Query/ModelsByPrefix', reg.QueryModelsByPrefixRequest.encode({ prefix: 'A' }).finish(), E.InvalidQuery);
    queryErr(c, '/aivm.registry.v1.Query/Model', reg.QueryModelRequest.encode({ name: 'no-such-model' }).finish(), E.ModelNotFound);
    queryErr(c, '/aivm.registry.v1.Query/ModelsByPrefix', reg.QueryModelsByPrefixRequest.encode({ prefix: '', pagination: { limit: 5000 } }).finish(), SdkErrors.InvalidRequest);
    c.app.runInvariants();
  });

  it('its index invariant catches an index entry that holds a stale record or no model', () => {
    const c = chain();
    const alice = c.account('alice');
    ok(c, alice, createModelMsg(alice, 'acme-llm', { tags: ['nlp'], task: 'chat' }));
    const stale = reg.Model.encode({ ...getModel(c, 'acme-llm'), description: 'an older text' }).finish();
    const tagKey = Uint8Array.from([0x03, 3, ...Buffer.from('nlp'), ...Buffer.from('acme-llm')]);
    const ctx = c.app.readContext();
    expect(ctx.kv('registry').get(tagKey)).toEqual(reg.Model.encode(getModel(c, 'acme-llm')).finish());
    ctx.kv('registry').set(tagKey, stale);
    expect(() => c.app.runInvariants(ctx)).toThrow(/registry\/indexes broken: index entry .* does not hold its model's current record/);
    const orphan = c.app.readContext();
    orphan.kv('registry').set(Uint8Array.from([0x03, 3, ...Buffer.from('nlp'), ...Buffer.from('ghost')]), stale);
    expect(() => c.app.runInvariants(orphan)).toThrow(/index entry .* matches no model record/);
    c.app.runInvariants();
  });
});

describe('registry: key endpoint shapes', () => {
  const good = [
    `/ip4/10.0.0.1/tcp/4001/p2p/${PEER_ID}`,
    `/ip6/2001:db8::1/udp/4001/quic-v1/p2p/${PEER_ID}`,
    `/dns4/keys.example.com/tcp/443/wss/p2p/${PEER_ID}`,
    '/dnsaddr/bootstrap.example.com',
    '/ip4/127.0.0.1/tcp/4001',
  ];
  const bad = [
    '',
    'ip4/1.2.3.4/tcp/1',
    '/ip4/256.1.1.1/tcp/1',
    '/ip4/1.2.3/tcp/1',
    '/ip4/01.2.3.4/tcp/1',
    '/ip6/1:2:3/tcp/1',
    '/ip6/1::2::3/tcp/1',
    '/ip4/1.2.3.4/tcp/65536',
    '/ip4/1.2.3.4',
    '/tcp/4001/ip4/1.2.3.4',
    '/ip4/1.2.3.4/tcp/1/bogus',
    '/dns4/-bad-.com/tcp/1',
    `/ip4/1.2.3.4/tcp/1/p2p/QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N`,
    '/ip4/1.2.3.4/tcp/1/' + 'ws/'.repeat(90),
  ];
  it.each(good)('accepts %s', (ma) => expect(() => validateMultiaddr(ma, PEER_ID)).not.toThrow());
  it.each(bad)('refuses %s', (ma) => expect(() => validateMultiaddr(ma, PEER_ID)).toThrow(expect.objectContaining({ kind: E.InvalidKeyEndpoint })));
  it('checks peer ids as multihashes of public keys', () => {
    for (const id of [PEER_ID, 'QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N', '16Uiu2HAmLhLvBoYaoZfaMUKuibM6ac163GwKY74c5kiSLg5KvLpY']) expect(() => validatePeerId(id)).not.toThrow();
    for (const id of ['', '12D3KooXD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA', 'Qm0000', 'bafzbeie', 'x'.repeat(200)]) expect(() => validatePeerId(id)).toThrow();
  });
});
