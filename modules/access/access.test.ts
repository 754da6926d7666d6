import { describe, expect, it } from '@jest/globals';
import { SdkErrors } from '../../chain/errors.js';
import { TestChain } from '../../test/harness/chain.js';
import { acc, attestMsg, createModelMsg, eventsOf, expectErr, KEY_ENDPOINT, M, ok, publishMsg, Purpose, query, queryErr, Visibility } from '../../test/model-repo/helpers.js';
import { RegistryErrors } from '../registry/errors.js';
import { VersioningErrors } from '../versioning/errors.js';
import { AccessErrors as E } from './errors.js';

function setup() {
  const c = TestChain.create({ accounts: ['alice', 'bob', 'carol', 'dave'], validatorPowers: [10] });
  const [alice, bob, carol, dave, val] = ['alice', 'bob', 'carol', 'dave', 'val0'].map((n) => c.account(n));
  ok(c, alice, createModelMsg(alice, 'secret-llm', { visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT }), createModelMsg(alice, 'open-llm'));
  ok(c, alice, publishMsg(alice, 'secret-llm', '1.0.0'), publishMsg(alice, 'secret-llm', '1.1.0'));
  const grant = (who: typeof alice, o: Partial<{ model: string; version: string; grantee: string; purpose: number; expiresAt: number }>) =>
    c.exec(who, [M.grantAccess({ owner: who.address, model: 'secret-llm', version: '', grantee: bob.address, purpose: Purpose.PURPOSE_EXECUTE, expiresAt: 0, ...o })]);
  const has = (grantee: string, version = '', purpose = 0) =>
    query(c, '/aivm.access.v1.Query/HasAccess', acc.QueryHasAccessRequest.encode({ model: 'secret-llm', version, grantee, purpose }).finish(), acc.QueryHasAccessResponse);
  return { c, alice, bob, carol, dave, val, grant, has };
}

describe('access: grants', () => {
  it('grants model-wide or per version, by purpose, and answers HasAccess', () => {
    const { c, alice, bob, carol, grant, has } = setup();
    expect(has(bob.address).hasAccess).toBe(false);
    const r = grant(alice, {});
    expect(r.code).toBe(0);
    expect(eventsOf(r.events, 'aivm.access.v1.EventAccessGranted')).toEqual([{ model: 'secret-llm', version: '', grantee: bob.address, purpose: 'execute', expires_at: '0', granter: alice.address }]);
    expect(has(bob.address).hasAccess).toBe(true);
    expect(has(bob.address, '1.1.0').hasAccess).toBe(true);
    expect(has(bob.address, '', Purpose.PURPOSE_VERIFY).hasAccess).toBe(false);
    // A grant of one version covers that version only.
    expect(grant(alice, { grantee: carol.address, version: '1.0.0', purpose: Purpose.PURPOSE_VERIFY }).code).toBe(0);
    expect(has(carol.address, '1.0.0').hasAccess).toBe(true);
    expect(has(carol.address, '1.0.0', Purpose.PURPOSE_VERIFY).grant?.version).toBe('1.0.0');
    expect(has(carol.address, '1.1.0').hasAccess).toBe(false);
    expect(has(carol.address).hasAccess).toBe(false);
    const byModel = query(c, '/aivm.access.v1.Query/GrantsByModel', acc.QueryGrantsByModelRequest.encode({ model: 'secret-llm' }).finish(), acc.QueryGrantsResponse);
    expect(byModel.grants.map((g) => [g.grant?.version, g.grant?.grantee, g.grant?.purpose, g.active])).toEqual([
      ['', bob.address, Purpose.PURPOSE_EXECUTE, true],
      ['1.0.0', carol.address, Purpose.PURPOSE_VERIFY, true],
    ]);
    const byGrantee = query(c, '/aivm.access.v1.Query/GrantsByGrantee', acc.QueryGrantsByGranteeRequest.encode({ grantee: carol.address }).finish(), acc.QueryGrantsResponse);
    expect(byGrantee.grants.map((g) => [g.grant?.model, g.grant?.version])).toEqual([['secret-llm', '1.0.0']]);
    c.app.runInvariants();
  });

  it('honours a grant only before its expiry, read from block time', () => {
    const { c, alice, bob, grant, has } = setup();
    const now = c.ctx().block.time.seconds;
    expectErr(grant(alice, { expiresAt: now }), E.InvalidExpiry); // the next block is at now + 1
    expectErr(grant(alice, { expiresAt: now + 1 }), E.InvalidExpiry);
    expect(grant(alice, { expiresAt: now + 5 }).code).toBe(0); // block time now + 3 after this block
    expect(has(bob.address).hasAccess).toBe(true);
    c.advance(1); // time now + 4
    expect(has(bob.address).hasAccess).toBe(true);
    c.advance(1); // time now + 5 = expires_at: no longer honoured
    expect(has(bob.address).hasAccess).toBe(false);
    const g = query(c, '/aivm.access.v1.Query/GrantsByModel', acc.QueryGrantsByModelRequest.encode({ model: 'secret-llm' }).finish(), acc.QueryGrantsResponse).grants[0]!;
    expect([g.grant?.expiresAt, g.active]).toEqual([now + 5, false]);
    // An expired grant does not allow a fork either.
    ok(c, c.account('val0'), attestMsg(c.account('val0'), 'secret-llm', '1.0.0'));
    const fork = M.forkModel({ creator: bob.address, sourceModel: 'secret-llm', sourceVersion: '1.0.0', name: 'bob-fork' });
    expectErr(c.exec(bob, [fork]), VersioningErrors.ForkNotAllowed);
    // Granting again replaces the expiry.
    expect(grant(alice, { expiresAt: 0 }).code).toBe(0);
    expect(has(bob.address).hasAccess).toBe(true);
    expect(c.exec(bob, [fork]).code).toBe(0);
    c.app.runInvariants();
  });

  it('only the owner grants and revokes; revoke stops HasAccess', () => {
    const { c, alice, bob, carol, grant, has } = setup();
    ok(c, alice, M.addMaintainer({ owner: alice.address, name: 'secret-llm', maintainer: carol.address }));
    expectErr(grant(carol, {}), E.NotOwner);
    expectErr(grant(bob, {}), E.NotOwner);
    expect(grant(alice, {}).code).toBe(0);
    const revoke = (who: typeof alice, o = {}) => c.exec(who, [M.revokeAccess({ owner: who.address, model: 'secret-llm', version: '', grantee: bob.address, purpose: Purpose.PURPOSE_EXECUTE, ...o })]);
    expectErr(revoke(carol), E.NotOwner);
    expectErr(revoke(alice, { purpose: Purpose.PURPOSE_VERIFY }), E.GrantNotFound);
    const r = revoke(alice);
    expect(eventsOf(r.events, 'aivm.access.v1.EventAccessRevoked')).toHaveLength(1);
    expect(has(bob.address).hasAccess).toBe(false);
    expectErr(revoke(alice), E.GrantNotFound);
    c.app.runInvariants();
  });

  it('refuses grants that make no sense, with stable codes', () => {
    const { c, alice, bob, grant } = setup();
    expectErr(grant(alice, { model: 'open-llm' }), E.ModelNotPrivate);
    expectErr(grant(alice, { grantee: alice.address }), E.SelfGrant);
    expectErr(grant(alice, { purpose: 0 }), E.InvalidPurpose);
    expectErr(grant(alice, { purpose: 9 }), E.InvalidPurpose);
    expectErr(grant(alice, { expiresAt: -1 }), E.InvalidExpiry);
    expectErr(grant(alice, { version: '7.0.0' }), VersioningErrors.VersionNotFound);
    expectErr(grant(alice, { version: 'latest' }), VersioningErrors.InvalidVersion);
    expectErr(grant(alice, { model: 'no-such-model' }), RegistryErrors.ModelNotFound);
    expectErr(grant(alice, { grantee: 'aivm1qqqq' }), SdkErrors.InvalidAddress);
    expectErr(grant(alice, { grantee: bob.address.toUpperCase() }), SdkErrors.InvalidAddress);
    queryErr(c, '/aivm.access.v1.Query/GrantsByModel', acc.QueryGrantsByModelRequest.encode({ model: 'no-such-model' }).finish(), RegistryErrors.ModelNotFound);
  });

  it('pages grants by grantee in a stable order', () => {
    const { c, alice, bob } = setup();
    for (const name of ['zeta-llm', 'beta-llm', 'alpha-llm']) ok(c, alice, createModelMsg(alice, name, { visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT }));
    for (const [model, purpose] of [['zeta-llm', 1], ['beta-llm', 2], ['alpha-llm', 1], ['beta-llm', 1]] as const) {
      ok(c, alice, M.grantAccess({ owner: alice.address, model, grantee: bob.address, purpose }));
    }
    const page = (pagination: object) => query(c, '/aivm.access.v1.Query/GrantsByGrantee', acc.QueryGrantsByGranteeRequest.encode({ grantee: bob.address, pagination }).finish(), acc.QueryGrantsResponse);
    const p1 = page({ limit: 3, countTotal: true });
    const p2 = page({ limit: 3, key: p1.pagination?.nextKey });
    const all = [...p1.grants, ...p2.grants].map((g) => `${g.grant?.model}/${g.grant?.purpose}`);
    expect([all, p1.pagination?.total, p2.pagination?.nextKey?.length ?? 0]).toEqual([['alpha-llm/1', 'beta-llm/1', 'beta-llm/2', 'zeta-llm/1'], 4, 0]);
  });
});
