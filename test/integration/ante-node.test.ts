// The ante chain as a client sees it through a real node's broadcast_tx_sync: a replayed
// committed tx, a duplicate still in the mempool, a bad signature and an unknown message type are
// each refused with their own codespace/code and a message that says what happened. (The full
// matrix runs in-process in test/unit/ante-matrix.test.ts.)
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { buildSignedTx } from '../../client/signing/tx-builder.js';
import { keyFromSeed, type Secp256k1Key } from '../../client/signing/secp256k1.js';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { accountInfo, cleanupAll, keyFromMnemonic, msgSend, NodeProcess } from '../harness/node-process.js';

jest.setTimeout(60_000);

let node: NodeProcess;
let key: Secp256k1Key;
let accountNumber: bigint;
let sequence: bigint;
const CHAIN_ID = 'aivm-dev-1';
const to = keyFromSeed('ante-node/to').address;

beforeAll(async () => {
  // A 1 s block interval leaves room to send a duplicate before the original commits.
  node = await NodeProcess.start({ accounts: 1, blockTimeMs: 1000 });
  key = await keyFromMnemonic(node.devAccounts().find((a) => a.name === 'dev0')!.mnemonic);
  ({ accountNumber, sequence } = (await accountInfo(node.url, key.address))!);
}, 150_000);

afterAll(async () => {
  await node?.stop();
  await cleanupAll();
});

function tx(o: { typeUrl?: string; seq?: bigint; memo?: string } = {}): Uint8Array {
  const m = msgSend(key.address, to, 7);
  return buildSignedTx(key, [o.typeUrl ? { typeUrl: o.typeUrl, value: m.value } : m], { chainId: CHAIN_ID, accountNumber, sequence: o.seq ?? sequence, memo: o.memo });
}

async function broadcast(bytes: Uint8Array): Promise<{ code: number; codespace: string; log: string; hash: string }> {
  const r = await node.rpc('broadcast_tx_sync', { tx: Buffer.from(bytes).toString('base64') });
  return { code: r.code, codespace: r.codespace ?? '', log: r.log ?? '', hash: r.hash };
}

async function waitCommitted(hash: string, timeoutMs = 20_000): Promise<{ height: number; code: number }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const r = await node.rpc('tx', { hash });
      return { height: Number(r.height), code: r.tx_result.code ?? 0 };
    } catch {
      await new Promise((res) => setTimeout(res, 150));
    }
  }
  throw new Error(`tx ${hash} was not committed within ${timeoutMs} ms`);
}

describe('ante checks through a real node (broadcast_tx_sync)', () => {
  test('a committed tx replayed byte for byte → ante/3 naming the height it was committed at', async () => {
    const bytes = tx({ memo: 'replay me' });
    const first = await broadcast(bytes);
    expect(first).toMatchObject({ code: 0 });
    sequence++;
    const { height, code } = await waitCommitted(first.hash);
    expect(code).toBe(0);
    const replay = await broadcast(bytes);
    expect({ codespace: replay.codespace, code: replay.code }).toEqual({ codespace: 'ante', code: 3 });
    expect(replay.hash).toBe(first.hash);
    expect(replay.log).toMatch(new RegExp(`committed at height ${height}\\b`));
    // the replay changed nothing: the account's sequence is still the one after the tx
    expect((await accountInfo(node.url, key.address))!.sequence).toBe(sequence);
  });

  test('the same tx twice before it commits → the second is sdk/19 (already in the mempool)', async () => {
    const bytes = tx({ memo: 'twice' });
    const [a, b] = await Promise.all([broadcast(bytes), broadcast(bytes)]);
    const answers = [a, b].map((r) => `${r.codespace}/${r.code}`).sort();
    expect(answers).toEqual(['/0', 'sdk/19']);
    const dup = a.code === 0 ? b : a;
    expect(dup.log).toMatch(/already in mempool/);
    // a third copy sent sequentially is still a duplicate while it waits, or a replay after it commits
    const c = await broadcast(bytes);
    expect(['sdk/19', 'ante/3']).toContain(`${c.codespace}/${c.code}`);
    sequence++;
    expect((await waitCommitted(a.hash)).code).toBe(0);
  });

  test('a bad signature → sdk/4, and nothing enters the mempool', async () => {
    const raw = TxRaw.decode(tx({ memo: 'bad sig' }));
    const sig = Uint8Array.from(raw.signatures[0]!);
    sig[10] ^= 0x01;
    const r = await broadcast(TxRaw.encode({ ...raw, signatures: [sig] }).finish());
    expect({ codespace: r.codespace, code: r.code }).toEqual({ codespace: 'sdk', code: 4 });
    expect(r.log).toMatch(/signature verification failed/);
    // the account's sequence did not move: the correct tx at the same sequence is accepted
    const ok = await broadcast(tx({ memo: 'after bad sig' }));
    expect(ok.code).toBe(0);
    sequence++;
    await waitCommitted(ok.hash);
  });

  test('an unknown message type URL → sdk/6 naming the type', async () => {
    const r = await broadcast(tx({ typeUrl: '/aivm.nope.v1.MsgNope' }));
    expect({ codespace: r.codespace, code: r.code }).toEqual({ codespace: 'sdk', code: 6 });
    expect(r.log).toContain('/aivm.nope.v1.MsgNope');
  });

  test('the node kept producing blocks and serving status throughout', async () => {
    const h = await node.height();
    await node.waitForHeight(h + 1);
    expect(node.running).toBe(true);
  });
});
