import { describe, expect, it } from '@jest/globals';
import { TestChain } from '../../test/harness/chain.js';
import { attestMsg, createModelMsg, eventsOf, expectErr, getVersion, M, ok, publishMsg, query, queryErr, resolve, Status, ver, vfy } from '../../test/model-repo/helpers.js';
import { VersioningErrors } from '../versioning/errors.js';
import { VerificationErrors as E } from './errors.js';
import { DEFAULT_VERIFICATION_PARAMS } from './params.js';

function setup(powers: number[], params: Partial<typeof DEFAULT_VERIFICATION_PARAMS> = {}) {
  const c = TestChain.create({ accounts: ['alice', 'bob'], validatorPowers: powers, appState: { verification: { params: { ...DEFAULT_VERIFICATION_PARAMS, ...params } } } });
  const alice = c.account('alice');
  const vals = powers.map((_, i) => c.account(`val${i}`));
  ok(c, alice, createModelMsg(alice, 'acme-llm'));
  const publish = (v: string) => ok(c, alice, publishMsg(alice, 'acme-llm', v));
  const attest = (i: number, v: string, pass: boolean) => c.exec(vals[i]!, [attestMsg(vals[i]!, 'acme-llm', v, pass)]);
  const tally = (v: string) => query(c, '/aivm.verification.v1.Query/Tally', vfy.QueryTallyRequest.encode({ model: 'acme-llm', version: v }).finish(), vfy.QueryTallyResponse).tally!;
  const status = (v: string) => getVersion(c, 'acme-llm', v).status;
  return { c, alice, vals, publish, attest, tally, status };
}

describe('verification: one validator', () => {
  it('one pass verifies and moves latest; one fail rejects', () => {
    const { c, publish, attest, status } = setup([10]);
    publish('1.0.0');
    publish('1.1.0');
    const r = attest(0, '1.0.0', true);
    expect(r.code).toBe(0);
    expect(vfy.MsgAttestVersionResponse.decode(vfy.MsgAttestVersionResponse.encode({ status: Status.VERSION_STATUS_VERIFIED }).finish()).status).toBe(Status.VERSION_STATUS_VERIFIED);
    expect(eventsOf(r.events, 'aivm.versioning.v1.EventVersionStatusChanged')).toEqual([{ model: 'acme-llm', version: '1.0.0', ref: 'acme-llm@1.0.0', status: 'VERIFIED', previous_status: 'PENDING' }]);
    expect(eventsOf(r.events, 'aivm.verification.v1.EventAttestation')[0]).toMatchObject({ pass: 'true', pass_power: '10', total_power: '10' });
    expect(status('1.0.0')).toBe(Status.VERSION_STATUS_VERIFIED);
    expect(resolve(c, 'acme-llm').version?.version).toBe('1.0.0');
    attest(0, '1.1.0', false);
    expect(status('1.1.0')).toBe(Status.VERSION_STATUS_REJECTED);
    expect(resolve(c, 'acme-llm').version?.version).toBe('1.0.0');
    // Terminal: the same validator gets "duplicate", nobody can change it.
    expectErr(attest(0, '1.1.0', true), E.DuplicateAttestation);
    c.app.runInvariants();
  });
});

describe('verification: four validators of unequal power (10, 20, 30, 40)', () => {
  it('verifies at 2/3 of the voting power, counting power not heads', () => {
    const { c, publish, attest, tally, status } = setup([10, 20, 30, 40]);
    publish('1.0.0');
    // Validators are ordered by power in the harness: val3 has 40.
    expect(attest(3, '1.0.0', true).code).toBe(0);
    expect([status('1.0.0'), tally('1.0.0').passPower, tally('1.0.0').totalPower, tally('1.0.0').passThreshold]).toEqual([Status.VERSION_STATUS_PENDING, 40, 100, 67]);
    expect(attest(0, '1.0.0', true).code).toBe(0); // 50
    expect(attest(1, '1.0.0', true).code).toBe(0); // 70 ≥ 66.7 → verified
    expect(status('1.0.0')).toBe(Status.VERSION_STATUS_VERIFIED);
    expect(resolve(c, 'acme-llm').version?.version).toBe('1.0.0');
    const t = tally('1.0.0');
    expect([t.passPower, t.failPower, t.passCount, t.failCount, t.quorum]).toEqual([70, 0, 3, 0, '2/3']);
    // After verification, further attestations are refused.
    expectErr(attest(2, '1.0.0', true), E.VersionNotPending);
    expectErr(attest(3, '1.0.0', true), E.DuplicateAttestation);
  });

  it('exactly 2/3 is enough (pass × 3 ≥ 2 × total)', () => {
    const { publish, attest, status } = setup([10, 20, 30], {});
    publish('1.0.0');
    attest(2, '1.0.0', true); // 30 of 60
    expect(status('1.0.0')).toBe(Status.VERSION_STATUS_PENDING);
    attest(0, '1.0.0', true); // 40 of 60 = exactly 2/3
    expect(status('1.0.0')).toBe(Status.VERSION_STATUS_VERIFIED);
  });

  it('rejects when more than 1/3 of the power says fail', () => {
    const { c, publish, attest, status, tally } = setup([10, 20, 30, 40]);
    publish('1.0.0');
    publish('1.1.0');
    attest(2, '1.0.0', false); // 30: not > 33.3
    expect(status('1.0.0')).toBe(Status.VERSION_STATUS_PENDING);
    const r = attest(0, '1.0.0', false); // 40 > 33.3
    expect(eventsOf(r.events, 'aivm.versioning.v1.EventVersionStatusChanged')[0]).toMatchObject({ status: 'REJECTED' });
    expect(status('1.0.0')).toBe(Status.VERSION_STATUS_REJECTED);
    expect(tally('1.0.0').failThreshold).toBe(34);
    // Mixed votes: pass 60 then fail 40 → rejected (40 × 3 > 100).
    attest(0, '1.1.0', true);
    attest(1, '1.1.0', true);
    attest(2, '1.1.0', true);
    expect(status('1.1.0')).toBe(Status.VERSION_STATUS_PENDING);
    attest(3, '1.1.0', false);
    expect(status('1.1.0')).toBe(Status.VERSION_STATUS_REJECTED);
    queryErr(c, '/aivm.versioning.v1.Query/Resolve', ver.QueryResolveRequest.encode({ ref: 'acme-llm' }).finish(), VersioningErrors.NoVerifiedVersion);
  });

  it('expires at the deadline, through the deadline index', () => {
    const { c, publish, attest, status } = setup([10, 20, 30, 40], { deadline_blocks: 5 });
    publish('1.0.0');
    const published = c.height;
    expect(getVersion(c, 'acme-llm', '1.0.0').deadlineHeight).toBe(published + 5);
    publish('1.1.0');
    const pending = () => query(c, '/aivm.verification.v1.Query/PendingVersions', vfy.QueryPendingVersionsRequest.encode({}).finish(), vfy.QueryPendingVersionsResponse).versions.map((v) => [v.version, v.deadlineHeight]);
    expect(pending()).toEqual([['1.0.0', published + 5], ['1.1.0', published + 6]]);
    attest(3, '1.0.0', true);
    c.advance(published + 4 - c.height);
    expect(status('1.0.0')).toBe(Status.VERSION_STATUS_PENDING);
    // An attestation in the deadline block itself still counts (txs run before endBlock).
    const blk = c.deliverBlock([c.signTx(c.account('val2'), [attestMsg(c.account('val2'), 'acme-llm', '1.1.0', true)])]);
    expect(blk.height).toBe(published + 5);
    expect(eventsOf(blk.blockEvents, 'aivm.versioning.v1.EventVersionStatusChanged')).toEqual([{ model: 'acme-llm', version: '1.0.0', ref: 'acme-llm@1.0.0', status: 'EXPIRED', previous_status: 'PENDING' }]);
    expect(status('1.0.0')).toBe(Status.VERSION_STATUS_EXPIRED);
    expect(status('1.1.0')).toBe(Status.VERSION_STATUS_PENDING);
    expectErr(attest(1, '1.0.0', true), E.VersionNotPending);
    c.advance(1);
    expect(status('1.1.0')).toBe(Status.VERSION_STATUS_EXPIRED);
    expect(pending()).toEqual([]);
    c.app.runInvariants();
  });

  it('refuses non-validators, malformed digests and unknown versions', () => {
    const { c, alice, publish, attest } = setup([10, 20, 30, 40]);
    publish('1.0.0');
    expectErr(c.exec(alice, [attestMsg(alice, 'acme-llm', '1.0.0', true)]), E.NotValidator);
    const val = c.account('val0');
    expectErr(c.exec(val, [M.attestVersion({ attester: val.address, model: 'acme-llm', version: '1.0.0', pass: true, reportDigest: 'nope' })]), E.InvalidReportDigest);
    expectErr(attest(0, '9.9.9', true), VersioningErrors.VersionNotFound);
    expectErr(c.exec(val, [M.attestVersion({ attester: val.address, model: 'acme-llm', version: '1.0', pass: true, reportDigest: 'a'.repeat(64) })]), VersioningErrors.InvalidVersion);
    const atts = query(c, '/aivm.verification.v1.Query/Attestations', vfy.QueryAttestationsRequest.encode({ model: 'acme-llm', version: '1.0.0' }).finish(), vfy.QueryAttestationsResponse);
    expect(atts.attestations).toEqual([]);
    attest(1, '1.0.0', false);
    const atts2 = query(c, '/aivm.verification.v1.Query/Attestations', vfy.QueryAttestationsRequest.encode({ model: 'acme-llm', version: '1.0.0' }).finish(), vfy.QueryAttestationsResponse);
    expect(atts2.attestations.map((a) => [a.attester, a.pass])).toEqual([[c.account('val1').address, false]]);
  });

  it('serves the params and refuses invalid genesis params', () => {
    const { c } = setup([10], { quorum: '3/4', deadline_blocks: 50 });
    const p = query(c, '/aivm.verification.v1.Query/Params', vfy.QueryParamsRequest.encode({}).finish(), vfy.QueryParamsResponse).params!;
    expect([p.quorum, p.deadlineBlocks, p.schemaVersions, p.maxKernelBytes]).toEqual(['3/4', 50, ['aivm.kernel/v1'], DEFAULT_VERIFICATION_PARAMS.max_kernel_bytes]);
    expect(() => setup([10], { quorum: '4/3' })).toThrow(expect.objectContaining({ kind: E.InvalidParams }));
    expect(() => setup([10], { deadline_blocks: 0 })).toThrow(expect.objectContaining({ kind: E.InvalidParams }));
  });
});
