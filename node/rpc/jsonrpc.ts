// JSON-RPC 2.0 envelope handling, independent of HTTP: single requests, batches, notifications,
// URI-style calls; every failure becomes an error object with the request's id echoed.
import type { MethodContext, MethodSpec, RpcLogger, RpcMetrics } from './context.js';
import { describeError, RpcCode, RpcError, type RpcErrorObject } from './errors.js';
import { Params, type ParamSource } from './params.js';

export type JsonRpcId = string | number | null;

export type JsonRpcResponse =
  | { jsonrpc: '2.0'; id: JsonRpcId; result: unknown }
  | { jsonrpc: '2.0'; id: JsonRpcId; error: RpcErrorObject };

export interface DispatcherOptions {
  readonly maxBatch: number;
  readonly metrics?: RpcMetrics;
  readonly logger?: RpcLogger;
}

/** The id CometBFT uses in answers to URI (GET) calls. */
export const URI_ID = -1;

export function errorResponse(id: JsonRpcId, e: RpcError): JsonRpcResponse {
  return { jsonrpc: '2.0', id, error: e.toJSON() };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function printable(s: string): string {
  const t = s.length > 64 ? `${s.slice(0, 64)}…` : s;
  return JSON.stringify(t);
}

export class Dispatcher {
  constructor(
    private readonly methods: ReadonlyMap<string, MethodSpec>,
    private readonly ctx: MethodContext,
    private readonly opts: DispatcherOptions,
  ) {}

  get methodNames(): string[] {
    return [...this.methods.keys()];
  }

  paramNames(method: string): readonly string[] | undefined {
    return this.methods.get(method)?.params;
  }

  /**
   * A POST body: one request or a batch. Undefined means there is nothing to send back (the
   * body held only notifications).
   */
  async handleBody(body: string): Promise<JsonRpcResponse | JsonRpcResponse[] | undefined> {
    let parsed: unknown;
    try {
      if (body.trim() === '') throw new Error('empty body');
      parsed = JSON.parse(body);
    } catch (e) {
      this.opts.metrics?.observe('invalid', false, 0);
      return errorResponse(null, new RpcError(RpcCode.ParseError, `the body is not valid JSON (${describeError(e)})`));
    }
    if (Array.isArray(parsed)) {
      if (parsed.length === 0) return this.invalid(null, 'a batch must contain at least one request');
      if (parsed.length > this.opts.maxBatch) return this.invalid(null, `a batch may contain at most ${this.opts.maxBatch} requests, got ${parsed.length}`);
      const answers = await Promise.all(parsed.map((r) => this.handleOne(r)));
      const out = answers.filter((a): a is JsonRpcResponse => a !== undefined);
      return out.length ? out : undefined;
    }
    return this.handleOne(parsed);
  }

  /** A CometBFT URI call: GET /<method>?name=value. Answered with id -1 like CometBFT. */
  async handleUri(method: string, params: Record<string, string>): Promise<JsonRpcResponse> {
    return this.call(URI_ID, method, params, 'uri');
  }

  private invalid(id: JsonRpcId, detail: string): JsonRpcResponse {
    this.opts.metrics?.observe('invalid', false, 0);
    return errorResponse(id, new RpcError(RpcCode.InvalidRequest, detail));
  }

  private async handleOne(req: unknown): Promise<JsonRpcResponse | undefined> {
    if (!isObject(req)) return this.invalid(null, 'a request must be a JSON object');
    const hasId = Object.prototype.hasOwnProperty.call(req, 'id');
    const rawId = req['id'];
    const idOk = rawId === null || typeof rawId === 'string' || typeof rawId === 'number';
    if (hasId && !idOk) return this.invalid(null, 'id must be a string, a number or null');
    const id: JsonRpcId = hasId ? (rawId as JsonRpcId) : null;
    if (req['jsonrpc'] !== '2.0') return this.invalid(id, 'jsonrpc must be "2.0"');
    const method = req['method'];
    if (typeof method !== 'string') return this.invalid(id, 'method must be a string');
    const params = req['params'];
    if (params !== undefined && params !== null && typeof params !== 'object') return this.invalid(id, 'params must be an object or an array');
    if (!hasId) {
      // A notification: JSON-RPC 2.0 forbids answering it, and CometBFT skips it entirely.
      this.opts.logger?.debug('rpc notification ignored (send an id to get an answer)', { method: method.slice(0, 64) });
      return undefined;
    }
    return this.call(id, method, params, 'json');
  }

  private async call(id: JsonRpcId, method: string, params: unknown, source: ParamSource): Promise<JsonRpcResponse> {
    const started = process.hrtime.bigint();
    const spec = this.methods.get(method);
    const label = spec ? method : 'unknown';
    let response: JsonRpcResponse;
    let ok = false;
    try {
      if (!spec) throw new RpcError(RpcCode.MethodNotFound, `method ${printable(method)} is not supported; GET / lists the methods`);
      const result = await spec.handler(Params.from(params, spec.params, source), this.ctx);
      response = { jsonrpc: '2.0', id, result: result === undefined ? null : result };
      ok = true;
    } catch (e) {
      if (e instanceof RpcError) {
        response = errorResponse(id, e);
      } else {
        // Unexpected: log the details here, send only a one-line message.
        this.opts.logger?.warn('rpc method failed', { method: label, error: describeError(e), stack: e instanceof Error ? e.stack : undefined });
        response = errorResponse(id, new RpcError(RpcCode.InternalError, describeError(e)));
      }
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    this.opts.metrics?.observe(label, ok, seconds);
    this.opts.logger?.debug('rpc call', { method: label, ok, ms: Math.round(seconds * 1e6) / 1e3 });
    return response;
  }
}
