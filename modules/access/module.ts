// The access module: grants of private models (or single versions) with purpose and expiry.
import { parseAddress } from '../../chain/address.js';
import { toBin } from '../../chain/bytes.js';
import type { AppModule, Invariant } from '../../chain/module.js';
import type { ModelReader, VersionReader } from './expected-keepers.js';
import { defaultAccessGenesis, exportAccessGenesis, initAccessGenesis } from './genesis.js';
import type { AccessKeeper } from './keeper.js';
import { AccessKeys } from './keys.js';
import { accessMsgs } from './msg-server.js';
import { accessQueries } from './query-server.js';

export function accessInvariants(k: AccessKeeper, models: ModelReader, versions: VersionReader): Invariant[] {
  return [
    {
      name: 'access/grants',
      check(ctx) {
        const expected = new Set<string>();
        let n = 0;
        for (const { key, grant: g } of k.allGrants(ctx)) {
          n++;
          const grantee = parseAddress(g.grantee);
          if (toBin(key) !== toBin(AccessKeys.grant(g.model, g.version, grantee, g.purpose))) return `grant ${g.model}@${g.version} to ${g.grantee} is stored under another key`;
          if (!models.getModel(ctx, g.model)) return `grant on model "${g.model}", which does not exist`;
          if (g.version !== '' && !versions.getVersion(ctx, g.model, g.version)) return `grant on ${g.model}@${g.version}, which does not exist`;
          expected.add(toBin(AccessKeys.byGrantee(grantee, g.model, g.version, g.purpose)));
        }
        let seen = 0;
        for (const key of k.granteeIndex(ctx)) {
          if (!expected.has(toBin(key))) return `by-grantee entry ${Buffer.from(key).toString('hex')} matches no grant`;
          seen++;
        }
        if (seen !== expected.size) return `${expected.size - seen} grants are missing from the by-grantee index`;
        if (k.count(ctx) !== n) return `grant count is ${k.count(ctx)} but there are ${n} grants`;
        return undefined;
      },
    },
  ];
}

export function accessModule(k: AccessKeeper, models: ModelReader, versions: VersionReader): AppModule {
  return {
    name: 'access',
    msgs: accessMsgs(k),
    queries: accessQueries(k),
    defaultGenesis: defaultAccessGenesis,
    initGenesis: (ctx, raw) => initAccessGenesis(k, models, versions, ctx, raw),
    exportGenesis: (ctx) => exportAccessGenesis(k, ctx),
    invariants: accessInvariants(k, models, versions),
  };
}
