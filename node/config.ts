// The node's configuration: one JSON file, <home>/config/config.json. Every field has a default;
// docs/operations.md documents each. Unknown keys are refused so that a typo never goes unnoticed.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isLogLevel, type LogFormat, type LogLevel } from './log.js';

export interface NodeConfig {
  moniker: string;
  log: { level: LogLevel; format: LogFormat };
  rpc: {
    /** host:port of the JSON-RPC server; "" disables it. */
    laddr: string;
    max_body_bytes: number;
    cors_allowed_origins: string[];
    timeout_broadcast_tx_commit_ms: number;
  };
  consensus: {
    /** Wait after a commit before the next height starts: the block interval. */
    timeout_commit_ms: number;
    /** When false, the proposer waits for a transaction before proposing (no empty blocks). */
    create_empty_blocks: boolean;
    /** With create_empty_blocks=false: still make an empty block after this long (0 = never). */
    create_empty_blocks_interval_ms: number;
    /** Upper bounds of a proposed block. */
    max_block_txs: number;
    max_block_bytes: number;
  };
  mempool: { max_txs: number; max_bytes: number };
  p2p: { laddr: string; persistent_peers: string[] };
  tx: {
    /** Chain ids tried only to explain a failed signature (never to accept one). */
    diagnostic_chain_ids: string[];
    /** Worker threads that verify signatures before CheckTx (0 = verify on the main thread). */
    verify_threads: number;
  };
  metrics: { enabled: boolean };
}

export const DEFAULT_CONFIG: NodeConfig = {
  moniker: 'aivm-node',
  log: { level: 'info', format: 'text' },
  rpc: { laddr: '127.0.0.1:26657', max_body_bytes: 4 * 1024 * 1024, cors_allowed_origins: ['*'], timeout_broadcast_tx_commit_ms: 10_000 },
  consensus: { timeout_commit_ms: 1000, create_empty_blocks: true, create_empty_blocks_interval_ms: 0, max_block_txs: 10_000, max_block_bytes: 21 * 1024 * 1024 },
  mempool: { max_txs: 50_000, max_bytes: 512 * 1024 * 1024 },
  p2p: { laddr: '/ip4/127.0.0.1/tcp/26656', persistent_peers: [] },
  tx: { diagnostic_chain_ids: ['aivm-1', 'aivm-testnet-1', 'aivm-local-1', 'aivm-dev-1'], verify_threads: Math.max(1, availableParallelism()) },
  metrics: { enabled: true },
};

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Merges a parsed config over the defaults, checking every key and type. */
export function mergeConfig(raw: unknown, file = 'config.json'): NodeConfig {
  return mergeInto(structuredClone(DEFAULT_CONFIG) as unknown as Record<string, unknown>, raw, file, '') as unknown as NodeConfig;
}

function mergeInto(base: Record<string, unknown>, raw: unknown, file: string, path: string): Record<string, unknown> {
  if (raw === undefined) return base;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${file}: ${path || 'the top level'} must be an object`);
  for (const [k, v] of Object.entries(raw)) {
    const p = path ? `${path}.${k}` : k;
    if (!(k in base)) throw new ConfigError(`${file}: unknown setting "${p}"; see docs/operations.md for the settings that exist`);
    const d = base[k];
    if (d && typeof d === 'object' && !Array.isArray(d)) base[k] = mergeInto(d as Record<string, unknown>, v, file, p);
    else if (Array.isArray(d)) {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new ConfigError(`${file}: "${p}" must be a list of strings`);
      base[k] = v;
    } else if (typeof v !== typeof d) throw new ConfigError(`${file}: "${p}" must be a ${typeof d}, got ${JSON.stringify(v)}`);
    else if (typeof v === 'number' && (!Number.isFinite(v) || v < 0)) throw new ConfigError(`${file}: "${p}" must be a non-negative number`);
    else base[k] = v;
  }
  const cfg = base as unknown as NodeConfig;
  if (!path) {
    if (!isLogLevel(cfg.log.level)) throw new ConfigError(`${file}: log.level must be one of debug, info, warn, error, silent`);
    if (cfg.log.format !== 'text' && cfg.log.format !== 'json') throw new ConfigError(`${file}: log.format must be "text" or "json"`);
    if (cfg.rpc.laddr && !/^[^:\s]+:\d{1,5}$/.test(cfg.rpc.laddr)) throw new ConfigError(`${file}: rpc.laddr must be host:port (e.g. 127.0.0.1:26657), got "${cfg.rpc.laddr}"`);
  }
  return base;
}

export function loadConfig(file: string): NodeConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return structuredClone(DEFAULT_CONFIG);
    throw new ConfigError(`cannot read ${file}: ${(e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file} is not valid JSON (${(e as Error).message}); fix it, or delete it to use the defaults`);
  }
  return mergeConfig(raw, file);
}
