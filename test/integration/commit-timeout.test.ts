// broadcast_tx_commit on a real node whose commit timeout (config.json
// rpc.timeout_broadcast_tx_commit_ms) is shorter than its block interval: the caller gets a
// JSON-RPC error that names the tx and says what to do, the node logs no failure for it, and the
// tx still commits in the next block.
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSignedTx } from '../../client/signing/tx-builder.js';
import { keyFromSeed } from '../../client/signing/secp256k1.js';
import { accountInfo, cleanupAll, keyFromMnemonic, makeTempDir, msgSend, NodeProcess, RpcCallError } from '../harness/node-process.js';

jest.setTimeout(90_000);

const TIMEOUT_MS = 300;
const BLOCK_MS = 2000;
let node: NodeProcess;

beforeAll(async () => {
  // `dev` creates the home on its first start; the timeout is set in its config.json, then the
  // node starts again from that home.
  const home = makeTempDir();
  const first = await NodeProcess.start({ home, command: 'dev', accounts: 1, blockTimeMs: BLOCK_MS });
  await first.stop();
  const path = join(home, 'config', 'config.json');
  const config = JSON.parse(readFileSync(path, 'utf8')) as { rpc: { timeout_broadcast_tx_commit_ms: number } };
  config.rpc.timeout_broadcast_tx_commit_ms = TIMEOUT_MS;
  writeFileSync(path, JSON.stringify(config, null, 2));
  node = await NodeProcess.start({ home, command: 'dev', blockTimeMs: BLOCK_MS });
}, 150_000);

afterAll(async () => {
  await node?.stop();
  await cleanupAll();
});

test('a commit that takes longer than the timeout: a JSON-RPC error naming the tx, no failure logged, and the tx commits later', async () => {
  const key = await keyFromMnemonic(node.devAccounts().find((a) => a.name === 'dev0')!.mnemonic);
  const { accountNumber, sequence } = (await accountInfo(node.url, key.address))!;
  const to = keyFromSeed('commit-timeout/to').address;
  const bytes = buildSignedTx(key, [msgSend(key.address, to, 5)], { chainId: 'aivm-dev-1', accountNumber, sequence });
  const hash = createHash('sha256').update(bytes).digest('hex').toUpperCase();

  // Sent right after a block commits, the tx waits ~BLOCK_MS for the next one: far longer than
  // TIMEOUT_MS, whatever the moment the test starts at.
  await node.waitForHeight((await node.height()) + 1);
  const error = await node.rpc('broadcast_tx_commit', { tx: Buffer.from(bytes).toString('base64') }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RpcCallError);
  expect((error as RpcCallError).error).toEqual({
    code: -32603,
    message: 'Internal error',
    data: `timed out after ${TIMEOUT_MS} ms waiting for tx ${hash} to be committed; it may still be committed later: query it with tx`,
  });

  // The timeout only ended the wait: the tx is in the mempool and goes into the next block.
  let committed: { height: string; tx_result: { code: number } } | undefined;
  for (const end = Date.now() + 5 * BLOCK_MS + 10_000; !committed && Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    committed = await node.rpc('tx', { hash }).catch(() => undefined);
  }
  expect(committed?.tx_result.code).toBe(0);
  expect(Number(committed?.height)).toBeGreaterThan(0);
  expect(node.stderr).not.toContain('rpc method failed');
  // The node keeps serving.
  expect(await node.height()).toBeGreaterThanOrEqual(Number(committed?.height));
});
