// The real, unmodified cosmjs 0.39 against this server over loopback: proves the JSON shapes.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { StargateClient } from '@cosmjs/stargate';
import { Comet38Client, connectComet, HttpBatchClient, isComet38Client } from '@cosmjs/tendermint-rpc';
import { toHex } from '../../chain/bytes.js';
import { RpcServer } from './server.js';
import { makeTx, msgData, REJECT_PREFIX, standardChain, txHashHex, type FakeBackend } from './testkit.js';

let backend: FakeBackend;
let txs: Uint8Array[];
let server: RpcServer;
let url: string;

beforeAll(async () => {
  ({ backend, txs } = standardChain());
  server = new RpcServer(backend, { port: 0 });
  ({ url } = await server.start());
});

afterAll(async () => {
  await server.stop();
});

describe('StargateClient (unmodified @cosmjs/stargate 0.39)', () => {
  test('connect picks the CometBFT 0.38 client', async () => {
    const comet = await connectComet(url);
    expect(isComet38Client(comet)).toBe(true);
    comet.disconnect();
  });

  test('getChainId, getHeight, getBlock', async () => {
    const client = await StargateClient.connect(url);
    try {
      expect(await client.getChainId()).toBe('aivm-test-1');
      expect(await client.getHeight()).toBe(5);
      const latest = await client.getBlock();
      expect(latest.header.height).toBe(5);
      expect(latest.id).toBe(toHex(backend.blocks[4]!.hash).toUpperCase());
      const b4 = await client.getBlock(4);
      expect(b4.header.chainId).toBe('aivm-test-1');
      expect(b4.header.version).toEqual({ block: '11', app: '0' });
      expect(b4.header.time).toBe('2023-11-14T22:13:40.123456789Z');
      expect(b4.txs.map((t) => toHex(t))).toEqual([txs[3]!, txs[4]!, txs[5]!].map((t) => toHex(t)));
      expect((await client.getBlock(1)).txs).toEqual([]);
    } finally {
      client.disconnect();
    }
  });

  test('getTx (upper and lower case id) and a missing tx', async () => {
    const client = await StargateClient.connect(url);
    try {
      const id = txHashHex(txs[0]!);
      const t = await client.getTx(id);
      expect(t).not.toBeNull();
      expect(t!.hash).toBe(id);
      expect(t!.height).toBe(2);
      expect(t!.txIndex).toBe(0);
      expect(t!.code).toBe(0);
      expect(toHex(t!.tx)).toBe(toHex(txs[0]!));
      expect(t!.gasWanted).toBe(200000n);
      expect(t!.gasUsed).toBe(50000n);
      expect(t!.msgResponses.map((m) => m.typeUrl)).toEqual(['/aivm.registry.v1.MsgCreateModelResponse']);
      expect(t!.events[0]).toEqual({
        type: 'message',
        attributes: [
          { key: 'action', value: '/aivm.registry.v1.MsgCreateModel' },
          { key: 'sender', value: 'aivm1alice' },
          { key: 'module', value: 'registry' },
        ],
      });
      expect((await client.getTx(id.toLowerCase()))!.height).toBe(2);
      const failed = await client.getTx(txHashHex(txs[2]!));
      expect(failed!.code).toBe(11);
      expect(failed!.rawLog).toBe('out of gas');
      expect(failed!.msgResponses).toEqual([]);
      expect(await client.getTx('00'.repeat(32))).toBeNull();
    } finally {
      client.disconnect();
    }
  });

  test('searchTx with arrays (string and number values) and raw strings, across pages', async () => {
    const client = await StargateClient.connect(url);
    try {
      const alice = await client.searchTx([{ key: 'message.sender', value: 'aivm1alice' }]);
      expect(alice.map((t) => [t.height, t.txIndex])).toEqual([
        [2, 0],
        [3, 0],
        [4, 0],
        [4, 2],
      ]);
      const at4 = await client.searchTx([
        { key: 'message.sender', value: 'aivm1alice' },
        { key: 'tx.height', value: 4 },
      ]);
      expect(at4.map((t) => t.txIndex)).toEqual([0, 2]);
      expect(await client.searchTx("message.sender='nobody'")).toEqual([]);
      // More matches than one page (per_page defaults to 30): cosmjs pages until total_count.
      const many = Array.from({ length: 45 }, (_, i) => ({ tx: makeTx(`bulk-${i}`), events: [{ type: 'bulk', attributes: [{ key: 'tag', value: 'yes' }] }] }));
      backend.addBlock(many.slice(0, 20));
      backend.addBlock(many.slice(20));
      const bulk = await client.searchTx([{ key: 'bulk.tag', value: 'yes' }]);
      expect(bulk).toHaveLength(45);
      expect(new Set(bulk.map((t) => t.hash)).size).toBe(45);
    } finally {
      client.disconnect();
    }
  });

  test('getBalance through abci_query', async () => {
    const client = await StargateClient.connect(url);
    try {
      expect(await client.getBalance('aivm1alice', 'uaivm')).toEqual({ denom: 'uaivm', amount: '1234' });
    } finally {
      client.disconnect();
    }
  });

  test('broadcastTx: broadcast_tx_sync then tx_search polling until the tx is in a block', async () => {
    const client = await StargateClient.connect(url);
    try {
      const tx = makeTx('via-cosmjs');
      setTimeout(() => backend.addBlock([{ tx, data: msgData('/aivm.bank.v1.MsgSendResponse'), events: [{ type: 'message', attributes: [{ key: 'action', value: '/aivm.bank.v1.MsgSend' }] }] }]), 150);
      const r = await client.broadcastTx(tx, 10_000, 50);
      expect(r.code).toBe(0);
      expect(r.transactionHash).toBe(txHashHex(tx));
      expect(r.height).toBe(backend.height());
      expect(r.msgResponses.map((m) => m.typeUrl)).toEqual(['/aivm.bank.v1.MsgSendResponse']);
      await expect(client.broadcastTxSync(makeTx('rejected', REJECT_PREFIX))).rejects.toThrow(/insufficient funds/);
    } finally {
      client.disconnect();
    }
  });
});

describe('Comet38Client (unmodified @cosmjs/tendermint-rpc 0.39) decodes every other method', () => {
  let comet: Comet38Client;
  beforeAll(async () => {
    comet = await Comet38Client.connect(url);
  });
  afterAll(() => comet.disconnect());

  test('status, abci_info, health, genesis, num_unconfirmed_txs', async () => {
    const s = await comet.status();
    expect(s.nodeInfo.version).toBe('0.38.17');
    expect(s.syncInfo.latestBlockHeight).toBe(backend.height());
    expect(s.validatorInfo.votingPower).toBe(10n);
    const info = await comet.abciInfo();
    expect(info.lastBlockHeight).toBe(backend.height());
    expect(toHex(info.lastBlockAppHash!)).toBe(toHex(backend.appHash()));
    expect(await comet.health()).toBeNull();
    const g = await comet.genesis();
    expect(g.chainId).toBe('aivm-test-1');
    expect(g.consensusParams.block?.maxBytes).toBe(22020096);
    const n = await comet.numUnconfirmedTxs();
    expect(n.total).toBe(backend.mempoolStats().count);
  });

  test('block, block_results, blockchain, commit, validators', async () => {
    const b = await comet.block(3);
    expect(b.block.header.height).toBe(3);
    expect(b.block.lastCommit?.height).toBe(2);
    expect(b.block.lastCommit?.signatures).toHaveLength(3);
    expect(toHex(b.block.header.lastBlockId!.hash)).toBe(toHex(backend.blocks[1]!.hash));
    expect(b.blockId.parts.total).toBe(1);
    const r = await comet.blockResults(4);
    expect(r.height).toBe(4);
    expect(r.results).toHaveLength(3);
    expect(r.results[0]!.gasWanted).toBe(200000n);
    expect(r.finalizeBlockEvents[0]!.type).toBe('block_reward');
    const chain = await comet.blockchain(1, 3);
    expect(chain.blockMetas.map((m) => m.header.height)).toEqual([3, 2, 1]);
    expect(chain.blockMetas[0]!.numTxs).toBe(1);
    const c = await comet.commit(4);
    expect(c.canonical).toBe(true);
    expect(c.commit.height).toBe(4);
    expect(toHex(c.commit.blockId.hash)).toBe(toHex(backend.blocks[3]!.hash));
    const v = await comet.validatorsAll(5);
    expect(v.validators.map((x) => x.votingPower)).toEqual([10n, 20n, 30n]);
    const page = await comet.validators({ page: 2, per_page: 2 });
    expect(page.count).toBe(1);
    expect(page.total).toBe(3);
  });

  test('abci_query, tx, tx_search (desc, per_page), broadcast sync/async/commit', async () => {
    const q = await comet.abciQuery({ path: '/echo', data: Uint8Array.of(1, 2, 3) });
    expect([...q.value]).toEqual([1, 2, 3]);
    expect(q.height).toBe(backend.height());
    const hash = Buffer.from(txHashHex(txs[6]!), 'hex');
    const t = await comet.tx({ hash });
    expect(t.height).toBe(5);
    expect(t.index).toBe(0);
    const s = await comet.txSearch({ query: "message.sender='aivm1alice'", order_by: 'desc', per_page: 3, page: 1 });
    expect(s.totalCount).toBe(4);
    expect(s.txs.map((x) => x.height)).toEqual([4, 4, 3]);
    const sync = await comet.broadcastTxSync({ tx: makeTx('c38-sync') });
    expect(sync.code).toBe(0);
    expect(toHex(sync.hash).toUpperCase()).toBe(txHashHex(makeTx('c38-sync')));
    const async_ = await comet.broadcastTxAsync({ tx: makeTx('c38-async') });
    expect(toHex(async_.hash).toUpperCase()).toBe(txHashHex(makeTx('c38-async')));
    const commit = await comet.broadcastTxCommit({ tx: makeTx('c38-commit') });
    expect(commit.checkTx.code).toBe(0);
    expect(commit.txResult?.code).toBe(0);
    expect(commit.height).toBe(backend.height());
    const rejected = await comet.broadcastTxCommit({ tx: makeTx('c38-bad', REJECT_PREFIX) });
    expect(rejected.checkTx.code).toBe(5);
  });

  test('batches through HttpBatchClient', async () => {
    const batch = new HttpBatchClient(url, { batchSizeLimit: 5, dispatchInterval: 10 });
    const c = Comet38Client.create(batch);
    try {
      const [s, b, h] = await Promise.all([c.status(), c.block(2), c.health()]);
      expect(s.nodeInfo.network).toBe('aivm-test-1');
      expect(b.block.header.height).toBe(2);
      expect(h).toBeNull();
    } finally {
      c.disconnect();
    }
  });
});
