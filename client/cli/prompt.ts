// Terminal prompts of the aivmd commands: passphrases (echo off), confirmations, lines.
//
// Prompts read from stdin when it is a terminal, else from the controlling terminal (/dev/tty),
// so that `echo "$MNEMONIC" | aivmd keys add alice --recover` can still ask for the passphrase.
// With no terminal at all they throw, and callers turn that into a clear error (for instance
// PASSPHRASE_REQUIRED with the environment variable to use).
import { openSync, closeSync } from 'node:fs';
import { ReadStream } from 'node:tty';
import { CliError } from './common.js';

/** The keyring passphrase, for scripts and tests (the `file` backend). */
export const KEYRING_PASSPHRASE_ENV = 'AIVM_KEYRING_PASSPHRASE';
/** The passphrase of an armored key export (`keys export` / `keys import`). */
export const EXPORT_PASSPHRASE_ENV = 'AIVM_EXPORT_PASSPHRASE';

interface Terminal {
  input: NodeJS.ReadStream | ReadStream;
  close(): void;
}

/** A terminal to prompt on, or undefined when the process has none. */
export function openTerminal(): Terminal | undefined {
  if (process.stdin.isTTY) return { input: process.stdin, close: () => process.stdin.pause() };
  let fd: number;
  try {
    fd = openSync('/dev/tty', 'r');
  } catch {
    return undefined;
  }
  try {
    const input = new ReadStream(fd);
    return {
      input,
      close: () => {
        input.setRawMode(false);
        input.destroy();
      },
    };
  } catch {
    closeSync(fd);
    return undefined;
  }
}

export function hasTerminal(): boolean {
  const t = openTerminal();
  if (!t) return false;
  if (t.input !== process.stdin) t.close();
  return true;
}

/**
 * Reads one line from the terminal. With `hidden`, nothing is echoed (passphrases). Ctrl-C or
 * Ctrl-D on an empty line aborts with ABORTED. The prompt goes to stderr so that stdout stays data.
 */
export async function promptLine(question: string, opts: { hidden?: boolean; terminal?: Terminal } = {}): Promise<string> {
  const term = opts.terminal ?? openTerminal();
  if (!term) throw new CliError('NO_TERMINAL', 'no terminal to prompt on');
  const input = term.input;
  // Echo goes off before the question is shown, so that a fast answer is never echoed.
  const wasRaw = input.isRaw;
  input.setRawMode(true);
  input.resume();
  process.stderr.write(question);
  try {
    return await new Promise<string>((resolve, reject) => {
      let line = '';
      const onData = (chunk: Buffer | string) => {
        const s = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
        for (const ch of s) {
          if (ch === '\r' || ch === '\n') {
            done();
            process.stderr.write('\n');
            resolve(line);
            return;
          }
          if (ch === '\u0003' || (ch === '\u0004' && line.length === 0)) {
            done();
            process.stderr.write('\n');
            reject(new CliError('ABORTED', 'aborted at the prompt'));
            return;
          }
          if (ch === '\u007f' || ch === '\b') {
            if (line.length > 0) {
              const chars = [...line];
              chars.pop();
              line = chars.join('');
              if (!opts.hidden) process.stderr.write('\b \b');
            }
            continue;
          }
          if (ch === '\u0015') {
            // Ctrl-U: clear the line
            if (!opts.hidden) process.stderr.write('\b \b'.repeat([...line].length));
            line = '';
            continue;
          }
          if (ch < ' ') continue;
          line += ch;
          if (!opts.hidden) process.stderr.write(ch);
        }
      };
      const onEnd = () => {
        done();
        reject(new CliError('ABORTED', 'the terminal closed before an answer was given'));
      };
      const done = () => {
        input.off('data', onData);
        input.off('end', onEnd);
      };
      input.on('data', onData);
      input.on('end', onEnd);
    });
  } finally {
    input.setRawMode(wasRaw ?? false);
    if (!opts.terminal) term.close();
  }
}

/** Asks a yes/no question on the terminal; true only for "y" or "yes". */
export async function confirm(question: string): Promise<boolean> {
  const answer = await promptLine(`${question} [y/N]: `);
  return /^y(es)?$/i.test(answer.trim());
}

/**
 * A passphrase from the environment variable `env`, else from the terminal (asked twice when
 * `twice`). `what` names it in errors ("keyring passphrase"); `prompt` is what the terminal shows.
 */
export async function readPassphrase(o: { env: string; what: string; prompt?: string; twice?: boolean }): Promise<string> {
  const fromEnv = process.env[o.env];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const term = openTerminal();
  if (!term) {
    throw new CliError(
      'PASSPHRASE_REQUIRED',
      `the ${o.what} is needed and there is no terminal to ask for it on: set the environment variable ${o.env} to it (or run the command in a terminal)`,
    );
  }
  try {
    const first = await promptLine(o.prompt ?? `Enter the ${o.what}: `, { hidden: true, terminal: term });
    if (first === '') throw new CliError('PASSPHRASE_REQUIRED', `an empty ${o.what} is not accepted`);
    if (o.twice) {
      const second = await promptLine(`Re-enter the ${o.what}: `, { hidden: true, terminal: term });
      if (second !== first) throw new CliError('PASSPHRASE_MISMATCH', `the two ${o.what}s you typed differ; nothing was changed`);
    }
    return first;
  } finally {
    term.close();
  }
}

/** Reads all of stdin (for piped input such as a mnemonic), up to `maxBytes`. */
export async function readStdin(maxBytes = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > maxBytes) throw new CliError('INPUT_TOO_LARGE', `standard input is larger than ${maxBytes} bytes`);
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}
