// The node's JSON-RPC server (node/rpc) with a stub backend whose abci_query answers a constant
// protobuf value of VALUE_BYTES bytes: the RPC layer's own cost, without the chain behind it.
// Started by bench/model-queries.ts in its own process; prints its port on stdout.
//
//   node --import tsx bench/rpc-stub-server.ts      (VALUE_BYTES=430)
import '../node/polyfills.js';
import { createLogger, stderrSink } from '../node/log.js';
import { NodeMetrics } from '../node/metrics.js';
import type { RpcBackend } from '../node/rpc/backend.js';
import { RpcServer } from '../node/rpc/server.js';

const value = new Uint8Array(Number(process.env.VALUE_BYTES ?? 430)).fill(7);
const unsupported = (): never => {
  throw new Error('not served by the stub backend');
};
const backend = {
  height: () => 5,
  query: () => ({ code: 0, codespace: '', log: '', value, height: 5 }),
  nodeInfo: unsupported,
  validatorInfo: unsupported,
  syncInfo: unsupported,
  appHash: unsupported,
  appVersion: () => '0',
} as unknown as RpcBackend;
// The node's own metrics and logger wiring (node/node.ts): a histogram observation per call, warn-level logs.
const metrics = new NodeMetrics(true);
const server = new RpcServer(backend, {
  host: '127.0.0.1',
  port: 0,
  metrics: { observe: (m: string, ok: boolean, s: number) => metrics.observeRpc(m, ok, s) },
  logger: createLogger(stderrSink('warn', 'text'), 'aivm').child('rpc'),
});
const { url } = await server.start();
process.stdout.write(`${new URL(url).port}\n`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
