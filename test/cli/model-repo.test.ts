// The model-repository commands of the real aivmd CLI (child processes) against one real
// `aivmd dev` node (300 ms blocks): kernel init/manifest/check, create a model, publish a version
// from a kernel directory, attest it as the validator operator, resolve latest and aliases, yank;
// module errors (authorization, attestation by a non-validator) by name; access grants with expiry.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExpires } from '../../client/cli/access.js';
import { moduleErrorName, parseRef } from '../../client/cli/model-common.js';
import { cleanupAll, makeTempDir, NodeProcess } from '../harness/node-process.js';
import { errorCode, json, runCli, type CliRun } from './helpers.js';

// Every test runs several CLI processes (~2 s each, more on a loaded machine).
jest.setTimeout(240_000);

/** Any syntactically valid CIDv1 (dag-pb, sha2-256, base32): uploads come in a later issue. */
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const MODEL = 'acme-sentiment';

let node: NodeProcess;
let q: string[];
let tx: string[];
let dev0: string;
let dev1: string;
let validator: string;
let work: string;
let kernel: string;
let tampered: string;

beforeAll(async () => {
  node = await NodeProcess.start({ accounts: 2, blockTimeMs: 300, logLevel: 'warn' });
  q = ['--home', node.home, '--node', node.url];
  tx = [...q, '--keyring-backend', 'test', '--yes'];
  const accounts = node.devAccounts();
  dev0 = accounts.find((a) => a.name === 'dev0')!.address;
  dev1 = accounts.find((a) => a.name === 'dev1')!.address;
  validator = accounts.find((a) => a.name === 'validator')!.address;
  work = makeTempDir('aivm-model-repo-cli-');
  kernel = join(work, 'kernel');
  tampered = join(work, 'tampered');
}, 150_000);

afterAll(async () => {
  await node?.stop();
  await cleanupAll();
}, 60_000);

function expectExit(r: CliRun, code: number): void {
  if (r.code !== code) throw new Error(`expected exit ${code}, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}\nnode stderr tail: ${node.stderr.slice(-2000)}`);
}

function sha256Hex(b: Uint8Array | string): string {
  return createHash('sha256').update(b).digest('hex');
}

/** The sum of the sizes of every regular file under `dir` (what publish --kernel sends as size). */
function kernelBytes(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).map((p) => statSync(join(dir, p))).filter((s) => s.isFile()).reduce((n, s) => n + s.size, 0);
}

describe('helpers', () => {
  test('parseExpires: Unix seconds, RFC 3339, +durations, never; bad input is BAD_FLAG', () => {
    const now = Date.UTC(2030, 0, 1); // 1893456000 s
    expect(parseExpires('1893456000', now)).toBe(1893456000);
    expect(parseExpires('2031-01-01T00:00:00Z', now)).toBe(1924992000);
    expect(parseExpires('2031-01-01T02:00:00+02:00', now)).toBe(1924992000);
    expect(parseExpires('+30d', now)).toBe(1893456000 + 30 * 86400);
    expect(parseExpires('+1w2d3h', now)).toBe(1893456000 + 9 * 86400 + 3 * 3600);
    expect(parseExpires('never', now)).toBe(0);
    for (const bad of ['+30', '+30y', '2031-02-30T00:00:00Z', 'tomorrow', '-5', '+0d', '2031-01-01']) {
      expect(() => parseExpires(bad, now)).toThrow(expect.objectContaining({ code: 'BAD_FLAG' }));
    }
  });

  test('module error names and references', () => {
    expect(moduleErrorName('versioning', 16)).toBe('NOT_PUBLISHER');
    expect(moduleErrorName('registry', 3)).toBe('MODEL_NOT_FOUND');
    expect(moduleErrorName('verification', 1)).toBe('NOT_VALIDATOR');
    expect(moduleErrorName('access', 2)).toBe('MODEL_NOT_PRIVATE');
    expect(moduleErrorName('versioning', 9999)).toBeUndefined();
    expect(parseRef('acme@1.2.0')).toEqual({ model: 'acme', version: '1.2.0' });
    expect(() => parseRef('acme')).toThrow(expect.objectContaining({ code: 'BAD_ARGS' }));
    expect(() => parseRef('a@b@c')).toThrow(expect.objectContaining({ code: 'BAD_ARGS' }));
  });
});

describe('aivmd kernel', () => {
  test('init + manifest + check: a scaffolded kernel with an extra file passes, with a stable report digest', async () => {
    const init = await runCli(['kernel', 'init', kernel, '--name', MODEL, '--version', '1.0.0', '-o', 'json']);
    expectExit(init, 0);
    expect(json(init).written).toContain('aivm.json');
    expect(JSON.parse(readFileSync(join(kernel, 'aivm.json'), 'utf8')).version).toBe('1.0.0');

    // A new file is unlisted until `kernel manifest` lists it.
    writeFileSync(join(kernel, 'README.txt'), 'acme sentiment kernel\n');
    const before = await runCli(['kernel', 'check', kernel]);
    expectExit(before, 1);
    expect(errorCode(before)).toBe('KERNEL_CHECK_FAILED');
    expect(before.stdout).toMatch(/^✗ files\.unlisted/m);

    const man = await runCli(['kernel', 'manifest', kernel, '-o', 'json']);
    expectExit(man, 0);
    expect(json(man).added).toEqual(['README.txt']);
    const listed = JSON.parse(readFileSync(join(kernel, 'aivm.json'), 'utf8')).files as Array<{ path: string; size: number; sha256: string }>;
    expect(listed.find((f) => f.path === 'README.txt')).toMatchObject({ size: 22, sha256: sha256Hex('acme sentiment kernel\n') });

    const [text, j] = await Promise.all([runCli(['kernel', 'check', kernel]), runCli(['kernel', 'check', kernel, '-o', 'json'])]);
    expectExit(text, 0);
    expectExit(j, 0);
    expect(text.stdout).toMatch(/^kernel check: PASS \(all 40 checks passed\)$/m);
    const r = json(j);
    expect(r.pass).toBe(true);
    expect(r.failed).toEqual([]);
    expect(r.report.checks).toHaveLength(40);
    expect(r.report.manifest_sha256).toBe(sha256Hex(readFileSync(join(kernel, 'aivm.json'))));
    expect(r.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(text.stdout).toContain(`report digest:   ${r.digest}`);
  });

  test('check on a tampered kernel exits 1 and names the failing check ids (text and JSON)', async () => {
    expectExit(await runCli(['kernel', 'init', tampered, '--name', MODEL, '--version', '1.0.1']), 0);
    appendFileSync(join(tampered, 'inference.py'), '# changed after the manifest was written\n');
    const [text, j] = await Promise.all([runCli(['kernel', 'check', tampered]), runCli(['kernel', 'check', tampered, '-o', 'json'])]);
    expectExit(text, 1);
    expectExit(j, 1);
    expect(errorCode(text)).toBe('KERNEL_CHECK_FAILED');
    expect(text.stderr).toContain('files.sha256');
    expect(text.stdout).toMatch(/^kernel check: FAIL/m);
    expect(text.stdout).toMatch(/^✗ files\.sha256 .*inference\.py/m);
    expect(text.stdout).toMatch(/^✓ manifest\.schema/m);
    const r = json(j);
    expect(r.pass).toBe(false);
    expect(r.failed).toEqual(expect.arrayContaining(['files.size', 'files.sha256']));
    expect(r.report.checks.find((c: any) => c.id === 'files.sha256').pass).toBe(false);
  });

  test('--params-from-chain uses the chain params (here: the genesis defaults, so the same digest)', async () => {
    const [local, chain] = await Promise.all([runCli(['kernel', 'check', kernel, '-o', 'json']), runCli(['kernel', 'check', kernel, '--params-from-chain', '-o', 'json', ...q])]);
    expectExit(local, 0);
    expectExit(chain, 0);
    expect(json(chain).params).toBe(`chain at ${node.url}`);
    expect(json(chain).digest).toBe(json(local).digest);
  });
});

describe('a model from creation to yank', () => {
  test('create-model (dev0) and query it', async () => {
    const r = await runCli(['tx', 'registry', 'create-model', MODEL, '--task', 'text-classification', '--tags', 'nlp,sentiment', '--license', 'Apache-2.0', '--description', 'positive or negative', '--from', 'dev0', ...tx]);
    expectExit(r, 0);
    expect(r.stdout).toMatch(/^code: +0 \(success\)$/m);
    expect(r.stdout).toContain(`created model ${MODEL} owned by ${dev0}`);

    const [j, text, byTag] = await Promise.all([
      runCli(['query', 'registry', 'model', MODEL, '-o', 'json', ...q]),
      runCli(['query', 'registry', 'model', MODEL, ...q]),
      runCli(['query', 'registry', 'models', '--tag', 'sentiment', '-o', 'json', ...q]),
    ]);
    expectExit(j, 0);
    expect(json(j)).toMatchObject({ name: MODEL, owner: dev0, maintainers: [], task: 'text-classification', tags: ['nlp', 'sentiment'], license: 'Apache-2.0', visibility: 'VISIBILITY_PUBLIC' });
    expect(json(j).created_height).toMatch(/^[1-9][0-9]*$/);
    expectExit(text, 0);
    expect(text.stdout).toMatch(/^owner: +aivm1/m);
    expect(text.stdout).toMatch(/^visibility: +public$/m);
    expectExit(byTag, 0);
    expect(json(byTag).models.map((m: any) => m.name)).toEqual([MODEL]);
  });

  test('publish refuses a tampered kernel before anything is sent', async () => {
    const r = await runCli(['tx', 'versioning', 'publish', MODEL, '1.0.1', '--cid', CID, '--kernel', tampered, '--from', 'dev0', ...tx]);
    expectExit(r, 1);
    expect(errorCode(r)).toBe('KERNEL_CHECK_FAILED');
    expect(r.stderr).toMatch(/^✗ files\.sha256/m);
    expect(r.stdout).toBe('');
    const v = await runCli(['query', 'versioning', 'version', MODEL, '1.0.1', ...q]);
    expectExit(v, 1);
    expect(errorCode(v)).toBe('VERSION_NOT_FOUND');
  });

  test('dev1 publishing to dev0\'s model exits 1 with the versioning module\'s error (versioning/16 not_publisher)', async () => {
    const r = await runCli(['tx', 'versioning', 'publish', MODEL, '1.0.0', '--cid', CID, '--kernel', kernel, '--from', 'dev1', ...tx]);
    expectExit(r, 1);
    expect(errorCode(r)).toBe('NOT_PUBLISHER');
    expect(r.stderr).toContain('codespace versioning, code 16');
    const v = await runCli(['query', 'versioning', 'version', MODEL, '1.0.0', ...q]);
    expectExit(v, 1);
    expect(errorCode(v)).toBe('VERSION_NOT_FOUND');
  });

  test('publish --kernel (dev0): size, manifest digest and public manifest come from the directory; the version is PENDING', async () => {
    const r = await runCli(['tx', 'versioning', 'publish', MODEL, '1.0.0', '--cid', CID, '--kernel', kernel, '--changelog', 'first release', '--from', 'dev0', '-o', 'json', ...tx]);
    expectExit(r, 0);
    const res = json(r);
    expect(res.code).toBe(0);
    expect(res.msg_responses[0].type_url).toBe('/aivm.versioning.v1.MsgPublishVersionResponse');
    const published = res.events.find((e: any) => e.type === 'aivm.versioning.v1.EventVersionPublished');
    expect(published).toBeDefined();

    const v = await runCli(['query', 'versioning', 'version', MODEL, '1.0.0', '-o', 'json', ...q]);
    expectExit(v, 0);
    const ver = json(v);
    const manifest = readFileSync(join(kernel, 'aivm.json'));
    expect(ver).toMatchObject({
      model: MODEL,
      version: '1.0.0',
      root_cid: CID,
      size: String(kernelBytes(kernel)),
      manifest_digest: sha256Hex(manifest),
      publisher: dev0,
      status: 'VERSION_STATUS_PENDING',
      changelog: 'first release',
      encrypted: false,
      yanked: false,
      parents: [],
    });
    const pm = JSON.parse(ver.public_manifest);
    expect(pm).toMatchObject({ schema: 'aivm.kernel/v1', name: MODEL, version: '1.0.0' });
    expect(pm.files).toBeUndefined();
    expect(Number(ver.deadline_height)).toBe(Number(ver.published_height) + 1000);
  });

  test('an attestation by a non-validator account is refused (verification/1 not_validator)', async () => {
    const r = await runCli(['tx', 'verification', 'attest', MODEL, '1.0.0', '--pass', '--kernel', kernel, '--from', 'dev0', ...tx]);
    expectExit(r, 1);
    expect(errorCode(r)).toBe('NOT_VALIDATOR');
    expect(r.stderr).toContain('codespace verification, code 1');
  });

  test('attest --pass --kernel --from validator: the report digest is computed locally and the version becomes VERIFIED', async () => {
    const check = await runCli(['kernel', 'check', kernel, '--params-from-chain', '-o', 'json', ...q]);
    expectExit(check, 0);
    const digest = json(check).digest as string;

    const r = await runCli(['tx', 'verification', 'attest', MODEL, '1.0.0', '--pass', '--kernel', kernel, '--from', 'validator', ...tx]);
    expectExit(r, 0);
    expect(r.stdout).toContain(`attested ${MODEL}@1.0.0 pass; the version is now VERIFIED`);

    const [v, tally, atts] = await Promise.all([
      runCli(['query', 'versioning', 'version', MODEL, '1.0.0', '-o', 'json', ...q]),
      runCli(['query', 'verification', 'tally', MODEL, '1.0.0', '-o', 'json', ...q]),
      runCli(['query', 'verification', 'attestations', MODEL, '1.0.0', '-o', 'json', ...q]),
    ]);
    expectExit(v, 0);
    expect(json(v).status).toBe('VERSION_STATUS_VERIFIED');
    expectExit(tally, 0);
    const t = json(tally);
    expect(t.status).toBe('VERSION_STATUS_VERIFIED');
    expect(t.pass_power).toBe(t.total_power);
    expect(t.pass_count).toBe(1);
    expectExit(atts, 0);
    expect(json(atts).attestations).toEqual([expect.objectContaining({ attester: validator, pass: true, report_digest: digest })]);
  });

  test('attest --pass with a kernel that is not the published one is refused locally (KERNEL_MISMATCH)', async () => {
    const other = join(work, 'other');
    expectExit(await runCli(['kernel', 'init', other, '--name', MODEL, '--version', '1.0.0', '--seed', '7']), 0);
    const r = await runCli(['tx', 'verification', 'attest', MODEL, '1.0.0', '--pass', '--kernel', other, '--from', 'validator', ...tx]);
    expectExit(r, 1);
    expect(errorCode(r)).toBe('KERNEL_MISMATCH');
  });

  test('resolve name, name@latest and name@1.0.0 return the verified version', async () => {
    const [latest, bare, exact, text] = await Promise.all([
      runCli(['query', 'versioning', 'resolve', `${MODEL}@latest`, '-o', 'json', ...q]),
      runCli(['query', 'versioning', 'resolve', MODEL, '-o', 'json', ...q]),
      runCli(['query', 'versioning', 'resolve', `${MODEL}@1.0.0`, '-o', 'json', ...q]),
      runCli(['query', 'versioning', 'resolve', `${MODEL}@latest`, ...q]),
    ]);
    for (const r of [latest, bare, exact, text]) expectExit(r, 0);
    expect(json(latest)).toMatchObject({ via: 'RESOLVED_VIA_LATEST', version: { model: MODEL, version: '1.0.0', status: 'VERSION_STATUS_VERIFIED', root_cid: CID } });
    expect(json(bare)).toMatchObject({ via: 'RESOLVED_VIA_LATEST', version: { version: '1.0.0' } });
    expect(json(exact)).toMatchObject({ via: 'RESOLVED_VIA_EXACT', version: { version: '1.0.0' } });
    expect(text.stdout).toMatch(new RegExp(`^${MODEL}@latest → ${MODEL}@1\\.0\\.0 via latest`, 'm'));
    expect(text.stdout).toMatch(/^status: +VERIFIED/m);
  });

  test('set-alias stable → resolve name@stable; aliases lists it', async () => {
    const r = await runCli(['tx', 'versioning', 'set-alias', MODEL, 'stable', '1.0.0', '--from', 'dev0', ...tx]);
    expectExit(r, 0);
    const [res, list] = await Promise.all([
      runCli(['query', 'versioning', 'resolve', `${MODEL}@stable`, '-o', 'json', ...q]),
      runCli(['query', 'versioning', 'aliases', MODEL, '-o', 'json', ...q]),
    ]);
    expectExit(res, 0);
    expect(json(res)).toMatchObject({ via: 'RESOLVED_VIA_ALIAS', alias: 'stable', version: { version: '1.0.0' } });
    expectExit(list, 0);
    expect(json(list).aliases).toEqual([expect.objectContaining({ model: MODEL, alias: 'stable', version: '1.0.0' })]);
  });

  test('yank: the version is marked, latest and the alias stop resolving, the exact version still resolves', async () => {
    const r = await runCli(['tx', 'versioning', 'yank', MODEL, '1.0.0', '--reason', 'wrong labels', '--from', 'dev0', ...tx]);
    expectExit(r, 0);
    const [v, latest, alias, exact] = await Promise.all([
      runCli(['query', 'versioning', 'version', MODEL, '1.0.0', '-o', 'json', ...q]),
      runCli(['query', 'versioning', 'resolve', `${MODEL}@latest`, ...q]),
      runCli(['query', 'versioning', 'resolve', `${MODEL}@stable`, ...q]),
      runCli(['query', 'versioning', 'resolve', `${MODEL}@1.0.0`, '-o', 'json', ...q]),
    ]);
    expectExit(v, 0);
    expect(json(v)).toMatchObject({ yanked: true, yank_reason: 'wrong labels', status: 'VERSION_STATUS_VERIFIED' });
    expectExit(latest, 1);
    expect(errorCode(latest)).toBe('NO_VERIFIED_VERSION');
    expect(latest.stderr).toContain('versioning/21');
    expectExit(alias, 1);
    expect(errorCode(alias)).toBe('ALIAS_TARGET_YANKED');
    expectExit(exact, 0);
    expect(json(exact).version.yanked).toBe(true);
  });

  test('unyank (owner) restores latest', async () => {
    expectExit(await runCli(['tx', 'versioning', 'unyank', MODEL, '1.0.0', '--from', 'dev0', ...tx]), 0);
    const latest = await runCli(['query', 'versioning', 'resolve', `${MODEL}@latest`, '-o', 'json', ...q]);
    expectExit(latest, 0);
    expect(json(latest).version).toMatchObject({ version: '1.0.0', yanked: false });
  });

  test('fork (dev1) makes a new model whose first version has the source as parent; lineage shows the edge', async () => {
    const r = await runCli(['tx', 'versioning', 'fork', `${MODEL}@1.0.0`, 'acme-fork', '--version', '2.0.0', '--task', 'text-classification', '--from', 'dev1', ...tx]);
    expectExit(r, 0);
    expect(r.stdout).toContain(`forked ${MODEL}@1.0.0 into acme-fork@2.0.0`);
    const [v, lin] = await Promise.all([
      runCli(['query', 'versioning', 'version', 'acme-fork', '2.0.0', '-o', 'json', ...q]),
      runCli(['query', 'versioning', 'lineage', `${MODEL}@1.0.0`, '--direction', 'descendants', '-o', 'json', ...q]),
    ]);
    expectExit(v, 0);
    expect(json(v)).toMatchObject({ publisher: dev1, root_cid: CID, parents: [{ model: MODEL, version: '1.0.0' }], status: 'VERSION_STATUS_PENDING' });
    expectExit(lin, 0);
    expect(json(lin).edges).toEqual([{ parent: { model: MODEL, version: '1.0.0' }, child: { model: 'acme-fork', version: '2.0.0' } }]);
  });
});

describe('access grants', () => {
  test('grant on a private model with --expires +30d and --version; grants and has-access show them; revoke', async () => {
    const create = await runCli([
      'tx', 'registry', 'create-model', 'acme-private', '--private',
      '--key-endpoint', '/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA',
      '--from', 'dev0', ...tx,
    ]);
    expectExit(create, 0);
    const before = Math.floor(Date.now() / 1000);
    const g = await runCli(['tx', 'access', 'grant', 'acme-private', dev1, '--purpose', 'execute', '--expires', '+30d', '--from', 'dev0', ...tx]);
    expectExit(g, 0);
    const after = Math.floor(Date.now() / 1000);

    const [byModel, has] = await Promise.all([
      runCli(['query', 'access', 'grants', '--model', 'acme-private', '-o', 'json', ...q]),
      runCli(['query', 'access', 'has-access', 'acme-private', dev1, '--purpose', 'execute', '-o', 'json', ...q]),
    ]);
    expectExit(byModel, 0);
    const grants = json(byModel).grants;
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({ active: true, grant: { model: 'acme-private', version: '', grantee: dev1, purpose: 'PURPOSE_EXECUTE', granter: dev0 } });
    const exp = Number(grants[0].grant.expires_at);
    expect(exp).toBeGreaterThanOrEqual(before + 30 * 86400);
    expect(exp).toBeLessThanOrEqual(after + 30 * 86400);
    expectExit(has, 0);
    expect(json(has).has_access).toBe(true);

    // An encrypted version (its stored size is the ciphertext's, given with --size), then a grant
    // of that one version for verification.
    const fingerprint = sha256Hex('content key fingerprint');
    const pub1 = await runCli([
      'tx', 'versioning', 'publish', 'acme-private', '1.0.0', '--cid', CID, '--kernel', kernel,
      '--encrypted', '--key-fingerprint', fingerprint, '--size', '123456', '--from', 'dev0', ...tx,
    ]);
    expectExit(pub1, 0);
    const v = await runCli(['query', 'versioning', 'version', 'acme-private', '1.0.0', '-o', 'json', ...q]);
    expectExit(v, 0);
    expect(json(v)).toMatchObject({ encrypted: true, key_fingerprint: fingerprint, size: '123456', manifest_digest: sha256Hex(readFileSync(join(kernel, 'aivm.json'))) });
    const gv = await runCli(['tx', 'access', 'grant', 'acme-private', dev1, '--purpose', 'verify', '--version', '1.0.0', '--expires', '2100-01-01T00:00:00Z', '--from', 'dev0', ...tx]);
    expectExit(gv, 0);
    const [hasV, hasOther] = await Promise.all([
      runCli(['query', 'access', 'has-access', 'acme-private', dev1, '--purpose', 'verify', '--version', '1.0.0', '-o', 'json', ...q]),
      runCli(['query', 'access', 'has-access', 'acme-private', dev1, '--purpose', 'verify', '--version', '2.0.0', '-o', 'json', ...q]),
    ]);
    expectExit(hasV, 0);
    expect(json(hasV)).toMatchObject({ has_access: true, grant: { version: '1.0.0', purpose: 'PURPOSE_VERIFY', expires_at: '4102444800' } });
    expectExit(hasOther, 0);
    expect(json(hasOther).has_access).toBe(false);

    // Grants exist for private models only: the access module's error by name.
    const pub = await runCli(['tx', 'access', 'grant', MODEL, dev1, '--purpose', 'verify', '--from', 'dev0', ...tx]);
    expectExit(pub, 1);
    expect(errorCode(pub)).toBe('MODEL_NOT_PRIVATE');

    expectExit(await runCli(['tx', 'access', 'revoke', 'acme-private', dev1, '--purpose', 'execute', '--from', 'dev0', ...tx]), 0);
    const left = await runCli(['query', 'access', 'grants', '--grantee', dev1, '-o', 'json', ...q]);
    expectExit(left, 0);
    expect(json(left).grants.map((e: any) => `${e.grant.version}/${e.grant.purpose}`)).toEqual(['1.0.0/PURPOSE_VERIFY']);
  });
});

describe('argument checks (no transaction is sent)', () => {
  test('publish without --cid, with a malformed CID, or without content flags is BAD_FLAG', async () => {
    const [noCid, badCid, noContent] = await Promise.all([
      runCli(['tx', 'versioning', 'publish', MODEL, '9.0.0', '--kernel', kernel, '--from', 'dev0', ...tx]),
      runCli(['tx', 'versioning', 'publish', MODEL, '9.0.0', '--cid', 'QmNotACidV1', '--kernel', kernel, '--from', 'dev0', ...tx]),
      runCli(['tx', 'versioning', 'publish', MODEL, '9.0.0', '--cid', CID, '--from', 'dev0', ...tx]),
    ]);
    for (const r of [noCid, badCid, noContent]) {
      expectExit(r, 1);
      expect(errorCode(r)).toBe('BAD_FLAG');
    }
    expect(noCid.stderr).toContain('--cid');
    expect(noContent.stderr).toContain('--public-manifest');
  });
});
