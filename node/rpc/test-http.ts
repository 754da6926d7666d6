// HTTP helpers for the RPC tests (fetch for ordinary calls, raw sockets for malformed HTTP).
import { connect } from 'node:net';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

async function answer(res: Response): Promise<HttpAnswer> {
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export async function postRaw(url: string, body: string | Uint8Array, headers: Record<string, string> = { 'Content-Type': 'application/json' }): Promise<HttpAnswer> {
  return answer(await fetch(url, { method: 'POST', body, headers }));
}

export async function post(url: string, payload: unknown): Promise<HttpAnswer> {
  return postRaw(url, JSON.stringify(payload));
}

let nextId = 1;

/** One JSON-RPC call; returns the whole envelope. */
export async function call(url: string, method: string, params: unknown = {}): Promise<any> {
  const id = nextId++;
  const a = await post(url, { jsonrpc: '2.0', id, method, params });
  if (a.status !== 200) throw new Error(`HTTP ${a.status}: ${a.text}`);
  if (a.json?.id !== id) throw new Error(`id not echoed: ${a.text.slice(0, 200)}`);
  return a.json;
}

/** The `result` of a call that must succeed. */
export async function result(url: string, method: string, params: unknown = {}): Promise<any> {
  const r = await call(url, method, params);
  if (r.error) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.result;
}

/** The `error` of a call that must fail. */
export async function rpcError(url: string, method: string, params: unknown = {}): Promise<{ code: number; message: string; data?: string }> {
  const r = await call(url, method, params);
  if (!r.error) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(r.result).slice(0, 300)}`);
  return r.error;
}

export async function get(url: string, path: string, init: RequestInit = {}): Promise<HttpAnswer> {
  return answer(await fetch(url + path, init));
}

/**
 * Writes raw bytes to the server and collects everything it sends back until it closes the
 * connection or `idleMs` passes without data.
 */
export function rawExchange(url: string, payload: Buffer | string, idleMs = 1500): Promise<{ text: string; closed: boolean }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sock = connect(Number(u.port), u.hostname);
    let timer: NodeJS.Timeout | undefined;
    const done = (closed: boolean) => {
      clearTimeout(timer);
      sock.destroy();
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed });
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => done(false), idleMs);
    };
    sock.on('connect', () => {
      sock.write(payload);
      arm();
    });
    sock.on('data', (c) => {
      chunks.push(c);
      arm();
    });
    sock.on('end', () => done(true));
    sock.on('close', () => done(true));
    sock.on('error', (e) => (chunks.length ? done(true) : reject(e)));
  });
}

/** Parses the first HTTP response in raw text: status, headers (lower-case) and body. */
export function parseRawResponse(text: string): { status: number; headers: Record<string, string>; body: string } {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) throw new Error(`no HTTP response in ${JSON.stringify(text.slice(0, 200))}`);
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
  }
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1]);
  let body = text.slice(end + 4);
  if (headers['content-length'] !== undefined) body = body.slice(0, Number(headers['content-length']));
  return { status, headers, body };
}
