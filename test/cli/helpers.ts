// Runs the real aivmd CLI (`node bin/aivmd.js …`) as a child process, and a dev chain for the
// commands that need a node.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const AIVMD = join(REPO, 'bin', 'aivmd.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a CLI run: the caller's, minus every AIVM_* variable, plus `env`. */
export function cliEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AIVM_') && k !== 'NODE_OPTIONS') out[k] = v;
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/**
 * Runs `aivmd <args>`. The child is started in its own session (detached), so it has no
 * controlling terminal: prompts fail instead of waiting, exactly as in a script or CI.
 */
export function runCli(args: string[], o: { env?: Record<string, string | undefined>; input?: string; timeoutMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [AIVMD, ...args], {
      cwd: REPO,
      env: cliEnv(o.env ?? {}),
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`aivmd ${args.join(' ')} did not finish in ${o.timeoutMs ?? 90_000} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, o.timeoutMs ?? 90_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin.on('error', () => undefined); // the CLI may exit without reading its input
    child.stdin.end(o.input ?? '');
  });
}

/** Parses the stdout of a `--output json` run, with the run in the error when it is not JSON. */
export function json<T = any>(r: CliRun): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code})\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  }
}

/** The `Error [CODE]` of a failed run. */
export function errorCode(r: CliRun): string | undefined {
  return /^Error \[([A-Z0-9_]+)\]:/m.exec(r.stderr)?.[1];
}

export function tempHome(prefix = 'aivm-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeHome(home: string): void {
  rmSync(home, { recursive: true, force: true });
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePromise(port));
    });
  });
}

export async function rpc(url: string, method: string, params: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal: AbortSignal.timeout(5000),
  });
  const j = (await res.json()) as { result?: unknown; error?: unknown };
  if (j.error) throw new Error(`${method}: ${JSON.stringify(j.error)}`);
  return j.result;
}

export interface DevChain {
  home: string;
  url: string;
  process: ChildProcess;
  accounts: Array<{ name: string; address: string; mnemonic: string; coins: string }>;
  /** stderr and stdout of the node so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** Starts `aivmd dev` on a free port with 200 ms blocks and waits until it has made a block. */
export async function startDevChain(opts: { accounts?: number; timeoutMs?: number } = {}): Promise<DevChain> {
  const home = tempHome('aivm-cli-dev-');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [AIVMD, 'dev', '--home', home, '--accounts', String(opts.accounts ?? 2), '--rpc-laddr', `127.0.0.1:${port}`, '--block-time', '200', '--log-level', 'warn'],
    { cwd: REPO, env: cliEnv({}), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (log += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (log += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(t);
    }
    removeHome(home);
  };

  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  for (;;) {
    if (exitedEarly) {
      removeHome(home);
      throw new Error(`aivmd dev exited before answering status:\n${log}`);
    }
    try {
      const s = await rpc(url, 'status');
      if (Number(s.sync_info.latest_block_height) >= 1) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`aivmd dev did not answer status at ${url} in time:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const accounts = (JSON.parse(readFileSync(join(home, 'dev-accounts.json'), 'utf8')) as { accounts: DevChain['accounts'] }).accounts;
  return { home, url, process: child, accounts, log: () => log, stop };
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs `aivmd <args>` on a pseudo-terminal (util-linux `script`), answering prompts: each step
 * waits until the output matches `expect`, then types `send`. stdin is then a terminal, as for a
 * person at a shell. Output is stdout and stderr merged, as the terminal shows them.
 */
export function runInPty(args: string[], steps: Array<{ expect: RegExp; send: string }>, o: { env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const cmd = [process.execPath, AIVMD, ...args].map(shellQuote).join(' ');
    const child = spawn('script', ['-q', '-e', '-c', cmd, '/dev/null'], { cwd: REPO, env: { ...cliEnv(o.env ?? {}), SHELL: '/bin/sh' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let step = 0;
    let from = 0;
    const onData = (d: string) => {
      output += d;
      while (step < steps.length) {
        const m = steps[step]!.expect.exec(output.slice(from));
        if (!m) break;
        from += m.index + m[0].length;
        child.stdin.write(steps[step]!.send);
        step++;
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`aivmd ${args.join(' ')} (pty) did not finish in time; at step ${step}\noutput: ${output}`));
    }, o.timeoutMs ?? 90_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      if (step < steps.length) reject(new Error(`aivmd ${args.join(' ')} (pty) exited ${code} before step ${step} (${steps[step]!.expect})\noutput: ${output}`));
      else resolvePromise({ code, output });
    });
  });
}
