// Genesis import/export of the access module (aivm.access.v1.GenesisState with proto field names).
// The by-grantee index and the grant count are rebuilt from the records.
import type { Context } from '../../chain/context.js';
import { aivm } from '../../proto/index.js';
import { enumName, JsonReader, type Json } from '../registry/json.js';
import { canonicalAddress } from '../registry/util.js';
import { validateModelName } from '../registry/validation.js';
import { parseVersion } from '../versioning/validation.js';
import { AccessErrors } from './errors.js';
import type { ModelReader, VersionReader } from './expected-keepers.js';
import type { AccessKeeper, Grant } from './keeper.js';
import { validateExpiry, validatePurpose } from './validation.js';

const pb = aivm.access.v1;

export interface GrantJson {
  model: string;
  version: string;
  grantee: string;
  purpose: string;
  expires_at: string;
  granter: string;
  created_height: string;
}

export interface AccessGenesis {
  grants: GrantJson[];
}

export function defaultAccessGenesis(): AccessGenesis {
  return { grants: [] };
}

function grantToJson(g: Grant): GrantJson {
  return {
    model: g.model,
    version: g.version,
    grantee: g.grantee,
    purpose: enumName(pb.Purpose, g.purpose),
    expires_at: String(g.expiresAt),
    granter: g.granter,
    created_height: String(g.createdHeight),
  };
}

export function initAccessGenesis(k: AccessKeeper, models: ModelReader, versions: VersionReader, ctx: Context, raw: unknown): void {
  const r = new JsonReader(AccessErrors.InvalidGenesis, 'access genesis');
  const g = r.object(raw ?? {}, 'access genesis') as Json;
  r.array(g, 'grants').forEach((raw, i) => {
    const rr = new JsonReader(AccessErrors.InvalidGenesis, `access genesis grants[${i}]`);
    const o = rr.object(raw, 'a grant');
    const grant = pb.Grant.create({
      model: rr.str(o, 'model'),
      version: rr.str(o, 'version'),
      grantee: rr.str(o, 'grantee'),
      purpose: rr.enumValue(o, 'purpose', pb.Purpose),
      expiresAt: rr.uint(o, 'expires_at'),
      granter: rr.str(o, 'granter'),
      createdHeight: rr.uint(o, 'created_height'),
    });
    validateModelName(grant.model, 'model');
    canonicalAddress(grant.grantee, 'grantee');
    canonicalAddress(grant.granter, 'granter');
    validatePurpose(grant.purpose);
    validateExpiry(grant.expiresAt);
    if (!models.getModel(ctx, grant.model)) throw rr.fail(`grant on model "${grant.model}", which is not in the registry genesis`);
    if (grant.version !== '') {
      parseVersion(grant.version);
      if (!versions.getVersion(ctx, grant.model, grant.version)) throw rr.fail(`grant on ${grant.model}@${grant.version}, which is not in the versioning genesis`);
    }
    k.importGrant(ctx, grant);
  });
}

export function exportAccessGenesis(k: AccessKeeper, ctx: Context): AccessGenesis {
  return { grants: [...k.allGrants(ctx)].map(({ grant }) => grantToJson(grant)) };
}
