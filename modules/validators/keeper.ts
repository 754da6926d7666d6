import { parseAddress } from '../../chain/address.js';
import { concat } from '../../chain/bytes.js';
import type { Context } from '../../chain/context.js';
import { sha256 } from '../../chain/hash.js';
import { types } from '../../proto/index.js';

export interface Validator {
  readonly address: Uint8Array;
  readonly pubKey: Uint8Array;
  readonly power: number;
  readonly operatorAddress: string;
  readonly moniker: string;
}

export const ValidatorKeys = {
  /** 0x01 ‖ consensus address → aivm.types.v1.Validator */
  byAddress: Uint8Array.of(0x01),
  /** 0x02 ‖ operator account address (20 bytes) → consensus address */
  byOperator: Uint8Array.of(0x02),
} as const;

/** The consensus address of an ed25519 key: sha256(key)[:20], as in CometBFT. */
export function consensusAddress(pubKey: Uint8Array): Uint8Array {
  return sha256(pubKey).slice(0, 20);
}

/** The validator set: consensus keys, voting power and operator accounts. */
export class ValidatorKeeper {
  setValidator(ctx: Context, v: Validator): void {
    const kv = ctx.kv('validators');
    kv.set(concat(ValidatorKeys.byAddress, v.address), types.Validator.encode(types.Validator.create({ ...v })).finish());
    kv.set(concat(ValidatorKeys.byOperator, parseAddress(v.operatorAddress)), v.address);
  }

  getByOperator(ctx: Context, operator: string): Validator | undefined {
    const kv = ctx.kv('validators');
    const addr = kv.get(concat(ValidatorKeys.byOperator, parseAddress(operator)));
    if (!addr) return undefined;
    const b = kv.get(concat(ValidatorKeys.byAddress, addr));
    return b ? decode(b) : undefined;
  }

  /** The set ordered by power (descending), then address: the order CometBFT uses. */
  getValidators(ctx: Context): Validator[] {
    const out: Validator[] = [];
    for (const [, v] of ctx.kv('validators').iterator(ValidatorKeys.byAddress, Uint8Array.of(0x02))) out.push(decode(v));
    return out.sort((a, b) => b.power - a.power || Buffer.compare(a.address, b.address));
  }

  totalPower(ctx: Context): number {
    return this.getValidators(ctx).reduce((s, v) => s + v.power, 0);
  }
}

function decode(b: Uint8Array): Validator {
  const v = types.Validator.decode(b);
  return { address: v.address, pubKey: v.pubKey, power: v.power, operatorAddress: v.operatorAddress, moniker: v.moniker };
}
