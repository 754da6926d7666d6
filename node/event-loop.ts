/**
 * Lets pending I/O callbacks (RPC requests, worker replies) run before the caller goes on.
 * Long synchronous stretches on the main thread (executing a block, re-checking the mempool)
 * call it between slices, so that incoming txs keep reaching the signature workers.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
