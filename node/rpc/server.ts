// CometBFT-compatible JSON-RPC 2.0 over HTTP (node:http), default 127.0.0.1:26657.
//
//   POST /                 JSON-RPC 2.0 request or batch (cosmjs posts here)
//   GET  /<method>?a=b     CometBFT URI style (string values may be "quoted", bytes 0x-hex)
//   GET  /                 the list of methods
//   GET  /metrics          Prometheus text, when a metricsHandler is given
//   OPTIONS *              CORS preflight
//
// Every error is a JSON-RPC error object sent with HTTP 200: cosmjs throws the body of any
// HTTP status ≥ 400 away (shared/reference/cosmjs-rpc.md §0).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { RpcBackend } from './backend.js';
import { BlockIdCache, type MethodContext, type RpcLogger, type RpcMetrics } from './context.js';
import { describeError, RpcCode, RpcError } from './errors.js';
import { Dispatcher, errorResponse, URI_ID, type JsonRpcResponse } from './jsonrpc.js';
import { METHODS } from './methods.js';

/** The chain's default max_tx_bytes (auth params). */
export const DEFAULT_MAX_TX_BYTES = 1_048_576;
/** Room for a max-size tx in base64 plus 1 MiB for the JSON around it (or a batch of small calls). */
export const DEFAULT_MAX_BODY_BYTES = 4 * Math.ceil(DEFAULT_MAX_TX_BYTES / 3) + 1_048_576;
export const DEFAULT_PORT = 26657;
export const DEFAULT_HOST = '127.0.0.1';

export interface RpcServerOptions {
  /** Interface to bind; default 127.0.0.1. */
  readonly host?: string;
  /** TCP port; default 26657; 0 picks a free port. */
  readonly port?: number;
  /** Largest request body accepted; default DEFAULT_MAX_BODY_BYTES (≈ 2.33 MiB). */
  readonly maxBodyBytes?: number;
  /** Most requests in one batch; default 100. */
  readonly maxBatch?: number;
  /** '*' (default) or the exact origins allowed to call from a browser (a list holding '*' allows all). */
  readonly corsOrigins?: '*' | readonly string[];
  /** Called once per JSON-RPC call with the method (or "unknown"/"invalid"), outcome and latency. */
  readonly metrics?: RpcMetrics;
  readonly logger?: RpcLogger;
  /** Serves GET /metrics (e.g. prom-client's registry). Without it /metrics is "method not found". */
  readonly metricsHandler?: () => Promise<{ contentType: string; body: string }>;
  /** broadcast_tx_commit gives up after this long; default 10 000 ms. */
  readonly broadcastTxCommitTimeoutMs?: number;
  /** Largest tx.height range tx_search scans when the query has no equality condition; default 1000. */
  readonly txSearchMaxHeightScan?: number;
  /** Time allowed to receive one whole request; default 30 000 ms. */
  readonly requestTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open; default 5 000 ms. */
  readonly keepAliveTimeoutMs?: number;
}

const JSON_TYPE = 'application/json';

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export class RpcServer {
  private server: Server | undefined;
  private readonly dispatcher: Dispatcher;
  private readonly ctx: MethodContext;
  private readonly maxBody: number;
  private readonly host: string;
  private readonly port: number;
  private readonly cors: '*' | readonly string[];

  constructor(
    readonly backend: RpcBackend,
    private readonly opts: RpcServerOptions = {},
  ) {
    this.host = opts.host ?? DEFAULT_HOST;
    this.port = opts.port ?? DEFAULT_PORT;
    this.maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const cors = opts.corsOrigins ?? '*';
    this.cors = cors === '*' || cors.includes('*') ? '*' : [...cors];
    if (!Number.isSafeInteger(this.maxBody) || this.maxBody < 1024) throw new Error(`maxBodyBytes must be an integer ≥ 1024, got ${opts.maxBodyBytes}`);
    const maxBatch = opts.maxBatch ?? 100;
    if (!Number.isSafeInteger(maxBatch) || maxBatch < 1) throw new Error(`maxBatch must be a positive integer, got ${opts.maxBatch}`);
    this.ctx = {
      backend,
      logger: opts.logger,
      commitTimeoutMs: opts.broadcastTxCommitTimeoutMs ?? 10_000,
      maxHeightScan: opts.txSearchMaxHeightScan ?? 1000,
      rpcAddress: `tcp://${formatHost(this.host)}:${this.port}`,
      blockIds: new BlockIdCache(backend),
    };
    this.dispatcher = new Dispatcher(METHODS, this.ctx, { maxBatch, metrics: opts.metrics, logger: opts.logger });
  }

  /** The base URL once started (what to pass to StargateClient.connect). */
  get url(): string | undefined {
    const a = this.server?.address() as AddressInfo | null | undefined;
    return a ? `http://${formatHost(this.host)}:${a.port}` : undefined;
  }

  async start(): Promise<{ url: string }> {
    if (this.server) throw new Error('RPC server already started');
    const server = createServer({ keepAlive: true }, (req, res) => {
      this.onRequest(req, res).catch((e: unknown) => {
        this.opts.logger?.error('rpc request handler failed', { error: describeError(e) });
        if (!res.headersSent) this.sendJson(req, res, errorResponse(null, new RpcError(RpcCode.InternalError, 'unexpected server error')));
        else res.destroy();
      });
    });
    server.requestTimeout = this.opts.requestTimeoutMs ?? 30_000;
    server.headersTimeout = Math.min(server.requestTimeout, 20_000);
    server.keepAliveTimeout = this.opts.keepAliveTimeoutMs ?? 5_000;
    server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => this.onClientError(err, socket));
    await new Promise<void>((resolve, reject) => {
      const onError = (e: Error) => reject(e);
      server.once('error', onError);
      server.listen(this.port, this.host, () => {
        server.off('error', onError);
        resolve();
      });
    });
    server.on('error', (e) => this.opts.logger?.error('rpc server error', { error: describeError(e) }));
    this.server = server;
    const port = (server.address() as AddressInfo).port;
    this.ctx.rpcAddress = `tcp://${formatHost(this.host)}:${port}`;
    const url = `http://${formatHost(this.host)}:${port}`;
    this.opts.logger?.info('rpc server listening', { url });
    return { url };
  }

  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => s.close(() => resolve()));
    s.closeIdleConnections();
    // In-flight calls (e.g. broadcast_tx_commit waiting for a block) get a short grace period.
    const force = setTimeout(() => s.closeAllConnections(), 1000);
    await closed;
    clearTimeout(force);
    this.opts.logger?.info('rpc server stopped');
  }

  // ---- HTTP --------------------------------------------------------------------------------

  private setCors(req: IncomingMessage, res: ServerResponse): void {
    if (this.cors === '*') {
      res.setHeader('Access-Control-Allow-Origin', '*');
      return;
    }
    res.setHeader('Vary', 'Origin');
    const origin = req.headers.origin;
    if (origin && this.cors.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  }

  private send(res: ServerResponse, status: number, body: string, contentType: string, close = false): void {
    // Encoded once: the length comes from the bytes instead of a second pass over the string.
    const bytes = Buffer.from(body, 'utf8');
    res.statusCode = status;
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Length', bytes.length);
    if (close) res.setHeader('Connection', 'close');
    res.end(bytes);
  }

  private sendJson(req: IncomingMessage, res: ServerResponse, payload: JsonRpcResponse | JsonRpcResponse[], close = false): void {
    let body: string;
    try {
      body = JSON.stringify(payload);
    } catch (e) {
      this.opts.logger?.error('rpc response could not be serialized', { error: describeError(e) });
      const err = new RpcError(RpcCode.InternalError, 'the response could not be serialized');
      const ids = Array.isArray(payload) ? payload.map((p) => p.id) : [payload.id];
      const errs = ids.map((id) => errorResponse(id, err));
      body = JSON.stringify(Array.isArray(payload) ? errs : errs[0]);
    }
    // A GET/other request that carried a body we did not read: close rather than drain it.
    const unreadBody = req.method !== 'POST' && (Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined);
    this.send(res, 200, body, JSON_TYPE, close || unreadBody);
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.setCors(req, res);
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '86400',
        'Content-Length': '0',
      });
      res.end();
      return;
    }
    if (method === 'POST') return this.onPost(req, res);
    if (method === 'GET' || method === 'HEAD') return this.onGet(req, res);
    res.setHeader('Allow', 'GET, POST, OPTIONS');
    this.sendJson(req, res, errorResponse(null, new RpcError(RpcCode.InvalidRequest, `HTTP method ${method.slice(0, 16)} is not supported; POST a JSON-RPC request to /`)));
  }

  private async onPost(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await this.readBody(req, res);
    if (body === undefined) return;
    const answer = await this.dispatcher.handleBody(body);
    if (answer === undefined) {
      res.statusCode = 204; // only notifications: nothing to answer
      res.end();
      return;
    }
    this.sendJson(req, res, answer);
  }

  /**
   * Reads at most maxBody bytes. A larger body is refused with a JSON-RPC error: up to another
   * maxBody bytes are read and discarded so that the connection stays usable; beyond that (or
   * when Content-Length already says so) the answer is sent at once and the connection closed.
   * Resolves undefined when the request has been answered (or died).
   */
  private readBody(req: IncomingMessage, res: ServerResponse): Promise<string | undefined> {
    const limit = this.maxBody;
    const tooLarge = (close: boolean) => {
      this.opts.metrics?.observe('invalid', false, 0);
      this.opts.logger?.debug('rpc request body too large', { limit, close });
      this.sendJson(req, res, errorResponse(null, new RpcError(RpcCode.InvalidRequest, `the request body exceeds the limit of ${limit} bytes`)), close);
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > 2 * limit) {
      tooLarge(true);
      return Promise.resolve(undefined);
    }
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = (v: string | undefined) => {
        if (done) return;
        done = true;
        req.off('data', onData);
        resolve(v);
      };
      const onData = (c: Buffer) => {
        size += c.length;
        if (size <= limit) {
          chunks.push(c);
          return;
        }
        chunks.length = 0;
        if (size > 2 * limit) {
          req.pause();
          tooLarge(true);
          finish(undefined);
        }
      };
      req.on('data', onData);
      req.once('end', () => {
        if (done) return;
        if (size > limit) {
          tooLarge(false);
          finish(undefined);
        } else finish(Buffer.concat(chunks, size).toString('utf8'));
      });
      req.once('error', () => finish(undefined));
      req.once('close', () => finish(undefined));
    });
  }

  private async onGet(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      this.sendJson(req, res, errorResponse(URI_ID, new RpcError(RpcCode.InvalidRequest, 'malformed URL')));
      return;
    }
    let name: string;
    try {
      name = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''));
    } catch {
      this.sendJson(req, res, errorResponse(URI_ID, new RpcError(RpcCode.InvalidRequest, 'malformed URL path')));
      return;
    }
    if (name === '') {
      this.sendJson(req, res, { jsonrpc: '2.0', id: URI_ID, result: this.index() });
      return;
    }
    if (name === 'metrics' && this.opts.metricsHandler) {
      try {
        const m = await this.opts.metricsHandler();
        this.send(res, 200, m.body, m.contentType);
      } catch (e) {
        this.opts.logger?.warn('metrics handler failed', { error: describeError(e) });
        this.sendJson(req, res, errorResponse(URI_ID, new RpcError(RpcCode.InternalError, 'metrics are unavailable')));
      }
      return;
    }
    const params = Object.create(null) as Record<string, string>;
    for (const [k, v] of url.searchParams) if (!(k in params)) params[k] = v;
    this.sendJson(req, res, await this.dispatcher.handleUri(name, params));
  }

  private index(): Record<string, unknown> {
    return {
      description: 'aivm CometBFT-compatible JSON-RPC 2.0: POST a request to / or GET /<method>?<param>=<value>',
      methods: this.dispatcher.methodNames.map((m) => {
        const ps = this.dispatcher.paramNames(m) ?? [];
        return ps.length ? `/${m}?${ps.map((p) => `${p}=_`).join('&')}` : `/${m}`;
      }),
    };
  }

  /** Malformed HTTP (bad request line, oversized headers, timeouts): still a JSON-RPC error over 200. */
  private onClientError(err: NodeJS.ErrnoException, socket: Socket): void {
    const inResponse = (socket as Socket & { _httpMessage?: unknown })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inResponse) {
      socket.destroy();
      return;
    }
    const detail =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? 'the request headers (or GET URL) are too large; POST large requests as JSON-RPC'
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 'the request took too long to arrive'
          : `malformed HTTP request (${err.code ?? 'parse error'})`;
    const body = JSON.stringify(errorResponse(null, new RpcError(RpcCode.InvalidRequest, detail)));
    const cors = this.cors === '*' ? 'Access-Control-Allow-Origin: *\r\n' : '';
    socket.end(`HTTP/1.1 200 OK\r\nContent-Type: ${JSON_TYPE}\r\n${cors}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
}
