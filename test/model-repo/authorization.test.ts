// The authorization matrix: every message sent by someone not allowed to send it is refused with
// its own code, and none of the four model-repository modules' state changes (the ante chain's
// fee and sequence writes live in auth/bank and are excluded by moduleEntries).
import { describe, expect, it } from '@jest/globals';
import type { ErrorCode } from '../../chain/errors.js';
import type { EncodedMsg } from '../../client/signing/tx-builder.js';
import { AccessErrors } from '../../modules/access/errors.js';
import { RegistryErrors } from '../../modules/registry/errors.js';
import { VerificationErrors } from '../../modules/verification/errors.js';
import { VersioningErrors } from '../../modules/versioning/errors.js';
import { TestChain, type TestAccount } from '../harness/chain.js';
import { ARWEAVE_TX, attestMsg, createModelMsg, expectErr, hex, KEY_ENDPOINT, M, moduleEntries, ok, publishMsg, Purpose, Visibility } from './helpers.js';

function setup() {
  const c = TestChain.create({ accounts: ['alice', 'bob', 'carol'], validatorPowers: [10, 20, 30, 40] });
  const [alice, bob, carol] = ['alice', 'bob', 'carol'].map((n) => c.account(n));
  const vals = [0, 1, 2, 3].map((i) => c.account(`val${i}`));
  ok(c, alice, createModelMsg(alice, 'acme-llm'), createModelMsg(alice, 'secret-llm', { visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT }));
  ok(c, alice, M.addMaintainer({ owner: alice.address, name: 'acme-llm', maintainer: bob.address }), M.addMaintainer({ owner: alice.address, name: 'secret-llm', maintainer: bob.address }));
  ok(c, alice, publishMsg(alice, 'acme-llm', '1.0.0'), publishMsg(alice, 'acme-llm', '1.1.0'), publishMsg(alice, 'secret-llm', '1.0.0'));
  for (const v of vals.slice(2)) ok(c, v, attestMsg(v, 'acme-llm', '1.0.0'), attestMsg(v, 'secret-llm', '1.0.0'));
  ok(c, alice, M.setAlias({ owner: alice.address, model: 'acme-llm', alias: 'stable', version: '1.0.0' }));
  ok(c, alice, M.yankVersion({ sender: alice.address, model: 'acme-llm', version: '1.1.0', reason: 'test' }));
  ok(c, alice, M.grantAccess({ owner: alice.address, model: 'secret-llm', grantee: c.account('val0').address, purpose: Purpose.PURPOSE_VERIFY }));
  ok(c, carol, createModelMsg(carol, 'carol-llm'));
  return { c, alice, bob, carol, vals };
}

describe('authorization matrix', () => {
  const { c, alice, bob, carol } = setup();
  const cases: Array<[string, TestAccount, EncodedMsg, ErrorCode]> = [
    // registry
    ['UpdateModel by an outsider', carol, M.updateModel({ sender: carol.address, name: 'acme-llm', description: 'x' }), RegistryErrors.NotMaintainer],
    ['TransferOwnership by an outsider', carol, M.transferOwnership({ owner: carol.address, name: 'acme-llm', newOwner: carol.address }), RegistryErrors.NotOwner],
    ['TransferOwnership by a maintainer', bob, M.transferOwnership({ owner: bob.address, name: 'acme-llm', newOwner: bob.address }), RegistryErrors.NotOwner],
    ['AddMaintainer by a maintainer', bob, M.addMaintainer({ owner: bob.address, name: 'acme-llm', maintainer: carol.address }), RegistryErrors.NotOwner],
    ['RemoveMaintainer by an outsider', carol, M.removeMaintainer({ sender: carol.address, name: 'acme-llm', maintainer: bob.address }), RegistryErrors.NotOwner],
    ['SetVisibility by a maintainer', bob, M.setVisibility({ owner: bob.address, name: 'acme-llm', visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT }), RegistryErrors.NotOwner],
    // versioning
    ['PublishVersion by an outsider', carol, publishMsg(carol, 'acme-llm', '2.0.0'), VersioningErrors.NotPublisher],
    ['YankVersion by an outsider', carol, M.yankVersion({ sender: carol.address, model: 'acme-llm', version: '1.0.0', reason: 'x' }), VersioningErrors.NotPublisher],
    ['UnyankVersion by a maintainer', bob, M.unyankVersion({ owner: bob.address, model: 'acme-llm', version: '1.1.0' }), VersioningErrors.NotOwner],
    ['DeprecateVersion by an outsider', carol, M.deprecateVersion({ sender: carol.address, model: 'acme-llm', version: '1.0.0', deprecated: true, reason: 'x' }), VersioningErrors.NotPublisher],
    ['SetAlias by a maintainer', bob, M.setAlias({ owner: bob.address, model: 'acme-llm', alias: 'prod', version: '1.0.0' }), VersioningErrors.NotOwner],
    ['RemoveAlias by a maintainer', bob, M.removeAlias({ owner: bob.address, model: 'acme-llm', alias: 'stable' }), VersioningErrors.NotOwner],
    ['RecordMirror by a maintainer who did not publish', bob, M.recordMirror({ sender: bob.address, model: 'acme-llm', version: '1.0.0', arweaveTxId: ARWEAVE_TX('x') }), VersioningErrors.NotMirrorRecorder],
    ['ForkModel of a private model without a grant', carol, M.forkModel({ creator: carol.address, sourceModel: 'secret-llm', sourceVersion: '1.0.0', name: 'stolen-llm' }), VersioningErrors.ForkNotAllowed],
    ['PublishVersion with a private parent without a grant', carol, publishMsg(carol, 'carol-llm', '1.0.0', { parents: [{ model: 'secret-llm', version: '1.0.0' }] }), VersioningErrors.ForkNotAllowed],
    // verification
    ['AttestVersion by a non-validator', carol, attestMsg(carol, 'acme-llm', '1.1.0'), VerificationErrors.NotValidator],
    ['AttestVersion by the owner', alice, M.attestVersion({ attester: alice.address, model: 'acme-llm', version: '1.1.0', pass: true, reportDigest: hex('r') }), VerificationErrors.NotValidator],
    // access
    ['GrantAccess by a maintainer', bob, M.grantAccess({ owner: bob.address, model: 'secret-llm', grantee: carol.address, purpose: Purpose.PURPOSE_EXECUTE }), AccessErrors.NotOwner],
    ['GrantAccess by an outsider to itself', carol, M.grantAccess({ owner: carol.address, model: 'secret-llm', grantee: carol.address, purpose: Purpose.PURPOSE_EXECUTE }), AccessErrors.NotOwner],
    ['RevokeAccess by an outsider', carol, M.revokeAccess({ owner: carol.address, model: 'secret-llm', grantee: c.account('val0').address, purpose: Purpose.PURPOSE_VERIFY }), AccessErrors.NotOwner],
  ];

  it.each(cases)('%s is refused and writes nothing', (_name, who, msg, code) => {
    const before = moduleEntries(c);
    const seq = c.nextSequence(who.address);
    const r = c.exec(who, [msg]);
    expectErr(r, code);
    expect(moduleEntries(c)).toEqual(before);
    // The ante chain still ran: the fee was paid and the sequence moved.
    expect(c.nextSequence(who.address)).toBe(seq + 1n);
  });

  it('uses a distinct code per kind of refusal', () => {
    const distinct = new Set(cases.map(([, , , e]) => `${e.codespace}/${e.code}`));
    expect([...distinct].sort()).toEqual(['access/1', 'registry/4', 'registry/5', 'verification/1', 'versioning/11', 'versioning/16', 'versioning/17', 'versioning/26'].sort());
  });

  it('a refused message rolls back the writes of earlier messages in the same tx', () => {
    const before = moduleEntries(c);
    const r = c.exec(alice, [createModelMsg(alice, 'fresh-llm'), M.removeAlias({ owner: alice.address, model: 'acme-llm', alias: 'nope' })]);
    expectErr(r, VersioningErrors.AliasNotFound);
    expect(moduleEntries(c)).toEqual(before);
    c.app.runInvariants();
  });
});
