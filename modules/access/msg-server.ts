// Message routes of the access module.
import { msgRoute, type MsgRoute } from '../../chain/module.js';
import { aivm } from '../../proto/index.js';
import { canonicalAddress, strictDecode } from '../registry/util.js';
import { validateModelName } from '../registry/validation.js';
import { parseVersion } from '../versioning/validation.js';
import type { AccessKeeper } from './keeper.js';
import { validateExpiry, validatePurpose } from './validation.js';

const pb = aivm.access.v1;

export const AccessMsgTypes = {
  GrantAccess: '/aivm.access.v1.MsgGrantAccess',
  RevokeAccess: '/aivm.access.v1.MsgRevokeAccess',
} as const;

function common(m: { owner: string; model: string; version: string; grantee: string; purpose: number }): void {
  canonicalAddress(m.owner, 'owner');
  validateModelName(m.model, 'model');
  if (m.version !== '') parseVersion(m.version);
  canonicalAddress(m.grantee, 'grantee');
  validatePurpose(m.purpose);
}

export function accessMsgs(k: AccessKeeper): MsgRoute<any>[] {
  return [
    msgRoute({
      typeUrl: AccessMsgTypes.GrantAccess,
      decode: (b) => strictDecode(pb.MsgGrantAccess, b, 'MsgGrantAccess'),
      validateBasic(m) {
        common(m);
        validateExpiry(m.expiresAt);
      },
      signers: (m) => [m.owner],
      handle(ctx, m) {
        k.grant(ctx, { owner: m.owner, model: m.model, version: m.version, grantee: m.grantee, purpose: m.purpose, expiresAt: m.expiresAt });
        return { typeUrl: `${AccessMsgTypes.GrantAccess}Response`, value: pb.MsgGrantAccessResponse.encode({}).finish() };
      },
    }),
    msgRoute({
      typeUrl: AccessMsgTypes.RevokeAccess,
      decode: (b) => strictDecode(pb.MsgRevokeAccess, b, 'MsgRevokeAccess'),
      validateBasic: common,
      signers: (m) => [m.owner],
      handle(ctx, m) {
        k.revoke(ctx, { owner: m.owner, model: m.model, version: m.version, grantee: m.grantee, purpose: m.purpose });
        return { typeUrl: `${AccessMsgTypes.RevokeAccess}Response`, value: pb.MsgRevokeAccessResponse.encode({}).finish() };
      },
    }),
  ];
}
