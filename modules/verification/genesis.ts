// Genesis import/export of the verification module: params (in the JSON form of params.ts) and
// attestations. The deadline index is rebuilt from the PENDING versions of module versioning,
// which is therefore imported first (see modules/index.ts).
import type { Context } from '../../chain/context.js';
import { aivm } from '../../proto/index.js';
import { JsonReader, type Json } from '../registry/json.js';
import { canonicalAddress, SHA256_HEX } from '../registry/util.js';
import { validateModelName } from '../registry/validation.js';
import { parseVersion } from '../versioning/validation.js';
import { VerificationErrors } from './errors.js';
import type { VersionStore } from './expected-keepers.js';
import type { Attestation, VerificationKeeper } from './keeper.js';
import { DEFAULT_VERIFICATION_PARAMS, type VerificationParams } from './params.js';

const pb = aivm.verification.v1;

export interface AttestationJson {
  model: string;
  version: string;
  attester: string;
  pass: boolean;
  report_digest: string;
  height: string;
}

export interface VerificationGenesis {
  params: VerificationParams;
  attestations: AttestationJson[];
}

export function defaultVerificationGenesis(): VerificationGenesis {
  return { params: DEFAULT_VERIFICATION_PARAMS, attestations: [] };
}

function attestationToJson(a: Attestation): AttestationJson {
  return { model: a.model, version: a.version, attester: a.attester, pass: a.pass, report_digest: a.reportDigest, height: String(a.height) };
}

export function initVerificationGenesis(k: VerificationKeeper, versions: VersionStore, ctx: Context, raw: unknown): void {
  const r = new JsonReader(VerificationErrors.InvalidGenesis, 'verification genesis');
  const g = r.object(raw ?? {}, 'verification genesis') as Json;
  k.setParams(ctx, (g.params as VerificationParams | undefined) ?? DEFAULT_VERIFICATION_PARAMS);
  r.array(g, 'attestations').forEach((raw, i) => {
    const rr = new JsonReader(VerificationErrors.InvalidGenesis, `verification genesis attestations[${i}]`);
    const o = rr.object(raw, 'an attestation');
    const a = pb.Attestation.create({
      model: rr.str(o, 'model'),
      version: rr.str(o, 'version'),
      attester: rr.str(o, 'attester'),
      pass: rr.bool(o, 'pass'),
      reportDigest: rr.str(o, 'report_digest'),
      height: rr.uint(o, 'height'),
    });
    validateModelName(a.model, 'model');
    parseVersion(a.version);
    canonicalAddress(a.attester, 'attester');
    if (!SHA256_HEX.test(a.reportDigest)) throw rr.fail('report_digest must be 64 lowercase hex characters');
    if (!versions.getVersion(ctx, a.model, a.version)) throw rr.fail(`attests ${a.model}@${a.version}, which is not in the versioning genesis`);
    k.importAttestation(ctx, a);
  });
  k.rebuildDeadlines(ctx);
}

export function exportVerificationGenesis(k: VerificationKeeper, ctx: Context): VerificationGenesis {
  return { params: k.getParams(ctx), attestations: [...k.allAttestations(ctx)].map(({ attestation }) => attestationToJson(attestation)) };
}
