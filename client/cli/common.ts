// Shared pieces of the aivmd commands: global flags, output, errors.
import type { Command } from 'commander';
import { defaultHome, homePaths } from '../../node/home.js';
import { loadConfig } from '../../node/config.js';

export interface GlobalOptions {
  home: string;
  output: 'text' | 'json';
}

export function addHomeOption(cmd: Command): Command {
  return cmd.option('--home <dir>', 'node home directory', defaultHome());
}

export function addOutputOption(cmd: Command): Command {
  return cmd.option('-o, --output <format>', 'output format: text or json', 'text');
}

/** Prints data as JSON (--output json) or as readable text. */
export function print(output: string, data: unknown, text?: (d: any) => string): void {
  if (output === 'json') process.stdout.write(JSON.stringify(data, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2) + '\n');
  else process.stdout.write((text ? text(data) : JSON.stringify(data, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2)) + '\n');
}

/** A user-facing failure: printed as `Error [code]: message`, exit status 1. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The RPC URL of the node at --node, or of the home's own node. */
export function nodeUrl(opts: { node?: string; home: string }): string {
  if (opts.node) return opts.node;
  try {
    const cfg = loadConfig(homePaths(opts.home).config);
    if (cfg.rpc.laddr) return `http://${cfg.rpc.laddr}`;
  } catch {
    // fall through to the default
  }
  return 'http://127.0.0.1:26657';
}
