import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The node's Prometheus metrics (one registry per node, served at GET /metrics). */
export class NodeMetrics {
  readonly registry = new Registry();
  readonly height = new Gauge({ name: 'aivm_consensus_height', help: 'Height of the latest committed block', registers: [this.registry] });
  readonly blockInterval = new Histogram({
    name: 'aivm_consensus_block_interval_seconds',
    help: 'Time between consecutive committed blocks',
    buckets: [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10],
    registers: [this.registry],
  });
  readonly txsPerBlock = new Histogram({
    name: 'aivm_consensus_block_txs',
    help: 'Transactions per committed block',
    buckets: [0, 1, 10, 100, 500, 1000, 2000, 5000, 10000],
    registers: [this.registry],
  });
  readonly totalTxs = new Counter({ name: 'aivm_consensus_txs_total', help: 'Transactions committed', registers: [this.registry] });
  readonly mempoolSize = new Gauge({ name: 'aivm_mempool_size', help: 'Transactions waiting in the mempool', registers: [this.registry] });
  readonly mempoolBytes = new Gauge({ name: 'aivm_mempool_bytes', help: 'Bytes of transactions waiting in the mempool', registers: [this.registry] });
  readonly recheckedTxs = new Counter({
    name: 'aivm_mempool_rechecked_txs_total',
    help: 'Transactions re-checked after a block (each waiting tx is re-checked after every block it is not in)',
    registers: [this.registry],
  });
  readonly recheckDroppedTxs = new Counter({ name: 'aivm_mempool_recheck_dropped_txs_total', help: 'Transactions dropped from the mempool because they failed a re-check', registers: [this.registry] });
  readonly checkTxSeconds = new Histogram({
    name: 'aivm_abci_check_tx_seconds',
    help: 'CheckTx duration',
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05],
    registers: [this.registry],
  });
  readonly finalizeBlockSeconds = new Histogram({
    name: 'aivm_abci_finalize_block_seconds',
    help: 'Block execution duration (all txs, end-block hooks, app hash)',
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
    registers: [this.registry],
  });
  readonly commitSeconds = new Histogram({
    name: 'aivm_store_commit_seconds',
    help: 'Duration of the atomic, fsynced block write',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });
  readonly rpcRequests = new Counter({ name: 'aivm_rpc_requests_total', help: 'JSON-RPC requests by method and outcome', labelNames: ['method', 'outcome'] as const, registers: [this.registry] });
  readonly rpcSeconds = new Histogram({
    name: 'aivm_rpc_request_seconds',
    help: 'JSON-RPC request latency by method',
    labelNames: ['method'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1],
    registers: [this.registry],
  });

  constructor(withProcessMetrics = true) {
    if (withProcessMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'aivm_process_' });
  }

  /** Labelled series by method (and outcome), looked up once: prom-client hashes labels on every call otherwise. */
  private readonly rpcSeries = new Map<string, { ok?: Counter.Internal; error?: Counter.Internal; seconds: Histogram.Internal<'method'> }>();

  observeRpc(method: string, ok: boolean, seconds: number): void {
    let s = this.rpcSeries.get(method);
    if (!s) this.rpcSeries.set(method, (s = { seconds: this.rpcSeconds.labels({ method }) }));
    const outcome = ok ? 'ok' : 'error';
    (s[outcome] ??= this.rpcRequests.labels({ method, outcome })).inc();
    s.seconds.observe(seconds);
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
