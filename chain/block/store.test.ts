import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utf8 } from '../bytes.js';
import { sha256 } from '../hash.js';
import { types } from '../../proto/index.js';
import { ChainDB } from '../store/chain-db.js';
import type { Block, Commit, ExecTxResult } from './hashing.js';
import { BlockStore, type TxCondition } from './store.js';
import { TxIndexBuilder, type IndexableEvent } from './tx-index.js';

// The event index against a real LevelDB: blocks of several txs that share some attribute
// values and not others, a tx that repeats a pair, an unindexed attribute, values that are
// prefixes of each other.

type Attr = [key: string, value: string, index?: boolean];
const tx = (...events: Array<[type: string, ...attrs: Attr[]]>): ExecTxResult =>
  ({
    code: 0,
    events: events.map(([type, ...attrs]) => ({ type, attributes: attrs.map(([key, value, index = true]) => ({ key, value, index })) })),
  }) as unknown as ExecTxResult;

const send = (sender: string, amount: string): ExecTxResult =>
  tx(['message', ['action', 'send'], ['sender', sender]], ['transfer', ['sender', sender], ['amount', amount]], ['tx', ['signature', 'sig-' + sender, false]]);

let dir: string;
let db: ChainDB;
let store: BlockStore;

async function putBlock(height: number, results: ExecTxResult[]): Promise<void> {
  const txs = results.map((_, i) => utf8(`tx ${height}/${i}`));
  const block = { header: { height, chainId: 'test' }, txs } as unknown as Block;
  const hashes = txs.map((t) => sha256(t));
  const index = new TxIndexBuilder(height);
  results.forEach((r, i) => index.add(i, hashes[i]!, r.events as IndexableEvent[]));
  const ops = store.commitOps(block, {} as Commit, types.BlockResults.encode({ height, txResults: results }).finish(), index);
  await db.write(ops);
}

const at = (conds: TxCondition[]) => store.search(conds).then((ls) => ls.map((l) => `${l.height}/${l.index}`));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aivm-blockstore-'));
  db = await ChainDB.open(dir);
  store = new BlockStore(db);
  await putBlock(1, [send('alice', '5uaivm'), send('bob', '5uaivm'), send('alice', '7uaivm')]);
  await putBlock(2, [send('bob', '50uaivm')]);
  // One tx that carries the same pair twice (two messages from one sender).
  await putBlock(3, [tx(['message', ['action', 'send'], ['sender', 'alice']], ['message', ['action', 'send'], ['sender', 'alice']]), send('carol', '5uaivm')]);
  // Event types and attribute keys may hold dots: "a.b" + "c" and "a" + "b.c" are one query key.
  await putBlock(4, [tx(['a.b', ['c', 'v']]), tx(['a', ['b.c', 'v']]), tx(['a.b', ['c', 'w']], ['a', ['b.c', 'v']])]);
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('BlockStore event index', () => {
  it('finds every tx carrying a value, across heights, in (height, index) order, each once', async () => {
    expect(await at([{ key: 'message.sender', value: 'alice' }])).toEqual(['1/0', '1/2', '3/0']);
    expect(await at([{ key: 'message.action', value: 'send' }])).toEqual(['1/0', '1/1', '1/2', '2/0', '3/0', '3/1']);
    expect(await at([{ key: 'transfer.amount', value: '5uaivm' }])).toEqual(['1/0', '1/1', '3/1']);
  });

  it('lists the txs of a query key that several event type / attribute key pairs spell', async () => {
    expect(await at([{ key: 'a.b.c', value: 'v' }])).toEqual(['4/0', '4/1', '4/2']);
    expect(await at([{ key: 'a.b.c', value: 'w' }])).toEqual(['4/2']);
  });

  it('ANDs conditions, and tells values that are prefixes of each other apart', async () => {
    expect(await at([{ key: 'message.action', value: 'send' }, { key: 'transfer.sender', value: 'bob' }])).toEqual(['1/1', '2/0']);
    expect(await at([{ key: 'transfer.amount', value: '5' }])).toEqual([]);
    expect(await at([{ key: 'transfer.amount', value: '50uaivm' }])).toEqual(['2/0']);
    expect(await at([{ key: 'message.sender', value: 'alice' }, { key: 'transfer.sender', value: 'bob' }])).toEqual([]);
  });

  it('does not index attributes marked index: false, and answers tx.hash and tx.height from their own indexes', async () => {
    expect(await at([{ key: 'tx.signature', value: 'sig-alice' }])).toEqual([]);
    expect(await at([{ key: 'tx.height', value: '1' }])).toEqual(['1/0', '1/1', '1/2']);
    const hash = Buffer.from(sha256(utf8('tx 2/0'))).toString('hex');
    expect(await at([{ key: 'tx.hash', value: hash }])).toEqual(['2/0']);
  });
});
