// Message routes of the verification module.
import { ChainError } from '../../chain/errors.js';
import { msgRoute, type MsgRoute } from '../../chain/module.js';
import { aivm } from '../../proto/index.js';
import { canonicalAddress, SHA256_HEX, strictDecode } from '../registry/util.js';
import { validateModelName } from '../registry/validation.js';
import { parseVersion } from '../versioning/validation.js';
import { VerificationErrors } from './errors.js';
import type { VerificationKeeper } from './keeper.js';

const pb = aivm.verification.v1;

export const VerificationMsgTypes = {
  AttestVersion: '/aivm.verification.v1.MsgAttestVersion',
} as const;

export function verificationMsgs(k: VerificationKeeper): MsgRoute<any>[] {
  return [
    msgRoute({
      typeUrl: VerificationMsgTypes.AttestVersion,
      decode: (b) => strictDecode(pb.MsgAttestVersion, b, 'MsgAttestVersion'),
      validateBasic(m) {
        canonicalAddress(m.attester, 'attester');
        validateModelName(m.model, 'model');
        parseVersion(m.version);
        if (!SHA256_HEX.test(m.reportDigest)) {
          throw new ChainError(VerificationErrors.InvalidReportDigest, `report_digest "${m.reportDigest.slice(0, 80)}" must be the sha256 of the check report as 64 lowercase hex characters`);
        }
      },
      signers: (m) => [m.attester],
      handle(ctx, m) {
        const status = k.attest(ctx, { attester: m.attester, model: m.model, version: m.version, pass: m.pass, reportDigest: m.reportDigest });
        return { typeUrl: `${VerificationMsgTypes.AttestVersion}Response`, value: pb.MsgAttestVersionResponse.encode({ status }).finish() };
      },
    }),
  ];
}
