import { parseAddress } from '../../chain/address.js';
import { fromBase64, toBase64 } from '../../chain/bytes.js';
import { ChainError, SdkErrors } from '../../chain/errors.js';
import type { AppModule } from '../../chain/module.js';
import { consensusAddress, type ValidatorKeeper } from './keeper.js';

export interface ValidatorsGenesis {
  validators: Array<{ operator_address: string; pub_key: string; power: string; moniker: string }>;
}

export const MAX_VALIDATOR_POWER = 2 ** 40;

export function validatorsModule(keeper: ValidatorKeeper): AppModule {
  return {
    name: 'validators',
    msgs: [],
    queries: [],
    defaultGenesis: (): ValidatorsGenesis => ({ validators: [] }),
    initGenesis(ctx, raw) {
      const g = raw as ValidatorsGenesis;
      const seen = new Set<string>();
      for (const v of g.validators ?? []) {
        parseAddress(v.operator_address, 'validator operator_address');
        const pubKey = fromBase64(v.pub_key);
        if (pubKey.length !== 32) throw new ChainError(SdkErrors.InvalidPubKey, `validator ${v.moniker}: pub_key must be a base64 32-byte ed25519 key`);
        const power = Number(v.power);
        if (!Number.isSafeInteger(power) || power <= 0 || power > MAX_VALIDATOR_POWER) {
          throw new ChainError(SdkErrors.InvalidRequest, `validator ${v.moniker}: power must be an integer in [1, 2^40], got ${v.power}`);
        }
        const address = consensusAddress(pubKey);
        for (const id of [toBase64(address), v.operator_address]) {
          if (seen.has(id)) throw new ChainError(SdkErrors.InvalidRequest, `validators genesis: duplicate validator key or operator (${id})`);
          seen.add(id);
        }
        keeper.setValidator(ctx, { address, pubKey, power, operatorAddress: v.operator_address, moniker: v.moniker ?? '' });
      }
    },
    exportGenesis(ctx): ValidatorsGenesis {
      return {
        validators: keeper
          .getValidators(ctx)
          .map((v) => ({ operator_address: v.operatorAddress, pub_key: toBase64(v.pubKey), power: String(v.power), moniker: v.moniker })),
      };
    },
  };
}
