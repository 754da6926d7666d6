// Lineage across updates, a merge of two parents, a fork into another model and a cross-model
// merge: the ancestors and descendants queries return exactly the DAG, in a deterministic order.
import { describe, expect, it } from '@jest/globals';
import { TestChain } from '../harness/chain.js';
import { VersioningErrors } from '../../modules/versioning/errors.js';
import { attestMsg, createModelMsg, expectErr, getModel, getVersion, KEY_ENDPOINT, M, ok, publishMsg, query, queryErr, ver, Visibility } from './helpers.js';

const D = ver.LineageDirection;

function build() {
  const c = TestChain.create({ accounts: ['alice', 'bob'], validatorPowers: [10] });
  const [alice, bob, val] = ['alice', 'bob', 'val0'].map((n) => c.account(n));
  const verify = (model: string, version: string) => ok(c, val, attestMsg(val, model, version));
  ok(c, alice, createModelMsg(alice, 'a-llm'));
  // a@1.0.0 ← a@1.1.0 (update), a@1.0.0 ← a@1.0.1 (a branch), {a@1.1.0, a@1.0.1} ← a@2.0.0 (merge)
  ok(c, alice, publishMsg(alice, 'a-llm', '1.0.0'));
  ok(c, alice, publishMsg(alice, 'a-llm', '1.1.0', { parents: [{ model: 'a-llm', version: '1.0.0' }] }), publishMsg(alice, 'a-llm', '1.0.1', { parents: [{ model: 'a-llm', version: '1.0.0' }] }));
  ok(c, alice, publishMsg(alice, 'a-llm', '2.0.0', { parents: [{ model: 'a-llm', version: '1.1.0' }, { model: 'a-llm', version: '1.0.1' }] }));
  verify('a-llm', '1.1.0');
  // bob forks a@1.1.0 into b-llm (copying its content), then updates it.
  const fork = ok(c, bob, M.forkModel({ creator: bob.address, sourceModel: 'a-llm', sourceVersion: '1.1.0', name: 'b-llm', tags: ['fork'] }));
  expect(fork.events.filter((e) => e.type === 'aivm.versioning.v1.EventModelForked')).toHaveLength(1);
  ok(c, bob, publishMsg(bob, 'b-llm', '1.2.0', { parents: [{ model: 'b-llm', version: '1.1.0' }] }));
  verify('b-llm', '1.2.0');
  // alice merges b@1.2.0 back into a@3.0.0 (cross-model parent: public and VERIFIED).
  ok(c, alice, publishMsg(alice, 'a-llm', '3.0.0', { parents: [{ model: 'a-llm', version: '2.0.0' }, { model: 'b-llm', version: '1.2.0' }] }));
  return { c, alice, bob, val, verify };
}

type Ref = { model: string; version: string };
const r = (s: string): Ref => {
  const [model, version] = s.split('@') as [string, string];
  return { model, version };
};

function lineage(c: TestChain, ref: string, direction: number, depth = 0) {
  const res = query(c, '/aivm.versioning.v1.Query/Lineage', ver.QueryLineageRequest.encode({ ...r(ref), direction, depth }).finish(), ver.QueryLineageResponse);
  return {
    nodes: res.nodes.map((n) => `${n.ref?.model}@${n.ref?.version}`),
    edges: res.edges.map((e) => `${e.parent?.model}@${e.parent?.version} -> ${e.child?.model}@${e.child?.version}`),
    truncated: res.truncated,
  };
}

describe('lineage', () => {
  it('records the fork as a new model whose first version has the source as parent', () => {
    const { c, bob } = build();
    const m = getModel(c, 'b-llm');
    expect([m.owner, m.forkedFromModel, m.forkedFromVersion, m.tags]).toEqual([bob.address, 'a-llm', '1.1.0', ['fork']]);
    const v = getVersion(c, 'b-llm', '1.1.0');
    const src = getVersion(c, 'a-llm', '1.1.0');
    expect([v.parents, v.rootCid, v.manifestDigest, v.publisher]).toEqual([[{ model: 'a-llm', version: '1.1.0' }], src.rootCid, src.manifestDigest, bob.address]);
  });

  it('returns exactly the ancestors DAG, by depth', () => {
    const { c } = build();
    expect(lineage(c, 'a-llm@2.0.0', D.LINEAGE_DIRECTION_ANCESTORS)).toEqual({
      nodes: ['a-llm@1.0.0', 'a-llm@1.0.1', 'a-llm@1.1.0', 'a-llm@2.0.0'],
      edges: ['a-llm@1.0.0 -> a-llm@1.0.1', 'a-llm@1.0.0 -> a-llm@1.1.0', 'a-llm@1.0.1 -> a-llm@2.0.0', 'a-llm@1.1.0 -> a-llm@2.0.0'],
      truncated: false,
    });
    expect(lineage(c, 'a-llm@2.0.0', D.LINEAGE_DIRECTION_ANCESTORS, 1)).toEqual({
      nodes: ['a-llm@1.0.1', 'a-llm@1.1.0', 'a-llm@2.0.0'],
      edges: ['a-llm@1.0.1 -> a-llm@2.0.0', 'a-llm@1.1.0 -> a-llm@2.0.0'],
      truncated: false,
    });
    expect(lineage(c, 'a-llm@3.0.0', D.LINEAGE_DIRECTION_ANCESTORS).nodes).toEqual(['a-llm@1.0.0', 'a-llm@1.0.1', 'a-llm@1.1.0', 'a-llm@2.0.0', 'a-llm@3.0.0', 'b-llm@1.1.0', 'b-llm@1.2.0']);
    expect(lineage(c, 'a-llm@3.0.0', D.LINEAGE_DIRECTION_ANCESTORS).edges).toEqual([
      'a-llm@1.0.0 -> a-llm@1.0.1',
      'a-llm@1.0.0 -> a-llm@1.1.0',
      'a-llm@1.0.1 -> a-llm@2.0.0',
      'a-llm@1.1.0 -> a-llm@2.0.0',
      'a-llm@1.1.0 -> b-llm@1.1.0',
      'a-llm@2.0.0 -> a-llm@3.0.0',
      'b-llm@1.1.0 -> b-llm@1.2.0',
      'b-llm@1.2.0 -> a-llm@3.0.0',
    ]);
    expect(lineage(c, 'a-llm@1.0.0', D.LINEAGE_DIRECTION_ANCESTORS)).toEqual({ nodes: ['a-llm@1.0.0'], edges: [], truncated: false });
  });

  it('returns exactly the descendants DAG, across models', () => {
    const { c } = build();
    expect(lineage(c, 'a-llm@1.1.0', D.LINEAGE_DIRECTION_DESCENDANTS)).toEqual({
      nodes: ['a-llm@1.1.0', 'a-llm@2.0.0', 'a-llm@3.0.0', 'b-llm@1.1.0', 'b-llm@1.2.0'],
      edges: ['a-llm@1.1.0 -> a-llm@2.0.0', 'a-llm@1.1.0 -> b-llm@1.1.0', 'a-llm@2.0.0 -> a-llm@3.0.0', 'b-llm@1.1.0 -> b-llm@1.2.0', 'b-llm@1.2.0 -> a-llm@3.0.0'],
      truncated: false,
    });
    expect(lineage(c, 'a-llm@1.0.0', D.LINEAGE_DIRECTION_DESCENDANTS, 1)).toEqual({
      nodes: ['a-llm@1.0.0', 'a-llm@1.0.1', 'a-llm@1.1.0'],
      edges: ['a-llm@1.0.0 -> a-llm@1.0.1', 'a-llm@1.0.0 -> a-llm@1.1.0'],
      truncated: false,
    });
  });

  it('walks both directions from the root (the default), and not sideways', () => {
    const { c } = build();
    const both = lineage(c, 'b-llm@1.1.0', D.LINEAGE_DIRECTION_BOTH, 1);
    expect(both).toEqual({ nodes: ['a-llm@1.1.0', 'b-llm@1.1.0', 'b-llm@1.2.0'], edges: ['a-llm@1.1.0 -> b-llm@1.1.0', 'b-llm@1.1.0 -> b-llm@1.2.0'], truncated: false });
    expect(lineage(c, 'b-llm@1.1.0', D.LINEAGE_DIRECTION_UNSPECIFIED, 1)).toEqual(both);
    // Depth 2 upward reaches a@1.0.0 but not its other child a@1.0.1.
    expect(lineage(c, 'b-llm@1.1.0', D.LINEAGE_DIRECTION_BOTH, 2).nodes).toEqual(['a-llm@1.0.0', 'a-llm@1.1.0', 'a-llm@3.0.0', 'b-llm@1.1.0', 'b-llm@1.2.0']);
  });

  it('refuses bad lineage requests and unverified or private sources', () => {
    const { c, alice, bob } = build();
    queryErr(c, '/aivm.versioning.v1.Query/Lineage', ver.QueryLineageRequest.encode({ model: 'a-llm', version: '1.0.0', depth: 65 }).finish(), VersioningErrors.InvalidLineageRequest);
    queryErr(c, '/aivm.versioning.v1.Query/Lineage', ver.QueryLineageRequest.encode({ model: 'a-llm', version: '1.0.0', direction: 9 as never }).finish(), VersioningErrors.InvalidLineageRequest);
    queryErr(c, '/aivm.versioning.v1.Query/Lineage', ver.QueryLineageRequest.encode({ model: 'a-llm', version: '9.0.0' }).finish(), VersioningErrors.VersionNotFound);
    // Forks and cross-model parents need a VERIFIED source.
    expectErr(c.exec(bob, [M.forkModel({ creator: bob.address, sourceModel: 'a-llm', sourceVersion: '2.0.0', name: 'c-llm' })]), VersioningErrors.ParentNotVerified);
    expectErr(c.exec(bob, [publishMsg(bob, 'b-llm', '1.3.0', { parents: [{ model: 'a-llm', version: '2.0.0' }] })]), VersioningErrors.ParentNotVerified);
    // A fork's name must be free; content is copied or given whole.
    expectErr(c.exec(bob, [M.forkModel({ creator: bob.address, sourceModel: 'a-llm', sourceVersion: '1.1.0', name: 'b-llm' })]), { codespace: 'registry', code: 2, name: 'model_exists' });
    expectErr(c.exec(bob, [M.forkModel({ creator: bob.address, sourceModel: 'a-llm', sourceVersion: '1.1.0', name: 'c-llm', size: 5 })]), VersioningErrors.InvalidForkContent);
    // Private sources need a grant (or ownership).
    ok(c, alice, M.setVisibility({ owner: alice.address, name: 'a-llm', visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT }));
    expectErr(c.exec(bob, [M.forkModel({ creator: bob.address, sourceModel: 'a-llm', sourceVersion: '1.1.0', name: 'c-llm' })]), VersioningErrors.ForkNotAllowed);
    expectErr(c.exec(bob, [publishMsg(bob, 'b-llm', '1.3.0', { parents: [{ model: 'a-llm', version: '1.1.0' }] })]), VersioningErrors.ForkNotAllowed);
    ok(c, alice, M.forkModel({ creator: alice.address, sourceModel: 'a-llm', sourceVersion: '1.1.0', name: 'c-llm', version: '0.1.0' }));
    ok(c, alice, M.grantAccess({ owner: alice.address, model: 'a-llm', version: '1.1.0', grantee: bob.address, purpose: 1 }));
    ok(c, bob, publishMsg(bob, 'b-llm', '1.3.0', { parents: [{ model: 'a-llm', version: '1.1.0' }] }));
    c.app.runInvariants();
  });
});
