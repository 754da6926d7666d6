// A minimal HTTP/1.1 keep-alive client for load generation: one connection, one request in flight,
// requests handed over as ready-made bytes (request line, headers and body). The throughput
// benchmark's load generator runs on the same cores as the node it measures, so every
// microsecond it spends per request is taken from the node: node:http's client machinery
// (ClientRequest, agent, parser, streams) costs several times what writing prepared bytes and
// reading one Content-Length answer does.
import { connect, type Socket } from 'node:net';

/** The bytes of a JSON POST to `/` on host:port, ready to be written as is. */
export function encodeJsonPost(host: string, port: number, body: string): Buffer {
  const bodyBytes = Buffer.from(body, 'utf8');
  const head = `POST / HTTP/1.1\r\nHost: ${host}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${bodyBytes.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), bodyBytes]);
}

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');

/**
 * One keep-alive connection. `post` writes a prepared request and resolves with the answer's body
 * (status 200 with a Content-Length only: anything else rejects, as does a closed connection).
 */
export class KeepAliveConnection {
  private buffered: Buffer = Buffer.alloc(0);
  private pending: { resolve: (body: string) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (e) => this.fail(e));
    socket.on('close', () => this.fail(new Error('connection closed by the server')));
  }

  static open(host: string, port: number): Promise<KeepAliveConnection> {
    return new Promise((resolve, reject) => {
      const s = connect({ host, port }, () => {
        s.off('error', reject);
        resolve(new KeepAliveConnection(s));
      });
      s.once('error', reject);
    });
  }

  post(request: Buffer): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.pending) return Promise.reject(new Error('one request at a time per connection'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(request);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const end = this.buffered.indexOf(HEADER_END);
    if (end < 0) return;
    const head = this.buffered.toString('latin1', 0, end);
    const status = /^HTTP\/1\.1 (\d{3})/.exec(head);
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!status || !length) return this.fail(new Error(`unexpected HTTP answer: ${head.slice(0, 200)}`));
    const bodyLength = Number(length[1]);
    if (this.buffered.length < end + 4 + bodyLength) return;
    const body = this.buffered.toString('utf8', end + 4, end + 4 + bodyLength);
    const extra = this.buffered.length - (end + 4 + bodyLength);
    this.buffered = Buffer.alloc(0);
    const p = this.pending;
    this.pending = undefined;
    if (!p) return this.fail(new Error('answer without a request'));
    if (extra > 0) {
      const e = new Error(`${extra} bytes after the answer`);
      p.reject(e);
      return this.fail(e);
    }
    if (status[1] !== '200') p.reject(new Error(`HTTP ${status[1]}: ${body.slice(0, 200)}`));
    else p.resolve(body);
  }

  private fail(e: Error): void {
    this.failure ??= e;
    const p = this.pending;
    this.pending = undefined;
    p?.reject(e);
    this.socket.destroy();
  }
}
