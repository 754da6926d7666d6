// A closed-loop HTTP load generator (node:http, one keep-alive Agent, N concurrent workers) and
// the ceiling it is compared with: a trivial node:http JSON-RPC handler in a child process.
// Both the real server and the ceiling are driven by the same code, with the same requests,
// concurrency and duration, so that the ratio between them measures the server alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, request, type IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';

export interface LoadRequest {
  /** A label for per-kind latencies (e.g. "latest", "alias"). */
  readonly kind: string;
  /** The JSON-RPC POST body. */
  readonly body: string;
  readonly length: number;
  /** Full check of a (sampled) answer; throws when it is wrong. */
  readonly check?: (answer: JsonRpcAnswer) => void;
}

export interface JsonRpcAnswer {
  readonly id?: unknown;
  readonly result?: { response?: { code?: number; log?: string; value?: string } };
  readonly error?: unknown;
}

export interface LoadOptions {
  readonly host: string;
  readonly port: number;
  readonly concurrency: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  /** The next request to send (called once per request). */
  readonly next: () => LoadRequest;
  /** Run the request's full check on the first 200 answers and then on one in `checkEvery`; 0 = never (the ceiling). */
  readonly checkEvery: number;
  /** The server's pid, to report its CPU use over the measured window (Linux /proc). */
  readonly serverPid?: number;
}

export interface KindStats {
  readonly requests: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
}

export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly rps: number;
  readonly p50_ms: number;
  readonly p90_ms: number;
  readonly p99_ms: number;
  readonly max_ms: number;
  /** Answers that were not JSON-RPC results with response.code 0 (must be 0). */
  readonly failures: number;
  readonly first_failure?: string;
  /** Answers fully decoded and checked (all passed, or the run throws). */
  readonly checked: number;
  readonly mean_response_bytes: number;
  readonly by_kind: Record<string, KindStats>;
  /** CPU of the load generator and of the server over the window, in % of one core. */
  readonly generator_cpu_pct: number;
  readonly server_cpu_pct?: number;
  /** Server CPU time per answer over the window (all of the server's threads), in µs. */
  readonly server_cpu_us_per_answer?: number;
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const CLK_TCK = 100; // Linux USER_HZ

/** utime + stime from a /proc stat file, in seconds; undefined if it cannot be read. */
function statCpuSeconds(path: string): number | undefined {
  try {
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return undefined;
  }
}

/** utime + stime of a process in seconds, or undefined off Linux. */
export function processCpuSeconds(pid: number): number | undefined {
  return statCpuSeconds(`/proc/${pid}/stat`);
}

/** utime + stime of each thread of a process in seconds, by thread id (empty off Linux). */
export function threadCpuSeconds(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    const s = statCpuSeconds(`/proc/${pid}/task/${tid}/stat`);
    if (s !== undefined) out.set(Number(tid), s); // else the thread ended
  }
  return out;
}

/** A JSON-RPC POST body with its byte length. */
export function rpcBody(id: number, method: string, params: Record<string, unknown>): { body: string; length: number } {
  const body = JSON.stringify({ jsonrpc: '2.0', id, method, params });
  return { body, length: Buffer.byteLength(body) };
}

/** POSTs a JSON body over `agent` to a URL or host/port; resolves with the answer's text. */
function postJson(agent: Agent, to: string | { host: string; port: number }, body: string, length = Buffer.byteLength(body)): Promise<string> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': length };
    const onResponse = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    };
    const req = typeof to === 'string' ? request(to, { method: 'POST', agent, headers }, onResponse) : request({ ...to, path: '/', method: 'POST', agent, headers }, onResponse);
    req.on('error', reject);
    req.end(body);
  });
}

/** One JSON-RPC call over `agent`: the result, or an Error carrying the JSON-RPC error. */
export async function jsonRpcCall<T = any>(agent: Agent, url: string, method: string, params: Record<string, unknown>): Promise<T> {
  const { body, length } = rpcBody(1, method, params);
  const j = JSON.parse(await postJson(agent, url, body, length));
  if (j.error) throw new Error(JSON.stringify(j.error));
  return j.result as T;
}

function post(agent: Agent, host: string, port: number, r: LoadRequest): Promise<string> {
  return postJson(agent, { host, port }, r.body, r.length);
}

/** Runs the load for warmupSeconds + seconds; statistics cover the last `seconds` only. */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: o.concurrency, maxFreeSockets: o.concurrency });
  const t0 = performance.now();
  const measureFrom = t0 + o.warmupSeconds * 1000;
  const measureTo = measureFrom + o.seconds * 1000;
  const latencies: number[] = [];
  const byKind = new Map<string, number[]>();
  let failures = 0;
  let firstFailure: string | undefined;
  let checked = 0;
  let sent = 0;
  let bytes = 0;
  // The window's CPU readings are taken by the workers themselves: the first request that starts
  // inside the window opens it, the first that would start after it closes it.
  let cpu0: NodeJS.CpuUsage | undefined;
  let server0: number | undefined;
  let generatorSeconds = 0;
  let server1: number | undefined;
  let windowState: 'before' | 'open' | 'closed' = 'before';
  const openWindow = () => {
    windowState = 'open';
    cpu0 = process.cpuUsage();
    server0 = o.serverPid ? processCpuSeconds(o.serverPid) : undefined;
  };
  const closeWindow = () => {
    windowState = 'closed';
    const d = process.cpuUsage(cpu0);
    generatorSeconds = (d.user + d.system) / 1e6;
    server1 = o.serverPid ? processCpuSeconds(o.serverPid) : undefined;
  };

  const worker = async () => {
    for (;;) {
      const start = performance.now();
      if (start >= measureTo) {
        if (windowState === 'open') closeWindow();
        return;
      }
      if (start >= measureFrom && windowState === 'before') openWindow();
      const r = o.next();
      const n = sent++;
      const text = await post(agent, o.host, o.port, r);
      const end = performance.now();
      let answer: JsonRpcAnswer;
      try {
        answer = JSON.parse(text) as JsonRpcAnswer;
      } catch {
        answer = { error: `not JSON: ${text.slice(0, 200)}` };
      }
      const code = answer.result?.response?.code;
      if (code !== 0) {
        failures++;
        firstFailure ??= `${r.kind}: ${JSON.stringify(answer.error ?? answer.result).slice(0, 300)}`;
      } else if (r.check && o.checkEvery > 0 && (n < 200 || n % o.checkEvery === 0)) {
        try {
          r.check(answer);
        } catch (e) {
          throw new Error(`a ${r.kind} answer failed its check: ${(e as Error).message}\nrequest: ${r.body.slice(0, 300)}`);
        }
        checked++;
      }
      if (end >= measureFrom && end <= measureTo) {
        const ms = end - start;
        latencies.push(ms);
        bytes += text.length;
        let l = byKind.get(r.kind);
        if (!l) byKind.set(r.kind, (l = []));
        l.push(ms);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: o.concurrency }, worker));
  } finally {
    agent.destroy();
  }
  const sorted = Float64Array.from(latencies).sort();
  const kinds: Record<string, KindStats> = {};
  for (const [k, l] of [...byKind].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const s = Float64Array.from(l).sort();
    kinds[k] = { requests: s.length, p50_ms: round2(percentile(s, 50)), p99_ms: round2(percentile(s, 99)) };
  }
  return {
    requests: sorted.length,
    seconds: o.seconds,
    rps: Math.round(sorted.length / o.seconds),
    p50_ms: round2(percentile(sorted, 50)),
    p90_ms: round2(percentile(sorted, 90)),
    p99_ms: round2(percentile(sorted, 99)),
    max_ms: round2(sorted[sorted.length - 1] ?? NaN),
    failures,
    ...(firstFailure ? { first_failure: firstFailure } : {}),
    checked,
    mean_response_bytes: Math.round(bytes / Math.max(1, sorted.length)),
    by_kind: kinds,
    generator_cpu_pct: Math.round((generatorSeconds / o.seconds) * 100),
    ...(server0 !== undefined && server1 !== undefined
      ? { server_cpu_pct: Math.round(((server1 - server0) / o.seconds) * 100), server_cpu_us_per_answer: Math.round(((server1 - server0) * 1e6) / Math.max(1, sorted.length)) }
      : {}),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

// The ceiling: reads the POST body, JSON.parse's it, answers JSON.stringify of a constant
// abci_query-shaped result (with the request's id) whose base64 `value` has `VALUE_CHARS`
// characters, so that its answers are as large as the real server's. Keep-alive as in RpcServer.
const CEILING_SRC = `
const http = require('node:http');
const n = Number(process.env.VALUE_CHARS);
const value = Buffer.alloc(Math.ceil((n * 3) / 4), 7).toString('base64').slice(0, n);
const result = { response: { code: 0, log: '', info: '', index: '0', key: null, value, proofOps: null, height: '5', codespace: '' } };
const server = http.createServer({ keepAlive: true }, (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let id = null;
    try { id = JSON.parse(Buffer.concat(chunks).toString('utf8')).id; } catch {}
    const body = JSON.stringify({ jsonrpc: '2.0', id, result });
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'Access-Control-Allow-Origin': '*' });
    res.end(body);
  });
});
server.keepAliveTimeout = 5000;
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

export interface ServerProcess {
  readonly port: number;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Spawns a server process that prints its port on the first line of stdout. */
export async function startServerProcess(args: readonly string[], env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  // Never leave it behind, even when the benchmark fails.
  const kill = () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL');
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(Number(out.trim()));
    });
    child.once('exit', (code) => reject(new Error(`server process ${args.join(' ').slice(0, 80)} exited (${code})`)));
  });
  return {
    port,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Starts the trivial JSON handler in its own process (its own event loop and core). */
export function startCeilingServer(valueChars: number): Promise<ServerProcess> {
  return startServerProcess(['-e', CEILING_SRC], { VALUE_CHARS: String(valueChars) });
}

/** Starts node/rpc's RpcServer over a stub backend (bench/rpc-stub-server.ts) in its own process. */
export function startRpcStubServer(valueBytes: number): Promise<ServerProcess> {
  const script = fileURLToPath(new URL('./rpc-stub-server.ts', import.meta.url));
  return startServerProcess(['--import', 'tsx', script], { VALUE_BYTES: String(valueBytes) });
}
