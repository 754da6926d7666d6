import { ChainError, SdkErrors } from './errors.js';

/** The genesis document (CometBFT-shaped); module state lives under app_state.<module>. */
export interface GenesisDoc {
  genesis_time: string;
  chain_id: string;
  initial_height: string;
  consensus_params: ConsensusParams;
  app_hash: string;
  app_state: Record<string, unknown>;
}

export interface ConsensusParams {
  block: { max_bytes: string; max_gas: string };
  /** Tendermint round timeouts, in milliseconds. */
  timeouts: { propose_ms: string; propose_delta_ms: string; vote_ms: string; vote_delta_ms: string };
}

export const DEFAULT_CONSENSUS_PARAMS: ConsensusParams = {
  block: { max_bytes: '22020096', max_gas: '-1' },
  timeouts: { propose_ms: '3000', propose_delta_ms: '500', vote_ms: '1000', vote_delta_ms: '500' },
};

const CHAIN_ID = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,48}$/;

export function validateGenesis(doc: unknown): GenesisDoc {
  const g = doc as Partial<GenesisDoc>;
  const bad = (what: string) => new ChainError(SdkErrors.InvalidRequest, `invalid genesis: ${what}`);
  if (!g || typeof g !== 'object') throw bad('not a JSON object');
  if (typeof g.chain_id !== 'string' || !CHAIN_ID.test(g.chain_id)) throw bad(`chain_id must be 1–49 letters, digits, '.', '_' or '-', got ${JSON.stringify(g.chain_id)}`);
  if (typeof g.genesis_time !== 'string' || Number.isNaN(Date.parse(g.genesis_time))) throw bad('genesis_time must be an RFC 3339 time');
  if (typeof g.initial_height !== 'string' || !/^[1-9][0-9]{0,15}$/.test(g.initial_height)) throw bad('initial_height must be a positive integer string');
  if (!g.app_state || typeof g.app_state !== 'object') throw bad('app_state must be an object');
  return {
    genesis_time: g.genesis_time,
    chain_id: g.chain_id,
    initial_height: g.initial_height,
    consensus_params: g.consensus_params ?? DEFAULT_CONSENSUS_PARAMS,
    app_hash: g.app_hash ?? '',
    app_state: g.app_state,
  };
}

/**
 * JSON with object keys sorted (by UTF-16 code units) at every level: the same value always
 * gives the same bytes. Written by hand rather than through a re-keyed object, which would drop a
 * "__proto__" key and put integer-like keys first.
 */
export function canonicalJson(value: unknown, indent?: number): string {
  return write(value, indent ? ' '.repeat(indent) : '', '');
}

function write(v: unknown, step: string, pad: string): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  const toJSON = (v as { toJSON?: () => unknown }).toJSON;
  if (typeof toJSON === 'function') return write(toJSON.call(v), step, pad);
  const inner = pad + step;
  const sep = step ? `,\n${inner}` : ',';
  const open = (c: string) => (step ? `${c}\n${inner}` : c);
  const close = (c: string) => (step ? `\n${pad}${c}` : c);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return open('[') + v.map((x) => (x === undefined || typeof x === 'function' ? 'null' : write(x, step, inner))).join(sep) + close(']');
  }
  const keys = Object.keys(v as object)
    .filter((k) => {
      const x = (v as Record<string, unknown>)[k];
      return x !== undefined && typeof x !== 'function';
    })
    .sort();
  if (keys.length === 0) return '{}';
  const colon = step ? ': ' : ':';
  return open('{') + keys.map((k) => JSON.stringify(k) + colon + write((v as Record<string, unknown>)[k], step, inner)).join(sep) + close('}');
}

/** RFC 3339 with nanoseconds from block time. */
export function formatTime(t: { seconds: number; nanos: number }): string {
  const iso = new Date(t.seconds * 1000).toISOString();
  return `${iso.slice(0, 19)}.${String(t.nanos).padStart(9, '0')}Z`;
}

export function parseTime(s: string): { seconds: number; nanos: number } {
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) throw new Error(`invalid time ${s}`);
  const frac = /\.(\d{1,9})/.exec(s)?.[1] ?? '';
  return { seconds: Math.floor(ms / 1000), nanos: Number(frac.padEnd(9, '0')) };
}
