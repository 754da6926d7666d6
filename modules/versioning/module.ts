// The versioning module: immutable versions, yank/deprecate marks, aliases and "latest",
// lineage (parents, forks, merges) and Arweave mirrors.
import { readU64be, toBin } from '../../chain/bytes.js';
import type { AppModule, Invariant } from '../../chain/module.js';
import type { ModelKeeper } from './expected-keepers.js';
import { defaultVersioningGenesis, exportVersioningGenesis, initVersioningGenesis } from './genesis.js';
import { refString, VersionStatus, type VersioningKeeper } from './keeper.js';
import { VersioningKeys } from './keys.js';
import { versioningMsgs } from './msg-server.js';
import { versioningQueries } from './query-server.js';
import { versionKey } from './validation.js';

export function versioningInvariants(k: VersioningKeeper, models: ModelKeeper): Invariant[] {
  return [
    {
      name: 'versioning/versions-have-models',
      check(ctx) {
        const counts = new Map<string, number>();
        for (const v of k.allVersions(ctx)) {
          if (!models.getModel(ctx, v.model)) return `${refString(v.model, v.version)} belongs to model "${v.model}", which does not exist`;
          for (const p of v.parents) if (!k.getVersion(ctx, p.model ?? '', p.version ?? '')) return `${refString(v.model, v.version)} has a missing parent ${refString(p.model ?? '', p.version ?? '')}`;
          counts.set(v.model, (counts.get(v.model) ?? 0) + 1);
        }
        let stored = 0;
        for (const [key, value] of k.indexKeys(ctx, VersioningKeys.countPrefix)) {
          const model = new TextDecoder().decode(key.subarray(1));
          stored++;
          if (Number(readU64be(value)) !== counts.get(model)) return `model "${model}" counts ${readU64be(value)} versions but has ${counts.get(model) ?? 0}`;
        }
        if (stored !== counts.size) return `${counts.size - stored} models with versions have no version count`;
        return undefined;
      },
    },
    {
      name: 'versioning/latest-and-aliases',
      check(ctx) {
        const expected = new Set<string>();
        for (const v of k.allVersions(ctx)) {
          if (v.status === VersionStatus.VERSION_STATUS_VERIFIED && !v.yanked) expected.add(toBin(VersioningKeys.eligible(v.model, versionKey(v.version))));
        }
        let seen = 0;
        for (const [key] of k.indexKeys(ctx, VersioningKeys.eligiblePrefix)) {
          if (!expected.has(toBin(key))) return `"latest" index entry ${Buffer.from(key).toString('hex')} is not a VERIFIED, non-yanked version`;
          seen++;
        }
        if (seen !== expected.size) return `${expected.size - seen} VERIFIED, non-yanked versions are missing from the "latest" index`;
        for (const a of k.allAliases(ctx)) {
          const v = k.getVersion(ctx, a.model, a.version);
          if (!v) return `alias ${a.model}@${a.alias} points at ${a.version}, which does not exist`;
          if (v.status !== VersionStatus.VERSION_STATUS_VERIFIED) return `alias ${a.model}@${a.alias} points at ${a.version}, which is not VERIFIED`;
        }
        return undefined;
      },
    },
    {
      name: 'versioning/lineage-index',
      check(ctx) {
        const expected = new Set<string>();
        for (const v of k.allVersions(ctx)) {
          for (const p of v.parents) expected.add(toBin(VersioningKeys.child(p.model ?? '', versionKey(p.version ?? ''), v.model, versionKey(v.version))));
        }
        let seen = 0;
        for (const [key] of k.indexKeys(ctx, VersioningKeys.childPrefix)) {
          if (!expected.has(toBin(key))) return `lineage entry ${Buffer.from(key).toString('hex')} matches no parent link`;
          seen++;
        }
        if (seen !== expected.size) return `${expected.size - seen} parent links are missing from the lineage index`;
        for (const m of k.allMirrors(ctx)) if (!k.getVersion(ctx, m.model, m.version)) return `mirror ${m.arweaveTxId} of ${refString(m.model, m.version)}, which does not exist`;
        return undefined;
      },
    },
  ];
}

export function versioningModule(k: VersioningKeeper, models: ModelKeeper): AppModule {
  return {
    name: 'versioning',
    msgs: versioningMsgs(k),
    queries: versioningQueries(k),
    defaultGenesis: defaultVersioningGenesis,
    initGenesis: (ctx, raw) => initVersioningGenesis(k, models, ctx, raw),
    exportGenesis: (ctx) => exportVersioningGenesis(k, ctx),
    invariants: versioningInvariants(k, models),
  };
}
