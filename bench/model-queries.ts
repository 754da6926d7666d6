// Benchmark: model-repository queries over HTTP abci_query — `Resolve` (name, name@latest,
// name@<exact>, name@<alias>) and filtered `Models` lists (ModelsByTag / ModelsByOwner, first page
// of 20, count_total false) — against a node holding 10,000 models and 100,000 versions, compared
// with a trivial node:http JSON-RPC handler (the ceiling) driven by the same load generator, with
// the same concurrency, keep-alive and duration, in the same run. Target: ≥ 50% of the ceiling.
//
// Each workload also runs against node/rpc's own server over a stub backend (constant answer), to
// separate the RPC layer's cost from the chain's. The node is measured twice: as the genesis import
// left it, then restarted on its stored state. Answers are decoded and checked against the genesis
// (the first 200 of each run, then one in BENCH_CHECK_EVERY); any failed answer fails the run.
//
//   npm run bench:repo
//   BENCH_SECONDS=4 BENCH_ROUNDS=1 BENCH_PHASES=restarted npm run bench:repo      (quicker)
//   BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench:repo     (profile the node)
//
// Environment: BENCH_MODELS (10000), BENCH_VERSIONS (100000), BENCH_CONCURRENCY (12),
// BENCH_SECONDS (8, per workload and per server), BENCH_WARMUP_SECONDS (2), BENCH_ROUNDS (2 per
// phase), BENCH_PHASES ("first,restarted"), BENCH_CHECK_EVERY (25), BENCH_RPC_STUB (0 skips the
// stub runs), BENCH_HOME (reuse a home and its chain data across runs), BENCH_KEEP_HOME=1.
import '../node/polyfills.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keyFromSeed } from '../client/signing/secp256k1.js';
import { initHome } from '../node/init.js';
import { aivm } from '../proto/index.js';
import { jsonRpcCall, processCpuSeconds, rpcBody, runLoad, startCeilingServer, startRpcStubServer, type JsonRpcAnswer, type LoadRequest, type LoadResult, type ServerProcess } from './http-load.js';
import { buildBenchState, prng, type BenchState } from './model-state.js';

const MODELS = Number(process.env.BENCH_MODELS ?? 10_000);
const VERSIONS = Number(process.env.BENCH_VERSIONS ?? 100_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 12);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CHECK_EVERY = Number(process.env.BENCH_CHECK_EVERY ?? 25);
/** Also measure node/rpc's server over a stub backend (the RPC layer alone); BENCH_RPC_STUB=0 skips it. */
const RPC_STUB = process.env.BENCH_RPC_STUB !== '0';
const PAGE = 20;
const TARGET = 0.5;
const CHAIN_ID = 'aivm-bench-repo-1';
const HOST = '127.0.0.1';

const RESOLVE = '/aivm.versioning.v1.Query/Resolve';
const VERSIONS_PATH = '/aivm.versioning.v1.Query/Versions';
const VERSION_PATH = '/aivm.versioning.v1.Query/Version';
const BY_TAG = '/aivm.registry.v1.Query/ModelsByTag';
const BY_OWNER = '/aivm.registry.v1.Query/ModelsByOwner';
const BY_PREFIX = '/aivm.registry.v1.Query/ModelsByPrefix';

const reg = aivm.registry.v1;
const ver = aivm.versioning.v1;
const Via = ver.ResolvedVia;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const unb64 = (s: string | undefined) => new Uint8Array(Buffer.from(s ?? '', 'base64'));
const load = () => loadavg().map((x) => +x.toFixed(2));
const secs = (ms: number) => +(ms / 1000).toFixed(2);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, HOST, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 32, timeout: 60_000 });


/** A JSON-RPC call; retried once when a kept-alive socket was closed by the server meanwhile. */
async function rpc<T = any>(port: number, method: string, params: Record<string, unknown>): Promise<T> {
  const url = `http://${HOST}:${port}/`;
  try {
    return await jsonRpcCall<T>(agent, url, method, params);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ECONNRESET' && code !== 'EPIPE') throw e;
    return jsonRpcCall<T>(agent, url, method, params);
  }
}

/** One abci_query; throws on a non-zero code; returns the protobuf answer. */
async function query(port: number, path: string, data: Uint8Array): Promise<Uint8Array> {
  const r = await rpc<{ response: { code: number; codespace: string; log: string; value: string } }>(port, 'abci_query', { path, data: hex(data) });
  if (r.response.code !== 0) throw new Error(`${path}: ${r.response.codespace}/${r.response.code} ${r.response.log}`);
  return unb64(r.response.value);
}

/** Resident memory of a process in MiB (Linux), or undefined. */
function rssMiB(pid: number): number | undefined {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024);
  } catch {
    return undefined;
  }
}

function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(what);
}

function responseValue(a: JsonRpcAnswer): Uint8Array {
  return unb64(a.result?.response?.value);
}

// ---- requests ----------------------------------------------------------------------------------

function abciBody(id: number, path: string, data: Uint8Array): { body: string; length: number } {
  return rpcBody(id, 'abci_query', { path, data: hex(data) });
}

/** A pool of random Resolve requests: a third latest (as "name" or "name@latest"), a third exact, a third alias. */
function resolveRequests(s: BenchState, n: number, seed: number): LoadRequest[] {
  const rnd = prng(seed);
  const withAlias = s.models.filter((m) => m.aliases.size > 0);
  const out: LoadRequest[] = [];
  for (let i = 0; i < n; i++) {
    const pick = i % 3;
    const m = pick === 2 ? withAlias[Math.floor(rnd() * withAlias.length)]! : s.models[Math.floor(rnd() * s.models.length)]!;
    let ref: string;
    let kind: string;
    let version: string;
    let via: number;
    let alias = '';
    if (pick === 0) {
      ref = rnd() < 0.5 ? m.name : `${m.name}@latest`;
      kind = 'resolve latest';
      version = m.latest;
      via = Via.RESOLVED_VIA_LATEST;
    } else if (pick === 1) {
      version = m.versions[Math.floor(rnd() * m.versions.length)]!;
      ref = `${m.name}@${version}`;
      kind = 'resolve exact';
      via = Via.RESOLVED_VIA_EXACT;
    } else {
      const aliases = [...m.aliases.keys()];
      alias = aliases[Math.floor(rnd() * aliases.length)]!;
      ref = `${m.name}@${alias}`;
      kind = 'resolve alias';
      version = m.aliases.get(alias)!;
      via = Via.RESOLVED_VIA_ALIAS;
    }
    const { body, length } = abciBody(i, RESOLVE, ver.QueryResolveRequest.encode({ ref }).finish());
    out.push({
      kind,
      body,
      length,
      check: (a) => {
        const r = ver.QueryResolveResponse.decode(responseValue(a));
        const v = r.version;
        check(!!v, `${ref}: no version in the answer`);
        check(v!.model === m.name && v!.version === version, `${ref}: got ${v!.model}@${v!.version}, expected ${m.name}@${version}`);
        check(r.via === via && r.alias === alias, `${ref}: via ${r.via}/${r.alias}, expected ${via}/${alias}`);
        check(v!.rootCid === m.rootCids.get(version), `${ref}: root_cid ${v!.rootCid} is not the genesis one`);
        check(v!.status === ver.VersionStatus.VERSION_STATUS_VERIFIED && !!v!.yanked === m.yanked.has(version), `${ref}: status ${v!.status}, yanked ${v!.yanked}`);
      },
    });
  }
  return out;
}

/** A pool of filtered Models requests: half by tag, half by owner; first page of PAGE, no count_total. */
function modelsRequests(s: BenchState, n: number, seed: number): LoadRequest[] {
  const rnd = prng(seed);
  const tags = [...s.byTag.keys()];
  const owners = [...s.byOwner.keys()];
  const pagination = { limit: PAGE, countTotal: false };
  const out: LoadRequest[] = [];
  for (let i = 0; i < n; i++) {
    const byTag = i % 2 === 0;
    const key = byTag ? tags[Math.floor(rnd() * tags.length)]! : owners[Math.floor(rnd() * owners.length)]!;
    const all = (byTag ? s.byTag : s.byOwner).get(key)!;
    const expected = all.slice(0, PAGE);
    const data = byTag ? reg.QueryModelsByTagRequest.encode({ tag: key, pagination }).finish() : reg.QueryModelsByOwnerRequest.encode({ owner: key, pagination }).finish();
    const { body, length } = abciBody(i, byTag ? BY_TAG : BY_OWNER, data);
    out.push({
      kind: byTag ? 'models by tag' : 'models by owner',
      body,
      length,
      check: (a) => {
        const r = reg.QueryModelsResponse.decode(responseValue(a));
        const names = r.models.map((m) => m.name);
        check(names.join() === expected.join(), `${byTag ? 'tag' : 'owner'} ${key}: got [${names.slice(0, 3).join()}…] (${names.length}), expected [${expected.slice(0, 3).join()}…] (${expected.length})`);
        for (const m of r.models) check(byTag ? (m.tags ?? []).includes(key) : m.owner === key, `${m.name} does not match ${key}`);
        check((r.pagination?.nextKey?.length ?? 0) > 0 === all.length > PAGE, `${key}: next_key is wrong for ${all.length} matches`);
        check(Number(r.pagination?.total ?? 0) === 0, `${key}: total given without count_total`);
      },
    });
  }
  return out;
}

function cycle(pool: readonly LoadRequest[]): () => LoadRequest {
  let i = 0;
  return () => pool[i++ % pool.length]!;
}

// ---- state checks ------------------------------------------------------------------------------

/** Checks that the genesis really is in the node's state: every model's version count, a sample of records. */
async function checkState(port: number, s: BenchState): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const all = reg.QueryModelsResponse.decode(await query(port, BY_PREFIX, reg.QueryModelsByPrefixRequest.encode({ prefix: '', pagination: { limit: 1, countTotal: true } }).finish()));
  check(Number(all.pagination?.total) === s.models.length, `ModelsByPrefix("") counts ${all.pagination?.total} models, expected ${s.models.length}`);
  // Every model's version count (Versions, limit 1, count_total): their sum must be the genesis's.
  let total = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < s.models.length) {
        const m = s.models[next++]!;
        const r = ver.QueryVersionsResponse.decode(await query(port, VERSIONS_PATH, ver.QueryVersionsRequest.encode({ model: m.name, pagination: { limit: 1, countTotal: true } }).finish()));
        check(Number(r.pagination?.total) === m.versions.length, `${m.name} has ${r.pagination?.total} versions in state, expected ${m.versions.length}`);
        check(r.versions[0]?.version === m.versions[0], `${m.name}: first version ${r.versions[0]?.version}, expected ${m.versions[0]}`);
        total += m.versions.length;
      }
    }),
  );
  check(total === s.versionCount, `state holds ${total} versions, expected ${s.versionCount}`);
  // A sample of full records, compared field by field with the genesis JSON.
  const rnd = prng(7);
  const sample = Array.from({ length: 200 }, () => s.versioning.versions[Math.floor(rnd() * s.versioning.versions.length)]!);
  for (const g of sample) {
    const v = ver.QueryVersionResponse.decode(await query(port, VERSION_PATH, ver.QueryVersionRequest.encode({ model: g.model, version: g.version }).finish())).version!;
    const same =
      v.rootCid === g.root_cid && String(v.size) === g.size && v.manifestDigest === g.manifest_digest && v.publicManifest === g.public_manifest && v.publisher === g.publisher &&
      v.changelog === g.changelog && !!v.yanked === g.yanked && (v.parents ?? []).map((p) => `${p.model}@${p.version}`).join() === g.parents.map((p) => `${p.model}@${p.version}`).join();
    check(same, `${g.model}@${g.version} in state differs from the genesis record`);
  }
  return { models: s.models.length, versions: total, records_compared: sample.length, seconds: secs(performance.now() - t0) };
}

// ---- main --------------------------------------------------------------------------------------

/** The ceiling for a round: the mean of the runs before and after the node's. */
const ceilingRps = (p: Pair) => (p.ceiling.rps + p.ceiling_after.rps) / 2;
/** Any ceiling figure averaged over the two runs. */
const bothCeilings = (f: (r: LoadResult) => number) => (p: Pair) => (f(p.ceiling) + f(p.ceiling_after)) / 2;

interface Pair {
  readonly workload: string;
  readonly round: number;
  readonly ceiling: LoadResult;
  /** The ceiling again right after the node's run: ratios use the mean of the two (this machine's speed drifts). */
  readonly ceiling_after: LoadResult;
  /** node/rpc's server over a stub backend (constant answer): the RPC layer without the chain. */
  readonly rpc_stub?: LoadResult;
  readonly node: LoadResult;
  readonly ratio: number;
  readonly rpc_stub_ratio?: number;
}

function line(label: string, r: LoadResult): string {
  const cpu = `cpu: generator ${r.generator_cpu_pct}%${r.server_cpu_pct !== undefined ? `, server ${r.server_cpu_pct}% = ${r.server_cpu_us_per_answer} µs/answer` : ''}`;
  return `  ${label.padEnd(8)} ${String(r.rps).padStart(6)} req/s  p50 ${r.p50_ms.toFixed(2)} ms  p99 ${r.p99_ms.toFixed(2)} ms  (${r.requests} answers, ${r.mean_response_bytes} B, ${r.failures} failed, ${r.checked} checked; ${cpu})`;
}

interface NodeProcess {
  readonly port: number;
  readonly pid: number;
  /** Seconds from spawn to the first RPC answer, and to height ≥ 1. */
  readonly rpcUpSeconds: number;
  readonly height1Seconds: number;
  readonly cpuSecondsAtStart?: number;
  readonly rssMiBAtStart?: number;
  stop(): Promise<void>;
}

/** Starts `aivmd start` on a home in its own process and waits for height ≥ 1. */
async function startNode(home: string): Promise<NodeProcess> {
  const port = await freePort();
  // BENCH_NODE_FLAGS passes flags to the node's process (e.g. "--cpu-prof --cpu-prof-dir=prof").
  // The node runs with the young-generation size docs/operations.md recommends for validators.
  const nodeFlags = ['--max-semi-space-size=64', ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean)];
  const aivmd = fileURLToPath(new URL('../bin/aivmd.js', import.meta.url));
  const t = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, aivmd, 'start', '--home', home, '--rpc-laddr', `${HOST}:${port}`, '--log-level', process.env.BENCH_LOG_LEVEL ?? 'warn'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const kill = () => {
    if (!exited) child.kill('SIGKILL');
  };
  process.on('exit', kill);
  let rpcUpSeconds = 0;
  for (;;) {
    if (exited) throw new Error('the node exited during start-up');
    try {
      const st = await rpc(port, 'status', {});
      if (!rpcUpSeconds) rpcUpSeconds = secs(performance.now() - t);
      if (Number(st.sync_info.latest_block_height) >= 1) break;
    } catch {
      // not up yet
    }
    if (performance.now() - t > 900_000) throw new Error('the node did not reach height 1 in 15 minutes');
    await sleep(50);
  }
  return {
    port,
    pid: child.pid!,
    rpcUpSeconds,
    height1Seconds: secs(performance.now() - t),
    cpuSecondsAtStart: processCpuSeconds(child.pid!),
    rssMiBAtStart: rssMiB(child.pid!),
    stop: async () => {
      if (!exited) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      process.off('exit', kill);
    },
  };
}

/** The node's JS heap and RSS from its Prometheus metrics (MiB). */
async function nodeMemory(port: number): Promise<{ heap_used_mib?: number; rss_mib?: number }> {
  const text = await new Promise<string>((resolve, reject) => {
    request({ host: HOST, port, path: '/metrics', method: 'GET', agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString()));
    })
      .on('error', reject)
      .end();
  }).catch(() => '');
  const metric = (name: string) => {
    const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)`, 'm').exec(text);
    return m ? Math.round(Number(m[1]) / 2 ** 20) : undefined;
  };
  return { heap_used_mib: metric('aivm_process_nodejs_heap_size_used_bytes'), rss_mib: metric('aivm_process_process_resident_memory_bytes') };
}

interface PhaseSummary {
  readonly phase: string;
  readonly node_start: Record<string, unknown>;
  readonly memory_before: Record<string, unknown>;
  readonly memory_after: Record<string, unknown>;
  readonly workloads: Record<string, Record<string, number | boolean>>;
  readonly runs: Pair[];
}

async function measurePhase(phase: string, node: NodeProcess, pools: Record<string, LoadRequest[]>, valueChars: Record<string, number>, valueBytes: Record<string, number>): Promise<PhaseSummary> {
  const memoryBefore = await nodeMemory(node.port);
  console.log(`\n== ${phase}: node heap ${memoryBefore.heap_used_mib ?? '?'} MiB, RSS ${memoryBefore.rss_mib ?? '?'} MiB`);
  const pairs: Pair[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [workload, pool] of Object.entries(pools)) {
      const run = async (server: ServerProcess): Promise<LoadResult> => {
        try {
          const r = await runLoad({ host: HOST, port: server.port, concurrency: CONCURRENCY, seconds: SECONDS, warmupSeconds: WARMUP, next: cycle(pool), checkEvery: 0, serverPid: server.pid });
          if (r.failures > 0) throw new Error(`${workload}: ${r.failures} failed answers from a reference server, first: ${r.first_failure}`);
          return r;
        } finally {
          await server.stop();
        }
      };
      // Ceiling, RPC layer alone, node, ceiling again: one after the other, so that all see the
      // same machine; the ratios use the mean of the two ceiling runs around the node's.
      const ceiling = await run(await startCeilingServer(valueChars[workload]!));
      const stub = RPC_STUB ? await run(await startRpcStubServer(valueBytes[workload]!)) : undefined;
      const result = await runLoad({ host: HOST, port: node.port, concurrency: CONCURRENCY, seconds: SECONDS, warmupSeconds: WARMUP, next: cycle(pool), checkEvery: CHECK_EVERY, serverPid: node.pid });
      if (result.failures > 0) throw new Error(`${workload}: ${result.failures} failed answers, first: ${result.first_failure}`);
      const ceilingAfter = await run(await startCeilingServer(valueChars[workload]!));
      const base = (ceiling.rps + ceilingAfter.rps) / 2;
      const ratio = result.rps / base;
      pairs.push({ workload, round, ceiling, ceiling_after: ceilingAfter, ...(stub ? { rpc_stub: stub, rpc_stub_ratio: +(stub.rps / base).toFixed(3) } : {}), node: result, ratio: +ratio.toFixed(3) });
      console.log(`${phase}, round ${round}, ${workload}: node ${(ratio * 100).toFixed(0)}% of the ceiling${stub ? ` (node/rpc over a stub backend: ${((stub.rps / base) * 100).toFixed(0)}%)` : ''}`);
      console.log(line('ceiling', ceiling));
      if (stub) console.log(line('rpc stub', stub));
      console.log(line('node', result));
      console.log(line('ceiling', ceilingAfter));
      for (const [k, v] of Object.entries(result.by_kind)) console.log(`    ${k.padEnd(16)} ${String(v.requests).padStart(7)} answers  p50 ${v.p50_ms.toFixed(2)} ms  p99 ${v.p99_ms.toFixed(2)} ms`);
    }
  }
  const workloads: Record<string, Record<string, number | boolean>> = {};
  for (const workload of Object.keys(pools)) {
    const ps = pairs.filter((p) => p.workload === workload);
    const mean = (f: (p: Pair) => number) => ps.reduce((a, p) => a + f(p), 0) / ps.length;
    workloads[workload] = {
      node_rps: Math.round(mean((p) => p.node.rps)),
      ceiling_rps: Math.round(mean(ceilingRps)),
      ratio: +mean((p) => p.node.rps / ceilingRps(p)).toFixed(3),
      min_ratio: +Math.min(...ps.map((p) => p.node.rps / ceilingRps(p))).toFixed(3),
      ...(RPC_STUB ? { rpc_stub_rps: Math.round(mean((p) => p.rpc_stub!.rps)), rpc_stub_ratio: +mean((p) => p.rpc_stub!.rps / ceilingRps(p)).toFixed(3) } : {}),
      node_p50_ms: +mean((p) => p.node.p50_ms).toFixed(2),
      node_p99_ms: +mean((p) => p.node.p99_ms).toFixed(2),
      ceiling_p50_ms: +mean(bothCeilings((r) => r.p50_ms)).toFixed(2),
      ceiling_p99_ms: +mean(bothCeilings((r) => r.p99_ms)).toFixed(2),
      node_server_cpu_pct: Math.round(mean((p) => p.node.server_cpu_pct ?? NaN)),
      ceiling_server_cpu_pct: Math.round(mean(bothCeilings((r) => r.server_cpu_pct ?? NaN))),
      node_cpu_us_per_answer: Math.round(mean((p) => p.node.server_cpu_us_per_answer ?? NaN)),
      ceiling_cpu_us_per_answer: Math.round(mean(bothCeilings((r) => r.server_cpu_us_per_answer ?? NaN))),
      ...(RPC_STUB ? { rpc_stub_cpu_us_per_answer: Math.round(mean((p) => p.rpc_stub!.server_cpu_us_per_answer ?? NaN)) } : {}),
      ceiling_generator_cpu_pct: Math.round(mean(bothCeilings((r) => r.generator_cpu_pct))),
      checked_answers: ps.reduce((a, p) => a + p.node.checked, 0),
      meets_target: mean((p) => p.node.rps / ceilingRps(p)) >= TARGET,
    };
  }
  const memoryAfter = await nodeMemory(node.port);
  return {
    phase,
    node_start: { rpc_up_seconds: node.rpcUpSeconds, height1_seconds: node.height1Seconds, cpu_seconds: node.cpuSecondsAtStart, rss_mib: node.rssMiBAtStart },
    memory_before: memoryBefore,
    memory_after: memoryAfter,
    workloads,
    runs: pairs,
  };
}

async function main() {
  const loadBefore = load();
  console.log(`aivm model-repository query benchmark: ${MODELS} models, ${VERSIONS} versions; ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB`);
  console.log(`load average before: ${loadBefore.join(' ')}`);

  // 1. The state, as genesis.
  let t = performance.now();
  const s = buildBenchState({ models: MODELS, versions: VERSIONS });
  const buildSeconds = secs(performance.now() - t);
  console.log(`built ${s.models.length} models, ${s.versionCount} versions (${s.yankedCount} yanked), ${s.aliasCount} aliases in ${buildSeconds} s`);

  // BENCH_HOME reuses a home across runs (its chain data too, so the genesis import is skipped).
  const keepHome = !!process.env.BENCH_KEEP_HOME || !!process.env.BENCH_HOME;
  const home = process.env.BENCH_HOME ?? mkdtempSync(join(tmpdir(), 'aivm-bench-repo-'));
  const reused = existsSync(join(home, 'config', 'genesis.json'));
  const removeHome = () => {
    if (!keepHome) rmSync(home, { recursive: true, force: true });
  };
  process.on('exit', removeHome);
  let genesisBytes = 0;
  let writeSeconds = 0;
  if (reused) {
    console.log(`reusing ${home} (its state must come from the same BENCH_MODELS/BENCH_VERSIONS)`);
  } else {
    const operator = keyFromSeed('bench/operator');
    const base = initHome({
      home,
      chainId: CHAIN_ID,
      moniker: 'bench',
      operatorAddress: operator.address,
      accounts: [{ address: operator.address, coins: [{ denom: 'uaivm', amount: '1000000000000' }] }],
      config: { log: { level: 'warn', format: 'text' } },
    });
    t = performance.now();
    const { paths } = initHome({
      home,
      chainId: CHAIN_ID,
      moniker: 'bench',
      overwrite: true,
      genesis: { ...base.genesis, app_state: { ...base.genesis.app_state, registry: s.registry, versioning: s.versioning } },
      config: { log: { level: 'warn', format: 'text' } },
    });
    genesisBytes = statSync(paths.genesis).size;
    writeSeconds = secs(performance.now() - t);
    console.log(`genesis.json: ${(genesisBytes / 2 ** 20).toFixed(1)} MiB, written in ${writeSeconds} s`);
  }

  // 2. The node, in its own process: first start (genesis import), checked against the genesis.
  let node = await startNode(home);
  console.log(
    `node${reused ? ' (restarted on existing state)' : ''}: RPC answering after ${node.rpcUpSeconds} s (${reused ? 'state load' : 'genesis import'}), height 1 after ${node.height1Seconds} s; ` +
      `${node.cpuSecondsAtStart?.toFixed(1) ?? '?'} s of CPU; RSS ${node.rssMiBAtStart ?? '?'} MiB`,
  );
  const stateCheck = await checkState(node.port, s);
  console.log(`state check: ${stateCheck.models} models, ${stateCheck.versions} versions (every model's count), ${stateCheck.records_compared} full records compared, in ${stateCheck.seconds} s`);

  // 3. Request pools and the real answers' sizes (for the reference servers' constant answers).
  // BENCH_WORKLOADS=resolve or =models measures one of them only.
  const wanted = (process.env.BENCH_WORKLOADS ?? 'resolve,models').split(',').filter(Boolean);
  const allPools: Record<string, () => LoadRequest[]> = { resolve: () => resolveRequests(s, 60_000, 1), models: () => modelsRequests(s, 20_000, 2) };
  const pools: Record<string, LoadRequest[]> = {};
  for (const w of wanted) {
    if (!allPools[w]) throw new Error(`unknown workload ${w} in BENCH_WORKLOADS (resolve, models)`);
    pools[w] = allPools[w]();
  }
  const valueChars: Record<string, number> = {};
  const valueBytes: Record<string, number> = {};
  for (const [name, pool] of Object.entries(pools)) {
    let sum = 0;
    for (const r of pool.slice(0, 300)) {
      const p = JSON.parse(r.body).params;
      const a = await rpc<{ response: { code: number; value: string } }>(node.port, 'abci_query', p);
      check(a.response.code === 0, `${name}: ${JSON.stringify(a.response).slice(0, 300)}`);
      r.check?.({ result: a });
      sum += a.response.value.length;
    }
    valueChars[name] = Math.round(sum / 300);
    valueBytes[name] = Math.round((valueChars[name]! * 3) / 4);
  }
  console.log(`answers: resolve ~${valueChars.resolve} base64 chars, models page ~${valueChars.models}; concurrency ${CONCURRENCY}, ${SECONDS} s per run after ${WARMUP} s warm-up, ${ROUNDS} round(s) per phase`);

  // 4. Phases: the node as genesis left it, then the same node restarted on its stored state
  //    (BENCH_PHASES=first,restarted; either may be left out).
  const phases = (process.env.BENCH_PHASES ?? 'first,restarted').split(',').filter(Boolean);
  const results: PhaseSummary[] = [];
  for (const phase of phases) {
    if (phase === 'restarted') {
      await node.stop();
      node = await startNode(home);
      console.log(`\nnode restarted on its stored state: RPC answering after ${node.rpcUpSeconds} s, height 1 after ${node.height1Seconds} s; RSS ${node.rssMiBAtStart ?? '?'} MiB`);
      await checkState(node.port, s);
    } else if (phase !== 'first') {
      throw new Error(`unknown phase ${phase} in BENCH_PHASES (first, restarted)`);
    }
    results.push(await measurePhase(phase === 'first' ? (reused ? 'first start (reused home)' : 'after genesis import') : 'after restart', node, pools, valueChars, valueBytes));
  }
  const loadAfter = load();
  agent.destroy();
  await node.stop();

  // 5. Summary.
  console.log('\nsummary (mean over rounds):');
  for (const r of results) {
    for (const [w, v] of Object.entries(r.workloads)) {
      console.log(
        `  ${r.phase.padEnd(22)} ${w.padEnd(8)} node ${v.node_rps} req/s (p50 ${v.node_p50_ms} ms, p99 ${v.node_p99_ms} ms) vs ceiling ${v.ceiling_rps} req/s (p50 ${v.ceiling_p50_ms} ms, p99 ${v.ceiling_p99_ms} ms): ` +
          `${((v.ratio as number) * 100).toFixed(0)}% (target ${TARGET * 100}%: ${v.meets_target ? 'met' : 'NOT met'})` +
          (v.rpc_stub_rps !== undefined ? `; node/rpc over a stub backend ${v.rpc_stub_rps} req/s = ${((v.rpc_stub_ratio as number) * 100).toFixed(0)}%` : '') +
          `; server CPU per answer: node ${v.node_cpu_us_per_answer} µs, ${v.rpc_stub_cpu_us_per_answer !== undefined ? `stub ${v.rpc_stub_cpu_us_per_answer} µs, ` : ''}ceiling ${v.ceiling_cpu_us_per_answer} µs`,
      );
    }
  }
  console.log(`load average before: ${loadBefore.join(' ')}, after: ${loadAfter.join(' ')}`);

  const result = {
    benchmark: 'model-queries',
    date: new Date().toISOString(),
    cores: cpus().length,
    cpu_model: cpus()[0]?.model,
    load_average_before: loadBefore,
    load_average_after: loadAfter,
    models: s.models.length,
    versions: s.versionCount,
    aliases: s.aliasCount,
    yanked: s.yankedCount,
    reused_home: reused,
    genesis_bytes: genesisBytes,
    state_build_seconds: buildSeconds,
    genesis_write_seconds: writeSeconds,
    state_check: stateCheck,
    concurrency: CONCURRENCY,
    seconds_per_run: SECONDS,
    warmup_seconds: WARMUP,
    rounds: ROUNDS,
    page_size: PAGE,
    answer_value_chars: valueChars,
    rpc_stub_value_bytes: RPC_STUB ? valueBytes : undefined,
    target_ratio: TARGET,
    phases: results,
  };
  mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  const out = fileURLToPath(new URL(`./results/model-queries-${Date.now()}.json`, import.meta.url));
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(`results: ${out}`);
  removeHome();
  process.off('exit', removeHome);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
