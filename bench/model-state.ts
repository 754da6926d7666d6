// A deterministic model-repository state for benchmarks: N models (varied owners, tags, tasks,
// some maintainers) and exactly V versions (all VERIFIED, a few yanked, some prereleases, each
// version the parent of the next), with aliases — in the modules' genesis JSON formats
// (modules/{registry,versioning}/genesis.ts), plus what a benchmark needs to check answers.
import { createHash } from 'node:crypto';
import { toAddress } from '../chain/address.js';
import { canonicalJson } from '../chain/genesis.js';
import type { ModelJson, RegistryGenesis } from '../modules/registry/genesis.js';
import type { AliasJson, VersionJson, VersioningGenesis } from '../modules/versioning/genesis.js';

export interface ModelSpec {
  readonly name: string;
  readonly owner: string;
  readonly tags: readonly string[];
  readonly task: string;
  /** Version strings in ascending semver precedence. */
  readonly versions: readonly string[];
  readonly yanked: ReadonlySet<string>;
  /** The highest VERIFIED, non-yanked version. */
  readonly latest: string;
  readonly aliases: ReadonlyMap<string, string>;
  /** Fields of each version record that a check can compare (root CID by version). */
  readonly rootCids: ReadonlyMap<string, string>;
}

export interface BenchState {
  readonly registry: RegistryGenesis;
  readonly versioning: VersioningGenesis;
  readonly models: readonly ModelSpec[];
  readonly byName: ReadonlyMap<string, ModelSpec>;
  /** Model names per tag / per owner, sorted by name (the order of the by-tag/by-owner indexes). */
  readonly byTag: ReadonlyMap<string, readonly string[]>;
  readonly byOwner: ReadonlyMap<string, readonly string[]>;
  readonly versionCount: number;
  readonly aliasCount: number;
  readonly yankedCount: number;
}

/** mulberry32: a small seeded PRNG, so that every run builds the same state. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += B32[(value >>> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

/** A CIDv1 (raw codec, sha2-256) in base32 multibase: 59 characters, "bafkrei…". */
export function rawCid(content: string): string {
  const digest = createHash('sha256').update(content).digest();
  return 'b' + base32(Uint8Array.from([0x01, 0x55, 0x12, 0x20, ...digest]));
}

const sha256hex = (s: string) => createHash('sha256').update(s).digest('hex');
const address = (seed: string) => toAddress(new Uint8Array(createHash('sha256').update(seed).digest().subarray(0, 20)));

const WORDS = ['acme', 'nova', 'orbit', 'lumen', 'quark', 'atlas', 'ember', 'delta', 'zephyr', 'onyx', 'pico', 'terra', 'helix', 'vega', 'nimbus', 'cobalt'];
const KINDS = ['llm', 'vit', 'asr', 'tts', 'embed', 'diffusion', 'ocr', 'rerank', 'seg', 'det'];
const TASKS = ['text-generation', 'image-classification', 'speech-recognition', 'text-to-speech', 'feature-extraction', 'text-to-image', 'object-detection', 'image-segmentation', 'translation', 'summarization', 'question-answering', 'fill-mask'];
const LICENSES = ['Apache-2.0', 'MIT', 'CC-BY-4.0', 'MIT OR Apache-2.0', 'LicenseRef-proprietary', 'BSD-3-Clause'];
export const TAGS = Array.from({ length: 64 }, (_, i) =>
  ['en', 'fr', 'de', 'zh', 'ja', 'multilingual', 'quantized', 'int8', 'int4', 'fp16', 'gguf', 'onnx', 'safetensors', 'lora', 'chat', 'instruct',
    'code', 'math', 'vision', 'audio', 'small', 'medium', 'large', 'edge', 'mobile', 'gpu', 'cpu', 'distilled', 'merged', 'base', 'rlhf', 'dpo'][i] ?? `topic-${i - 31}`,
);
const ALIASES: ReadonlyArray<readonly [string, number]> = [['stable', 0.6], ['prod', 0.3], ['canary', 0.1]];

/**
 * Builds the state. Version counts per model vary from 1 to 19 around the mean and add up to
 * exactly `versions` (which must be `models × mean` with an integer mean ≥ 10).
 */
export function buildBenchState(o: { models: number; versions: number; owners?: number; seed?: number; genesisSeconds?: number }): BenchState {
  const rnd = prng(o.seed ?? 42);
  const nOwners = o.owners ?? 500;
  const mean = o.versions / o.models;
  if (!Number.isInteger(mean) || mean < 10) throw new Error(`versions (${o.versions}) must be an integer multiple (≥ 10) of models (${o.models})`);
  const owners = Array.from({ length: nOwners }, (_, i) => address(`bench/owner/${i}`));
  // Counts: pairs (2i, 2i+1) trade d ∈ [0, 9]: every count is in [mean-9, mean+9] and the sum is exact.
  const counts = new Array<number>(o.models).fill(mean);
  for (let i = 0; i + 1 < o.models; i += 2) {
    const d = Math.floor(rnd() * 10);
    counts[i]! += d;
    counts[i + 1]! -= d;
  }
  const t = o.genesisSeconds ?? 1_700_000_000;
  const modelsJson: ModelJson[] = [];
  const versionsJson: VersionJson[] = [];
  const aliasesJson: AliasJson[] = [];
  const specs: ModelSpec[] = [];
  let yankedCount = 0;
  for (let i = 0; i < o.models; i++) {
    const name = `${WORDS[i % WORDS.length]}-${KINDS[Math.floor(i / WORDS.length) % KINDS.length]}-${String(i).padStart(5, '0')}`;
    // Skewed ownership: a few owners hold many models, most hold a few.
    const owner = owners[Math.floor(nOwners * rnd() ** 2)]!;
    const tagSet = new Set<string>();
    const nTags = 1 + Math.floor(rnd() * 6);
    while (tagSet.size < nTags) tagSet.add(TAGS[Math.floor(TAGS.length * rnd() ** 1.5)]!);
    const tags = [...tagSet].sort();
    const task = TASKS[Math.floor(rnd() * TASKS.length)]!;
    const maintainers: string[] = [];
    if (rnd() < 0.2) {
      const m = new Set<string>();
      const n = 1 + Math.floor(rnd() * 2);
      while (m.size < n) {
        const a = owners[Math.floor(rnd() * nOwners)]!;
        if (a !== owner) m.add(a);
      }
      maintainers.push(...[...m].sort());
    }
    modelsJson.push({
      name,
      owner,
      maintainers,
      description: `${name}: a ${task.replace(/-/g, ' ')} model (benchmark data).\nTrained on synthetic data; see the model card.`,
      task,
      tags,
      license: LICENSES[i % LICENSES.length]!,
      model_card_uri: `https://models.example.org/${name}/card.md`,
      visibility: 'VISIBILITY_PUBLIC',
      key_endpoint: null,
      created_height: '0',
      updated_height: '0',
      forked_from_model: '',
      forked_from_version: '',
    });
    const versions: string[] = [];
    const yanked = new Set<string>();
    const rootCids = new Map<string, string>();
    for (let j = 0; j < counts[i]!; j++) {
      const base = `${Math.floor(j / 4)}.${j % 4}.0`;
      const version = j % 7 === 3 ? `${base}-rc.1` : base;
      const isYanked = j > 0 && rnd() < 0.03;
      const cid = rawCid(`${name}@${version}`);
      versions.push(version);
      rootCids.set(version, cid);
      if (isYanked) {
        yanked.add(version);
        yankedCount++;
      }
      versionsJson.push({
        model: name,
        version,
        root_cid: cid,
        size: String(1_000_000 + Math.floor(rnd() * 8_000_000_000)),
        manifest_digest: sha256hex(`aivm.json/${name}@${version}`),
        public_manifest: canonicalJson({ runtime: 'aivm-kernel/1', entrypoint: 'main', hardware: { gpu: j % 2 === 0, min_memory_mb: 2048 * (1 + (j % 4)) }, io: { input: 'text', output: 'text' } }),
        parents: j > 0 ? [{ model: name, version: versions[j - 1]! }] : [],
        changelog: j > 0 ? `Changes since ${versions[j - 1]}: better evals, smaller kernel.` : 'First release.',
        encrypted: false,
        key_fingerprint: '',
        publisher: owner,
        status: 'VERSION_STATUS_VERIFIED',
        published_height: '0',
        published_time: String(t),
        deadline_height: '1000',
        status_height: '0',
        yanked: isYanked,
        yank_reason: isYanked ? 'broken tokenizer' : '',
        deprecated: false,
        deprecation_reason: '',
      });
    }
    const eligible = versions.filter((v) => !yanked.has(v));
    const latest = eligible[eligible.length - 1]!;
    const aliases = new Map<string, string>();
    for (const [alias, p] of ALIASES) {
      if (rnd() < p) {
        const target = eligible[Math.floor(rnd() * eligible.length)]!;
        aliases.set(alias, target);
      }
    }
    for (const alias of [...aliases.keys()].sort()) aliasesJson.push({ model: name, alias, version: aliases.get(alias)!, set_height: '0' });
    specs.push({ name, owner, tags, task, versions, yanked, latest, aliases, rootCids });
  }
  const byTag = new Map<string, string[]>();
  const byOwner = new Map<string, string[]>();
  for (const m of specs) {
    for (const tag of m.tags) {
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)!.push(m.name);
    }
    if (!byOwner.has(m.owner)) byOwner.set(m.owner, []);
    byOwner.get(m.owner)!.push(m.name);
  }
  for (const l of [...byTag.values(), ...byOwner.values()]) l.sort();
  return {
    registry: { models: modelsJson },
    versioning: { versions: versionsJson, aliases: aliasesJson, mirrors: [] },
    models: specs,
    byName: new Map(specs.map((m) => [m.name, m])),
    byTag,
    byOwner,
    versionCount: versionsJson.length,
    aliasCount: aliasesJson.length,
    yankedCount,
  };
}
