// Bad input across the four modules: each is refused with a stable code and a message that says
// what was wrong, and nothing is written.
import { describe, expect, it } from '@jest/globals';
import { canonicalJson } from '../../chain/genesis.js';
import type { ErrorCode } from '../../chain/errors.js';
import type { EncodedMsg } from '../../client/signing/tx-builder.js';
import { AccessErrors } from '../../modules/access/errors.js';
import { RegistryErrors } from '../../modules/registry/errors.js';
import { VerificationErrors } from '../../modules/verification/errors.js';
import { VersioningErrors } from '../../modules/versioning/errors.js';
import { TestChain } from '../harness/chain.js';
import { ARWEAVE_TX, attestMsg, cidOf, createModelMsg, expectErr, hex, KEY_ENDPOINT, M, moduleEntries, ok, publishMsg, Purpose, Visibility } from './helpers.js';

describe('bad input', () => {
  const c = TestChain.create({ accounts: ['alice'], validatorPowers: [10] });
  const alice = c.account('alice');
  const val = c.account('val0');
  ok(c, alice, createModelMsg(alice, 'acme-llm'), createModelMsg(alice, 'secret-llm', { visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: KEY_ENDPOINT }));
  ok(c, alice, publishMsg(alice, 'acme-llm', '1.0.0'));

  const cases: Array<[string, EncodedMsg, ErrorCode, string]> = [
    ['a two-letter name', createModelMsg(alice, 'ab'), RegistryErrors.InvalidName, 'at least 3'],
    ['an uppercase name', createModelMsg(alice, 'AcmeLLM'), RegistryErrors.InvalidName, 'lowercase'],
    ['a name with a slash', createModelMsg(alice, 'acme/llm'), RegistryErrors.InvalidName, 'may only hold'],
    ['a 65-character name', createModelMsg(alice, 'a'.repeat(65)), RegistryErrors.InvalidName, 'at most 64'],
    ['an oversized description', createModelMsg(alice, 'big-llm', { description: 'é'.repeat(1025) }), RegistryErrors.InvalidDescription, '2050 bytes'],
    ['a bad multiaddr', createModelMsg(alice, 'p-llm', { visibility: Visibility.VISIBILITY_PRIVATE, keyEndpoint: { multiaddr: '/ip4/1.2.3.4/tcp/99999', peerId: KEY_ENDPOINT.peerId } }), RegistryErrors.InvalidKeyEndpoint, '99999'],
    ['an unknown model (metadata)', M.updateModel({ sender: alice.address, name: 'ghost-llm', description: 'x' }), RegistryErrors.ModelNotFound, 'ghost-llm'],
    ['an unknown model (publish)', publishMsg(alice, 'ghost-llm', '1.0.0'), RegistryErrors.ModelNotFound, 'ghost-llm'],
    ['semver without patch', publishMsg(alice, 'acme-llm', '1.2'), VersioningErrors.InvalidVersion, 'MAJOR.MINOR.PATCH'],
    ['semver with a leading zero', publishMsg(alice, 'acme-llm', '1.02.0'), VersioningErrors.InvalidVersion, 'leading zero'],
    ['semver with a v', publishMsg(alice, 'acme-llm', 'v1.2.0'), VersioningErrors.InvalidVersion, 'drop it'],
    ['semver with build metadata', publishMsg(alice, 'acme-llm', '1.2.0+sha.5114f85'), VersioningErrors.BuildMetadataNotAllowed, 'build metadata'],
    ['a CIDv0', publishMsg(alice, 'acme-llm', '2.0.0', { rootCid: 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG' }), VersioningErrors.InvalidCid, 'CIDv0'],
    ['a truncated CID', publishMsg(alice, 'acme-llm', '2.0.0', { rootCid: cidOf('x').slice(0, 40) }), VersioningErrors.InvalidCid, '59'],
    ['a dag-cbor CID', publishMsg(alice, 'acme-llm', '2.0.0', { rootCid: cidOf('x', 0x71) }), VersioningErrors.InvalidCid, 'codec'],
    ['an oversized public manifest', publishMsg(alice, 'acme-llm', '2.0.0', { publicManifest: canonicalJson({ x: 'y'.repeat(20000) }) }), VersioningErrors.InvalidPublicManifest, '16384'],
    ['an oversized changelog', publishMsg(alice, 'acme-llm', '2.0.0', { changelog: 'z'.repeat(5000) }), VersioningErrors.InvalidChangelog, '4096'],
    ['an uppercase manifest digest', publishMsg(alice, 'acme-llm', '2.0.0', { manifestDigest: hex('m').toUpperCase() }), VersioningErrors.InvalidManifestDigest, 'lowercase hex'],
    ['an unknown version', M.yankVersion({ sender: alice.address, model: 'acme-llm', version: '4.0.0', reason: 'x' }), VersioningErrors.VersionNotFound, '4.0.0'],
    ['an oversized yank reason', M.yankVersion({ sender: alice.address, model: 'acme-llm', version: '1.0.0', reason: 'r'.repeat(600) }), VersioningErrors.InvalidReason, '512'],
    ['an Arweave id of the wrong length', M.recordMirror({ sender: alice.address, model: 'acme-llm', version: '1.0.0', arweaveTxId: ARWEAVE_TX('a').slice(1) }), VersioningErrors.InvalidArweaveTxId, '43'],
    ['an attestation of an unknown model', attestMsg(val, 'ghost-llm', '1.0.0'), RegistryErrors.ModelNotFound, 'ghost-llm'],
    ['a short report digest', M.attestVersion({ attester: val.address, model: 'acme-llm', version: '1.0.0', pass: true, reportDigest: 'abc' }), VerificationErrors.InvalidReportDigest, 'sha256'],
    ['a grant without purpose', M.grantAccess({ owner: alice.address, model: 'secret-llm', grantee: val.address }), AccessErrors.InvalidPurpose, 'PURPOSE_EXECUTE'],
    ['a grant on an unknown model', M.grantAccess({ owner: alice.address, model: 'ghost-llm', grantee: val.address, purpose: Purpose.PURPOSE_EXECUTE }), RegistryErrors.ModelNotFound, 'ghost-llm'],
  ];

  it.each(cases)('%s', (_name, msg, code, mention) => {
    const signer = msg.typeUrl.endsWith('MsgAttestVersion') ? val : alice;
    const before = moduleEntries(c);
    const r = c.exec(signer, [msg]);
    expectErr(r, code);
    expect(r.log).toContain(mention);
    expect(moduleEntries(c)).toEqual(before);
  });
});
