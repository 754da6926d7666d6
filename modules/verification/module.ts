// The verification module: the AIVM execution standard (params), attestations of pending
// versions by validators, their tally by voting power, and expiry at the deadline (endBlock).
import { parseAddress } from '../../chain/address.js';
import type { AppModule, Invariant } from '../../chain/module.js';
import { compare } from '../../chain/bytes.js';
import { aivm } from '../../proto/index.js';
import type { VersionStore } from './expected-keepers.js';
import { defaultVerificationGenesis, exportVerificationGenesis, initVerificationGenesis } from './genesis.js';
import type { VerificationKeeper } from './keeper.js';
import { VerificationKeys } from './keys.js';
import { verificationMsgs } from './msg-server.js';
import { verificationQueries } from './query-server.js';

const PENDING = aivm.versioning.v1.VersionStatus.VERSION_STATUS_PENDING;

export function verificationInvariants(k: VerificationKeeper, versions: VersionStore): Invariant[] {
  return [
    {
      name: 'verification/deadlines',
      check(ctx) {
        const entries = new Set<string>();
        for (const d of k.deadlineEntries(ctx)) {
          const v = versions.getVersion(ctx, d.model, d.version);
          if (!v) return `deadline entry for ${d.model}@${d.version} has no version`;
          if (v.status !== PENDING) return `deadline entry for ${d.model}@${d.version}, which is not PENDING`;
          if (v.deadlineHeight !== d.height) return `deadline entry of ${d.model}@${d.version} at ${d.height}, but its record says ${v.deadlineHeight}`;
          entries.add(`${d.model}@${d.version}`);
        }
        for (const v of versions.allVersions(ctx)) {
          if (v.status === PENDING && !entries.has(`${v.model}@${v.version}`)) return `PENDING version ${v.model}@${v.version} has no deadline entry`;
        }
        return undefined;
      },
    },
    {
      name: 'verification/attestations',
      check(ctx) {
        for (const { key, attestation: a } of k.allAttestations(ctx)) {
          if (!versions.getVersion(ctx, a.model, a.version)) return `attestation by ${a.attester} of ${a.model}@${a.version}, which does not exist`;
          if (compare(key, VerificationKeys.attestation(a.model, a.version, parseAddress(a.attester))) !== 0) return `attestation of ${a.model}@${a.version} by ${a.attester} is stored under another key`;
        }
        return undefined;
      },
    },
  ];
}

export function verificationModule(k: VerificationKeeper, versions: VersionStore): AppModule {
  return {
    name: 'verification',
    msgs: verificationMsgs(k),
    queries: verificationQueries(k),
    defaultGenesis: defaultVerificationGenesis,
    initGenesis: (ctx, raw) => initVerificationGenesis(k, versions, ctx, raw),
    exportGenesis: (ctx) => exportVerificationGenesis(k, ctx),
    endBlock: (ctx) => k.endBlock(ctx),
    invariants: verificationInvariants(k, versions),
  };
}
