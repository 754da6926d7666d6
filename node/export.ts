import { headerHash, type Header } from '../chain/block/hashing.js';
import { BlockStore } from '../chain/block/store.js';
import { fromUtf8 } from '../chain/bytes.js';
import { validateGenesis, type GenesisDoc } from '../chain/genesis.js';
import { MetaKey } from '../chain/store/buckets.js';
import { ChainDB, metaKey } from '../chain/store/chain-db.js';
import { StateDB } from '../chain/store/state-db.js';
import { createApp } from '../modules/index.js';
import { homePaths, HomeError } from './home.js';

/**
 * The genesis document of a stopped node's current state: every module's state as genesis JSON,
 * initial_height = head + 1. Importing it into a fresh home recreates the state byte for byte.
 */
export async function exportState(home: string): Promise<{ genesis: GenesisDoc; height: number; blockHash: string }> {
  const db = await ChainDB.open(homePaths(home).chainDb);
  try {
    const g = await db.get(metaKey(MetaKey.Genesis));
    if (!g) throw new HomeError('EXPORT_NO_CHAIN', `${home} has no chain data yet: start the node once before exporting`);
    const genesis = validateGenesis(JSON.parse(fromUtf8(g)));
    const blocks = new BlockStore(db);
    const head = await blocks.head();
    const state = await StateDB.load(db);
    const { app } = createApp(state, genesis.chain_id, { lastHeight: head });
    const block = head > 0 ? await blocks.block(head) : undefined;
    const hd = block?.header as Header | undefined;
    const time = hd?.time ? new Date((hd.time.seconds ?? 0) * 1000).toISOString().replace(/\.\d{3}Z$/, `.${String(hd.time.nanos ?? 0).padStart(9, '0')}Z`) : genesis.genesis_time;
    return {
      genesis: { ...genesis, genesis_time: time, initial_height: String(head + 1), app_hash: '', app_state: app.exportAppState() },
      height: head,
      blockHash: hd ? Buffer.from(headerHash(hd)).toString('hex').toUpperCase() : '',
    };
  } finally {
    await db.close();
  }
}
