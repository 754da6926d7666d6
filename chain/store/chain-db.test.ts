import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { u32be } from '../bytes.js';
import { ChainDB, type BatchOp } from './chain-db.js';

// A block's batch against a real LevelDB: tens of thousands of operations, filled across several
// turns of the event loop, still land all at once.

let dir: string;
let db: ChainDB;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aivm-chaindb-'));
  db = await ChainDB.open(dir);
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const key = (i: number) => Uint8Array.of(0x7f, ...u32be(i));

describe('ChainDB.write', () => {
  it('writes a large batch atomically: nothing is visible while it fills, everything after', async () => {
    await db.write([{ type: 'put', key: key(1), value: Uint8Array.of(1) }]);
    const ops: BatchOp[] = [{ type: 'del', key: key(1) }];
    for (let i = 2; i < 40_000; i++) ops.push({ type: 'put', key: key(i), value: u32be(i) });
    const writing = db.write(ops);
    // The event loop turns while the batch fills and is written. The batch lands at one instant,
    // so reads in order (its last op, its first op, its second op) never see a later one applied
    // and an earlier one not — even if the write lands between two of the reads.
    let torn = 0;
    for (let turns = 0; turns < 10_000; turns++) {
      await new Promise((r) => setImmediate(r));
      const last = db.getSync(key(39_999)) !== undefined;
      const firstDeleted = db.getSync(key(1)) === undefined;
      const second = db.getSync(key(2)) !== undefined;
      if ((last && !firstDeleted) || (last && !second) || (firstDeleted && !second)) torn++;
      if (second) break;
    }
    await writing;
    expect(torn).toBe(0);
    expect(db.getSync(key(1))).toBeUndefined();
    const got = await db.getMany(ops.slice(1).map((o) => o.key));
    expect(got.every((v, i) => v !== undefined && Buffer.from(v).equals(Buffer.from(u32be(i + 2))))).toBe(true);
  });
});
