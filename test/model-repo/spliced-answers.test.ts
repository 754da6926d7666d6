// The registry and versioning queries answer by splicing the stored Model/Version records into
// the response (chain/proto-splice.ts) instead of decoding and re-encoding them. These tests
// check, over states written by transactions (a simulation) and by a randomized genesis with
// every optional field, that each answer is byte-for-byte the answer the generated encoder
// builds from the decoded records (what the queries answered before), and the right one.
import { describe, expect, it } from '@jest/globals';
import { canonicalJson } from '../../chain/genesis.js';
import { keyFromSeed } from '../../client/signing/secp256k1.js';
import type { aivm } from '../../proto/index.js';
import { TestChain } from '../harness/chain.js';
import { cidOf, hex, KEY_ENDPOINT, reg, ver } from './helpers.js';
import { mulberry32, simulate } from './sim.js';

type PageReq = aivm.registry.v1.PageRequest.$Properties;
const R = (m: string) => `/aivm.registry.v1.Query/${m}`;
const V = (m: string) => `/aivm.versioning.v1.Query/${m}`;
const bytes = (b: Uint8Array) => new Uint8Array(b);

/** A randomized genesis state: empty and non-ASCII fields, maintainers, key endpoints, forks, large heights, every status, yanks, deprecations, aliases. */
function randomGenesis(seed: number): { registry: unknown; versioning: unknown } {
  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const chance = (p: number) => rnd() < p;
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const height = () => String(pick([0, 1, int(1000), 2 ** 31 + int(1000), 2 ** 40 + int(1000), Number.MAX_SAFE_INTEGER]));
  const owners = Array.from({ length: 6 }, (_, i) => keyFromSeed(`spliced/${seed}/${i}`).address).sort();
  const TAGS = ['a', 'llm', 'vision', 'x'.repeat(32), 'onnx', 'small'];
  const models: unknown[] = [];
  const versions: unknown[] = [];
  const aliases: unknown[] = [];
  const names = Array.from({ length: 40 }, (_, i) => `${pick(['m', 'acme', 'zz.top', 'a_b'])}-${i}${chance(0.2) ? '-' + 'q'.repeat(1 + int(40)) : ''}`);
  for (const name of names) {
    const owner = pick(owners);
    const priv = chance(0.3);
    const maintainers = chance(0.4) ? owners.filter((a) => a !== owner && chance(0.4)) : [];
    models.push({
      name,
      owner,
      maintainers,
      description: pick(['', 'plain', 'non-ASCII: é ü 🤖 — 中文', 'multi\nline\twith tabs', 'd'.repeat(2000)]),
      task: pick(['', 'text-generation', 'asr']),
      tags: TAGS.filter(() => chance(0.3)).sort(),
      license: pick(['', 'Apache-2.0', 'MIT OR Apache-2.0']),
      model_card_uri: pick(['', `ipfs://${cidOf(name)}/README.md`, 'https://example.org/card.md']),
      visibility: priv ? 'VISIBILITY_PRIVATE' : 'VISIBILITY_PUBLIC',
      key_endpoint: priv ? { multiaddr: KEY_ENDPOINT.multiaddr, peer_id: KEY_ENDPOINT.peerId } : null,
      created_height: height(),
      updated_height: height(),
      forked_from_model: chance(0.2) ? pick(names) : '',
      forked_from_version: '',
    });
    const last = models[models.length - 1] as { forked_from_model: string; forked_from_version: string };
    if (last.forked_from_model !== '') last.forked_from_version = `${int(3)}.${int(3)}.${int(3)}`;
    const made: string[] = [];
    for (let j = 0, n = int(8); j < n; j++) {
      const version = `${j}.${int(3)}.${int(20)}${chance(0.25) ? pick(['-rc.1', '-alpha', '-beta.2.x']) : ''}`;
      const encrypted = priv && chance(0.5);
      const yanked = chance(0.2);
      const deprecated = chance(0.15);
      const status = pick(['VERSION_STATUS_VERIFIED', 'VERSION_STATUS_VERIFIED', 'VERSION_STATUS_REJECTED', 'VERSION_STATUS_EXPIRED']);
      versions.push({
        model: name,
        version,
        root_cid: cidOf(`${name}@${version}`),
        size: String(pick([1, 1_000_000, 2 ** 40 + int(100)])),
        manifest_digest: hex(`m ${name}@${version}`),
        public_manifest: canonicalJson({ runtime: { name: 'onnxruntime' }, note: pick(['', 'é🤖', 'x']) }),
        parents: made.length > 0 && chance(0.7) ? [{ model: name, version: pick(made) }] : [],
        changelog: pick(['', 'fixes', 'ünïcode 🤖']),
        encrypted,
        key_fingerprint: encrypted ? hex(`k ${name}@${version}`) : '',
        publisher: owner,
        status,
        published_height: height(),
        published_time: height(),
        deadline_height: height(),
        status_height: height(),
        yanked,
        yank_reason: yanked ? pick(['broken', 'kaputt — ü']) : '',
        deprecated,
        deprecation_reason: deprecated ? 'use 2.x' : '',
      });
      made.push(version);
      if (status === 'VERSION_STATUS_VERIFIED' && chance(0.5)) aliases.push({ model: name, alias: pick(['stable', 'prod', 'canary', 'a-b_c']), version, set_height: height() });
    }
  }
  // One alias per (model, alias): keep the last.
  const byKey = new Map(aliases.map((a) => [`${(a as { model: string }).model}@${(a as { alias: string }).alias}`, a]));
  return { registry: { models }, versioning: { versions, aliases: [...byKey.values()], mirrors: [] } };
}

/** Every registry/versioning query answer of a chain, checked against the re-encoded records. */
function checkAll(chain: TestChain, seed: number): number {
  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const chance = (p: number) => rnd() < p;
  const ctx = chain.ctx();
  const k = chain.keepers;
  const models = [...k.registry.models(ctx)];
  const byName = new Map(models.map((m) => [m.name, m]));
  expect(models.length).toBeGreaterThan(5);
  let checked = 0;
  const ok = (path: string, req: Uint8Array): Uint8Array => {
    const r = chain.query(path, req);
    if (r.code !== 0) throw new Error(`${path}: ${r.codespace}/${r.code} ${r.log}`);
    checked++;
    return bytes(r.value);
  };
  const randomPage = (names: readonly string[]): PageReq => {
    const p: PageReq = { limit: pick([0, 1, 2, 3, 20, 1000]), countTotal: chance(0.4), reverse: chance(0.3) };
    if (chance(0.3) && names.length > 0) p.key = new TextEncoder().encode(names[int(names.length)]!);
    else if (chance(0.3)) p.offset = int(5);
    return p;
  };
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

  // Lists: the models of the answer are the stored records, in the expected order.
  const lists: Array<[string, Uint8Array, string[]]> = [];
  const sortedNames = (f: (m: aivm.registry.v1.Model) => boolean) => models.filter(f).map((m) => m.name).sort();
  for (const owner of new Set(models.map((m) => m.owner))) {
    for (let i = 0; i < 4; i++) {
      const names = sortedNames((m) => m.owner === owner);
      const pagination = randomPage(names);
      lists.push([R('ModelsByOwner'), reg.QueryModelsByOwnerRequest.encode({ owner, pagination }).finish(), names]);
    }
  }
  for (const tag of new Set(models.flatMap((m) => m.tags))) {
    for (let i = 0; i < 4; i++) {
      const names = sortedNames((m) => m.tags.includes(tag));
      lists.push([R('ModelsByTag'), reg.QueryModelsByTagRequest.encode({ tag, pagination: randomPage(names) }).finish(), names]);
    }
  }
  for (const task of new Set(models.map((m) => m.task).filter((t) => t !== ''))) {
    const names = sortedNames((m) => m.task === task);
    lists.push([R('ModelsByTask'), reg.QueryModelsByTaskRequest.encode({ task, pagination: randomPage(names) }).finish(), names]);
  }
  for (const prefix of ['', 'm', 'acme-', 'model-', 'zz', 'nothing']) {
    for (let i = 0; i < 3; i++) {
      const names = sortedNames((m) => m.name.startsWith(prefix));
      lists.push([R('ModelsByPrefix'), reg.QueryModelsByPrefixRequest.encode({ prefix, pagination: randomPage(names) }).finish(), names]);
    }
  }
  for (const [path, req, names] of lists) {
    const value = ok(path, req);
    const got = reg.QueryModelsResponse.decode(value);
    const records = got.models.map((m) => byName.get(m.name ?? '')!);
    for (const m of got.models) expect(names).toContain(m.name);
    // What the query answered before: the decoded records and the page response, encoded.
    const before = reg.QueryModelsResponse.encode({ models: records, pagination: { nextKey: got.pagination?.nextKey ?? new Uint8Array(), total: got.pagination?.total ?? 0 } }).finish();
    expect(value).toEqual(bytes(before));
    expect(got.pagination).toBeTruthy();
  }

  for (const m of models) {
    expect(ok(R('Model'), reg.QueryModelRequest.encode({ name: m.name }).finish())).toEqual(bytes(reg.QueryModelResponse.encode({ model: m }).finish()));
    const all = [...k.versioning.allVersions(ctx)].filter((v) => v.model === m.name);
    for (let i = 0; i < 3; i++) {
      const pagination = randomPage([]);
      const value = ok(V('Versions'), ver.QueryVersionsRequest.encode({ model: m.name, pagination }).finish());
      const got = ver.QueryVersionsResponse.decode(value);
      const records = got.versions.map((v) => k.versioning.getVersion(ctx, m.name, v.version ?? '')!);
      expect(records.every((r) => r !== undefined)).toBe(true);
      expect(value).toEqual(bytes(ver.QueryVersionsResponse.encode({ versions: records, pagination: { nextKey: got.pagination?.nextKey ?? new Uint8Array(), total: got.pagination?.total ?? 0 } }).finish()));
    }
    for (const v of all) {
      expect(ok(V('Version'), ver.QueryVersionRequest.encode({ model: m.name, version: v.version }).finish())).toEqual(bytes(ver.QueryVersionResponse.encode({ version: v }).finish()));
      const exact = ok(V('Resolve'), ver.QueryResolveRequest.encode({ ref: `${m.name}@${v.version}` }).finish());
      expect(exact).toEqual(bytes(ver.QueryResolveResponse.encode({ version: v, via: ver.ResolvedVia.RESOLVED_VIA_EXACT, alias: '' }).finish()));
    }
    const latest = k.versioning.latest(ctx, m.name);
    for (const ref of [m.name, `${m.name}@latest`]) {
      const r = chain.query(V('Resolve'), ver.QueryResolveRequest.encode({ ref }).finish());
      if (!latest) {
        expect(r.code).not.toBe(0);
        continue;
      }
      expect(bytes(r.value)).toEqual(bytes(ver.QueryResolveResponse.encode({ version: latest, via: ver.ResolvedVia.RESOLVED_VIA_LATEST, alias: '' }).finish()));
      checked++;
    }
  }
  for (const a of k.versioning.allAliases(ctx)) {
    const target = k.versioning.getVersion(ctx, a.model, a.version)!;
    const r = chain.query(V('Resolve'), ver.QueryResolveRequest.encode({ ref: `${a.model}@${a.alias}` }).finish());
    if (target.yanked) {
      expect(r.log).toContain('which is yanked');
      continue;
    }
    expect(bytes(r.value)).toEqual(bytes(ver.QueryResolveResponse.encode({ version: target, via: ver.ResolvedVia.RESOLVED_VIA_ALIAS, alias: a.alias }).finish()));
    checked++;
  }
  return checked;
}

describe('answers spliced from stored records', () => {
  it('equal the re-encoded records over a state written by transactions', () => {
    const { chain } = simulate(5, 40);
    expect(checkAll(chain, 1)).toBeGreaterThan(100);
  });

  it('equal the re-encoded records over a randomized genesis with every optional field', () => {
    for (const seed of [1, 2, 3]) {
      const chain = TestChain.create({ appState: randomGenesis(seed) });
      const ctx = chain.ctx();
      const models = [...chain.keepers.registry.models(ctx)];
      // The generator covers what it should.
      expect(models.some((m) => m.keyEndpoint)).toBe(true);
      expect(models.some((m) => m.maintainers.length > 0)).toBe(true);
      expect(models.some((m) => m.tags.length === 0 && m.description === '')).toBe(true);
      expect([...chain.keepers.versioning.allVersions(ctx)].some((v) => v.yanked)).toBe(true);
      expect(checkAll(chain, seed)).toBeGreaterThan(200);
    }
  });
});
