// Runs the real aivmd CLI (`node bin/aivmd.js …`) as a child process, and a dev chain for the
// commands that need a node.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { NodeProcess } from '../harness/node-process.js';

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

export { freePort, rpcCall as rpc } from '../harness/node-process.js';

export interface DevChain {
  home: string;
  url: string;
  accounts: Array<{ name: string; address: string; mnemonic: string }>;
  /** stderr of the node so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** Starts `aivmd dev` on a free port with 200 ms blocks and waits until it has made a block. */
export async function startDevChain(opts: { accounts?: number; timeoutMs?: number } = {}): Promise<DevChain> {
  const home = tempHome('aivm-cli-dev-');
  const node = await NodeProcess.start({ home, command: 'dev', accounts: opts.accounts ?? 2, blockTimeMs: 200, logLevel: 'warn', timeoutMs: opts.timeoutMs });
  return {
    home,
    url: node.url,
    accounts: [...node.devAccounts()],
    log: () => node.stderr,
    stop: async () => {
      await node.stop();
      removeHome(home);
    },
  };
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
