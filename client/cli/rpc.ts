// Talking to a node from the aivmd commands: --node, plain JSON-RPC calls, gRPC-style ABCI
// queries, cosmjs query clients, and the translation of connection and RPC failures into
// CliErrors that say what to do.
import { StargateClient } from '@cosmjs/stargate';
import type { Command } from 'commander';
import { CliError, nodeUrl } from './common.js';

/** Adds `--node <url>` (default: the RPC address in the home's config, else http://127.0.0.1:26657). */
export function addNodeOption(cmd: Command): Command {
  return cmd.option('--node <url>', "RPC URL of the node (default: the home's own node, else http://127.0.0.1:26657)");
}

/** The RPC URL of `--node`, or of the node of `--home`. A bare host:port gets http:// in front. */
export function resolveNodeUrl(o: { node?: string; home: string }): string {
  const url = nodeUrl(o);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    throw new CliError('BAD_FLAG', `--node ${JSON.stringify(url)} is not a URL; use for example http://127.0.0.1:26657`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new CliError('BAD_FLAG', `--node must be an http:// or https:// URL, not ${JSON.stringify(url)}`);
  }
  return withScheme;
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

function causeCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    const c = (cur as { code?: unknown }).code;
    if (typeof c === 'string' && CONNECTION_CODES.has(c)) return c;
    const errors = (cur as { errors?: unknown }).errors; // AggregateError (IPv4 + IPv6 attempts)
    if (Array.isArray(errors)) for (const x of errors) if (x && typeof x === 'object' && typeof (x as { code?: unknown }).code === 'string') return (x as { code: string }).code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Turns a failure to reach a node (connection refused, DNS, timeout, HTTP error status, a reply
 * that is not JSON-RPC) into NODE_UNREACHABLE, and a JSON-RPC error reply into RPC_ERROR.
 * Returns undefined for anything else.
 */
export function nodeError(e: unknown, url: string): CliError | undefined {
  if (e instanceof CliError) return e;
  const code = causeCode(e);
  const hint = 'start one with "aivmd start" or "aivmd dev", or point --node at a running node';
  if (code) return new CliError('NODE_UNREACHABLE', `cannot reach the node at ${url} (${code}); ${hint}`);
  if (!(e instanceof Error)) return undefined;
  if (e.name === 'TimeoutError' && !('txId' in e)) return new CliError('NODE_UNREACHABLE', `the node at ${url} did not answer in time; check that it is running and not overloaded`);
  if (e.message === 'fetch failed') {
    const why = e.cause instanceof Error && e.cause.message ? ` (${e.cause.message})` : '';
    return new CliError('NODE_UNREACHABLE', `cannot reach the node at ${url}${why}; ${hint}`);
  }
  const bad = /^Bad status on response: (\d+)/.exec(e.message);
  if (bad) return new CliError('NODE_UNREACHABLE', `the node at ${url} answered with HTTP status ${bad[1]}; is --node the RPC URL of an aivm node?`);
  if (e instanceof SyntaxError) return new CliError('NODE_UNREACHABLE', `the reply from ${url} is not JSON; is --node the RPC URL of an aivm node?`);
  // cosmjs throws Error(JSON.stringify(rpcError)) for a JSON-RPC error reply.
  if (e.message.startsWith('{')) {
    try {
      const j = JSON.parse(e.message) as { code?: unknown; message?: unknown; data?: unknown };
      if (typeof j.code === 'number' && typeof j.message === 'string') {
        return new CliError('RPC_ERROR', `the node refused the request: ${j.message}${typeof j.data === 'string' && j.data ? `: ${j.data}` : ''}`);
      }
    } catch {
      // not JSON after all
    }
  }
  return undefined;
}

/** Runs `fn`, translating node failures with nodeError(). */
export async function withNode<T>(url: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw nodeError(e, url) ?? e;
  }
}

let nextId = 1;

/** One JSON-RPC 2.0 call (CometBFT style: named params, integers as strings). Throws CliErrors. */
export async function rpcCall<T = any>(url: string, method: string, params: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<T> {
  return withNode(url, async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.status >= 400) throw new Error(`Bad status on response: ${res.status}`);
    const j = (await res.json()) as { result?: T; error?: { code: number; message: string; data?: string } };
    if (j.error) {
      throw new CliError('RPC_ERROR', `the node refused ${method}: ${j.error.message}${j.error.data ? `: ${j.error.data}` : ''}`);
    }
    if (j.result === undefined) throw new CliError('NODE_UNREACHABLE', `the reply of ${url} to ${method} has no result; is --node the RPC URL of an aivm node?`);
    return j.result;
  });
}

/** A failed ABCI query: the chain's codespace, code and log. */
export class QueryError extends CliError {
  constructor(
    readonly codespace: string,
    readonly abciCode: number,
    readonly log: string,
    path: string,
  ) {
    super(codespace === 'sdk' && abciCode === 38 ? 'NOT_FOUND' : 'QUERY_FAILED', `${path} failed (${codespace || 'unknown'}/${abciCode}): ${log || 'no reason given'}`);
    this.name = 'QueryError';
  }
}

/**
 * A gRPC-style ABCI query (`/aivm.registry.v1.Query/Model`, `/cosmos.bank.v1beta1.Query/Balance`, …):
 * sends the protobuf request bytes, returns the protobuf response bytes. A non-zero code throws
 * QueryError (code NOT_FOUND for sdk/38, else QUERY_FAILED). For module query commands:
 *
 *   const res = QueryModelResponse.decode(await abciQuery(url, '/aivm.registry.v1.Query/Model', QueryModelRequest.encode({ name }).finish()));
 */
export async function abciQuery(url: string, path: string, request: Uint8Array): Promise<Uint8Array> {
  const r = await rpcCall<{ response: { code?: number | string; codespace?: string; log?: string; value?: string | null } }>(url, 'abci_query', {
    path,
    data: Buffer.from(request).toString('hex'),
    prove: false,
  });
  const code = Number(r.response.code ?? 0);
  if (code !== 0) throw new QueryError(r.response.codespace ?? '', code, r.response.log ?? '', path);
  return new Uint8Array(Buffer.from(r.response.value ?? '', 'base64'));
}

/** A connected cosmjs StargateClient; connection failures become NODE_UNREACHABLE. Disconnect it when done. */
export async function connectQueryClient(url: string): Promise<StargateClient> {
  return withNode(url, () => StargateClient.connect(url));
}
