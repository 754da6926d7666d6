// The registry module: models, their owners, maintainers, metadata and visibility.
import { parseAddress } from '../../chain/address.js';
import { equal, toBin } from '../../chain/bytes.js';
import type { AppModule, Invariant } from '../../chain/module.js';
import { defaultRegistryGenesis, exportRegistryGenesis, initRegistryGenesis } from './genesis.js';
import type { RegistryKeeper } from './keeper.js';
import { RegistryKeys } from './keys.js';
import { registryMsgs } from './msg-server.js';
import { registryQueries } from './query-server.js';

export function registryInvariants(k: RegistryKeeper): Invariant[] {
  return [
    {
      name: 'registry/indexes',
      check(ctx) {
        // Every index entry exists exactly for its model and holds a copy of the model's record.
        const expected = new Map<string, Uint8Array>();
        let n = 0;
        const kv = ctx.kv('registry');
        for (const m of k.models(ctx)) {
          n++;
          const record = kv.get(RegistryKeys.model(m.name))!;
          expected.set(toBin(RegistryKeys.byOwner(parseAddress(m.owner), m.name)), record);
          for (const t of m.tags) expected.set(toBin(RegistryKeys.byTag(t, m.name)), record);
          if (m.task !== '') expected.set(toBin(RegistryKeys.byTask(m.task, m.name)), record);
        }
        let seen = 0;
        for (const [key, value] of kv.iterator(RegistryKeys.byOwnerPrefix, RegistryKeys.modelCount)) {
          const record = expected.get(toBin(key));
          if (!record) return `index entry ${Buffer.from(key).toString('hex')} matches no model record`;
          if (!equal(value, record)) return `index entry ${Buffer.from(key).toString('hex')} does not hold its model's current record`;
          seen++;
        }
        if (seen !== expected.size) return `${expected.size - seen} index entries are missing for existing models`;
        if (k.count(ctx) !== n) return `model count is ${k.count(ctx)} but there are ${n} model records`;
        return undefined;
      },
    },
    {
      name: 'registry/maintainers',
      check(ctx) {
        for (const m of k.models(ctx)) {
          const sorted = [...new Set(m.maintainers)].sort();
          if (sorted.join() !== m.maintainers.join() || m.maintainers.includes(m.owner)) return `model ${m.name}: maintainers are not sorted and unique, or include the owner`;
        }
        return undefined;
      },
    },
  ];
}

export function registryModule(k: RegistryKeeper): AppModule {
  return {
    name: 'registry',
    msgs: registryMsgs(k),
    queries: registryQueries(k),
    defaultGenesis: defaultRegistryGenesis,
    initGenesis: (ctx, raw) => initRegistryGenesis(k, ctx, raw),
    exportGenesis: (ctx) => exportRegistryGenesis(k, ctx),
    invariants: registryInvariants(k),
  };
}
