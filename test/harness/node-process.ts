// A real `aivmd` child process on loopback, for integration tests that treat the node as a black
// box over JSON-RPC (CometBFT test/e2e style). Every child and temp dir made here is tracked;
// call `cleanupAll()` in afterAll so nothing outlives a failing test, and an exit hook SIGKILLs
// whatever is left if the test runner dies first.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Bip39, EnglishMnemonic, Slip10, Slip10Curve, stringToPath } from '@cosmjs/crypto';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { keyFromPrivate, type Secp256k1Key } from '../../client/signing/secp256k1.js';

/** bin/aivmd.js of this checkout (tests run from the repository root). */
export const AIVMD = resolve(process.cwd(), 'bin', 'aivmd.js');

const live = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let exitHook = false;

function track(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const c of live) c.kill('SIGKILL');
    });
  }
}

/** A fresh temp dir, removed by cleanupAll(). */
export function makeTempDir(prefix = 'aivm-it-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** SIGKILLs every child still running and removes every temp dir made here. For afterAll. */
export async function cleanupAll(): Promise<void> {
  await Promise.all(
    [...live].map(
      (c) =>
        new Promise<void>((res) => {
          if (c.exitCode !== null || c.signalCode !== null) return res();
          c.once('exit', () => res());
          c.kill('SIGKILL');
        }),
    ),
  );
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  tempDirs.clear();
}

/** A TCP port that was free a moment ago (listen on 0, close). Callers retry on a clash. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

/** The environment for children: no jest NODE_OPTIONS (--experimental-vm-modules etc.). */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return env;
}

const STDERR_CAP = 512 * 1024;
/** What the CLI prints when a command fails (client/cli/main.ts). */
const FATAL_LINE = /^Error( \[[A-Z_]+\])?: /m;

export interface ExitInfo {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface RunResult extends ExitInfo {
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/** Runs `aivmd <args>` to completion (init, export, a start expected to refuse, …). */
export function runAivmd(args: readonly string[], o: { timeoutMs?: number } = {}): Promise<RunResult> {
  const child = spawn(process.execPath, [AIVMD, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv() });
  track(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, o.timeoutMs ?? 60_000);
  return new Promise((res, rej) => {
    child.once('error', (e) => {
      clearTimeout(timer);
      rej(e);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      res({ code, signal, stdout, stderr, timedOut });
    });
  });
}

export interface StartOptions {
  /** An existing home; default a fresh temp dir (then the command defaults to `dev`). */
  readonly home?: string;
  /** `dev` (creates or reuses a dev home; takes --block-time) or `start`. */
  readonly command?: 'dev' | 'start';
  /** dev: number of funded dev accounts (default 4). */
  readonly accounts?: number;
  /** dev: block interval in ms. */
  readonly blockTimeMs?: number;
  readonly noEmptyBlocks?: boolean;
  readonly logLevel?: string;
  /** Try this RPC port first (e.g. to keep a URL across restarts); a clash falls back to a free one. */
  readonly port?: number;
  /** Ready when `status` answers with at least this height (default 1; 0 = as soon as it answers). */
  readonly minHeight?: number;
  /** How long to wait for ready (default 90 s: a cold tsx start on a busy machine is slow). */
  readonly timeoutMs?: number;
  readonly extraArgs?: readonly string[];
  /** false: return right after spawning (no readiness wait, no port retry), e.g. to kill it mid-start. */
  readonly wait?: boolean;
}

export interface JsonRpcAnswer {
  readonly jsonrpc?: string;
  readonly id?: unknown;
  readonly result?: any;
  readonly error?: { code: number; message: string; data?: unknown };
}

export class RpcCallError extends Error {
  constructor(
    readonly method: string,
    readonly error: { code: number; message: string; data?: unknown },
  ) {
    super(`${method}: JSON-RPC error ${error.code}: ${error.message}${error.data === undefined ? '' : ` (${JSON.stringify(error.data)})`}`);
    this.name = 'RpcCallError';
  }
}

let rpcId = 1;

/** One JSON-RPC call over fetch (keep-alive); throws RpcCallError on an error answer. */
export async function rpcCall(url: string, method: string, params: Record<string, unknown> = {}, timeoutMs = 15_000): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: rpcId++, method, params }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json()) as JsonRpcAnswer;
  if (res.status !== 200) throw new Error(`${method}: HTTP ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  if (body.error) throw new RpcCallError(method, body.error);
  return body.result;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A running aivmd child. */
export class NodeProcess {
  private err = '';
  private dropped = 0;
  readonly exited: Promise<ExitInfo>;

  private constructor(
    readonly home: string,
    readonly port: number,
    readonly child: ChildProcess,
    readonly args: readonly string[],
  ) {
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      this.err += d;
      if (this.err.length > STDERR_CAP) {
        this.dropped += this.err.length - STDERR_CAP / 2;
        this.err = this.err.slice(-STDERR_CAP / 2);
      }
    });
    child.stdout!.resume();
    this.exited = new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What the child wrote to stderr (the newest part if it was long). */
  get stderr(): string {
    return this.dropped ? `[… ${this.dropped} earlier chars dropped …]\n${this.err}` : this.err;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * Starts aivmd and waits until `status` answers with height ≥ minHeight. Throws with the
   * child's stderr when it exits or the timeout passes first; retries with another port when the
   * chosen one was taken meanwhile.
   */
  static async start(o: StartOptions = {}): Promise<NodeProcess> {
    const home = o.home ?? makeTempDir('aivm-node-');
    const command = o.command ?? (o.home ? 'start' : 'dev');
    let lastError: Error | undefined;
    for (let attempt = 0; attempt < 4; attempt++) {
      const port = attempt === 0 && o.port ? o.port : await freePort();
      const args = [command, '--home', home, '--rpc-laddr', `127.0.0.1:${port}`];
      if (command === 'dev') {
        args.push('--accounts', String(o.accounts ?? 4));
        if (o.blockTimeMs !== undefined) args.push('--block-time', String(o.blockTimeMs));
        if (o.noEmptyBlocks) args.push('--no-empty-blocks');
      }
      if (o.logLevel) args.push('--log-level', o.logLevel);
      args.push(...(o.extraArgs ?? []));
      const child = spawn(process.execPath, [AIVMD, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv() });
      track(child);
      const node = new NodeProcess(home, port, child, args);
      if (o.wait === false) return node;
      try {
        await node.waitReady(o.minHeight ?? 1, o.timeoutMs ?? 90_000);
        return node;
      } catch (e) {
        lastError = e as Error;
        await node.kill();
        if (!/RPC_ADDRESS_IN_USE|EADDRINUSE/.test(node.stderr)) throw e;
      }
    }
    throw lastError!;
  }

  /** The start and the end of stderr, for error messages. */
  stderrExcerpt(head = 3000, tail = 5000): string {
    const s = this.stderr;
    return s.length <= head + tail ? s : `${s.slice(0, head)}\n[…]\n${s.slice(-tail)}`;
  }

  private async waitReady(minHeight: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    let fatalSince = 0;
    while (Date.now() < deadline) {
      if (!this.running) {
        await this.exited;
        throw new Error(`aivmd ${this.args.join(' ')} exited (code ${this.child.exitCode}, signal ${this.child.signalCode}) before it was ready; stderr:\n${this.stderrExcerpt()}`);
      }
      // The CLI prints "Error [CODE]: …" when start fails; the process should then exit.
      if (FATAL_LINE.test(this.err)) {
        fatalSince ||= Date.now();
        if (Date.now() - fatalSince > 5000) {
          throw new Error(`aivmd ${this.args.join(' ')} printed a fatal error but kept running for 5 s (a process that failed to start must exit); stderr:\n${this.stderrExcerpt()}`);
        }
      }
      try {
        const s = await rpcCall(this.url, 'status', {}, 2000);
        const h = Number(s.sync_info.latest_block_height);
        if (h >= minHeight) return;
        last = `height ${h}`;
      } catch (e) {
        last = (e as Error).message;
      }
      await sleep(100);
    }
    throw new Error(`aivmd ${this.args.join(' ')} was not ready (status with height ≥ ${minHeight}) within ${timeoutMs} ms (last: ${last}); stderr:\n${this.stderrExcerpt()}`);
  }

  rpc(method: string, params: Record<string, unknown> = {}, timeoutMs?: number): Promise<any> {
    return rpcCall(this.url, method, params, timeoutMs);
  }

  async height(): Promise<number> {
    return Number((await this.rpc('status')).sync_info.latest_block_height);
  }

  /** Waits until the node reports height ≥ h; fails with stderr if it exits or stalls. */
  async waitForHeight(h: number, timeoutMs = 30_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let last = -1;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`aivmd exited while waiting for height ${h}; stderr:\n${this.stderrExcerpt()}`);
      try {
        last = await this.height();
        if (last >= h) return last;
      } catch {
        /* retry */
      }
      await sleep(100);
    }
    throw new Error(`height ${h} not reached within ${timeoutMs} ms (at ${last}); stderr:\n${this.stderrExcerpt()}`);
  }

  /** kill -9 and wait for the exit. */
  async kill(): Promise<ExitInfo> {
    if (this.running) this.child.kill('SIGKILL');
    return this.exited;
  }

  /** SIGTERM (a clean shutdown) and wait for the exit; SIGKILL after timeoutMs. */
  async stop(timeoutMs = 20_000): Promise<ExitInfo> {
    if (!this.running) return this.exited;
    this.child.kill('SIGTERM');
    const t = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const r = await this.exited;
    clearTimeout(t);
    return r;
  }

  devAccounts(): DevAccount[] {
    return readDevAccounts(this.home);
  }
}

export interface DevAccount {
  readonly name: string;
  readonly address: string;
  readonly mnemonic: string;
  readonly coins: string;
}

export function readDevAccounts(home: string): DevAccount[] {
  return (JSON.parse(readFileSync(join(home, 'dev-accounts.json'), 'utf8')) as { accounts: DevAccount[] }).accounts;
}

/** The raw secp256k1 key of a mnemonic at m/44'/118'/0'/0/0 (what cosmjs wallets derive). */
export async function keyFromMnemonic(mnemonic: string): Promise<Secp256k1Key> {
  const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic));
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath("m/44'/118'/0'/0/0"));
  return keyFromPrivate(privkey);
}

/** abci_query result for a gRPC-style path with a protobuf request. */
export async function abciQuery(url: string, path: string, data: Uint8Array): Promise<{ code: number; value: Uint8Array; log: string }> {
  const r = await rpcCall(url, 'abci_query', { path, data: Buffer.from(data).toString('hex'), prove: false });
  return { code: Number(r.response.code ?? 0), value: new Uint8Array(Buffer.from(r.response.value ?? '', 'base64')), log: r.response.log ?? '' };
}

/** Account number and sequence of an address (from the node's Account query), or undefined. */
export async function accountInfo(url: string, address: string): Promise<{ accountNumber: bigint; sequence: bigint } | undefined> {
  const r = await abciQuery(url, '/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest.encode({ address }).finish());
  if (r.code !== 0) {
    if (/NotFound|not found/i.test(r.log)) return undefined;
    throw new Error(`Account query for ${address} failed (${r.code}): ${r.log}`);
  }
  if (r.value.length === 0) return undefined;
  const any = QueryAccountResponse.decode(r.value).account;
  if (!any) return undefined;
  const a = BaseAccount.decode(any.value);
  return { accountNumber: a.accountNumber, sequence: a.sequence };
}

/** Balance of one denom (from the node's Balance query). */
export async function balanceOf(url: string, address: string, denom = 'uaivm'): Promise<bigint> {
  const r = await abciQuery(url, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address, denom }).finish());
  if (r.code !== 0) throw new Error(`Balance query for ${address} failed (${r.code}): ${r.log}`);
  return BigInt(QueryBalanceResponse.decode(r.value).balance?.amount ?? '0');
}

/** A MsgSend, encoded for buildSignedTx. */
export function msgSend(from: string, to: string, amount: string | number | bigint, denom = 'uaivm'): { typeUrl: string; value: Uint8Array } {
  return { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: from, toAddress: to, amount: [{ denom, amount: String(amount) }] }).finish() };
}
