import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { equal, utf8 } from '../../chain/bytes.js';
import { Bucket } from '../../chain/store/buckets.js';
import { bucketKey, type ChainDB } from '../../chain/store/chain-db.js';
import { aivm, types } from '../../proto/index.js';
import type { Ed25519Key } from '../home.js';

/** Steps in the order a validator signs them within one round. */
export const SignStep = { proposal: 1, prevote: 2, precommit: 3 } as const;

const STATE_KEY = bucketKey(Bucket.Signer, utf8('last'));
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

export class DoubleSignError extends Error {
  readonly code = 'DOUBLE_SIGN_REFUSED';
  constructor(message: string) {
    super(message);
    this.name = 'DoubleSignError';
  }
}

export interface LastSigned {
  readonly height: number;
  readonly round: number;
  readonly step: number;
}

/** The bytes a validator signs for a proposal or vote (chain id included: no cross-chain replay). */
export function voteSignBytes(chainId: string, v: { type: number; height: number; round: number; polRound?: number; blockHash: Uint8Array; timestamp: { seconds: number; nanos: number } }): Uint8Array {
  return types.CanonicalSignBytes.encode({
    type: v.type,
    height: v.height,
    round: v.round,
    polRound: v.polRound ?? -1,
    blockHash: v.blockHash,
    timestamp: v.timestamp,
    chainId,
  }).finish();
}

/**
 * The validator's consensus signer. It refuses to sign anything at a lower height/round/step than
 * it has signed, or different bytes at the same one, and persists what it signs (fsynced) before
 * the signature leaves: a crash and restart can never make it equivocate.
 */
export class PrivValidator {
  private readonly keyObject: KeyObject;

  private constructor(
    readonly key: Ed25519Key,
    private readonly db: ChainDB,
    private last: aivm.types.v1.SignerState | undefined,
  ) {
    this.keyObject = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, key.privateKey]), format: 'der', type: 'pkcs8' });
  }

  static async load(key: Ed25519Key, db: ChainDB): Promise<PrivValidator> {
    const b = await db.get(STATE_KEY);
    let last: aivm.types.v1.SignerState | undefined;
    if (b) {
      try {
        last = types.SignerState.decode(b);
      } catch {
        throw new DoubleSignError('the signer record in the chain database is corrupt; refusing to sign (restore the data directory from a backup, or, if you are certain this validator signed nothing at the current height, reset the signer record)');
      }
    }
    return new PrivValidator(key, db, last);
  }

  get lastSigned(): LastSigned | undefined {
    return this.last ? { height: this.last.height, round: this.last.round, step: this.last.step } : undefined;
  }

  async sign(height: number, round: number, step: number, signBytes: Uint8Array): Promise<Uint8Array> {
    const l = this.last;
    if (l) {
      const cmp = height - l.height || round - l.round || step - l.step;
      if (cmp < 0) throw new DoubleSignError(`refusing to sign at height ${height} round ${round} step ${step}: already signed height ${l.height} round ${l.round} step ${l.step}`);
      if (cmp === 0) {
        if (equal(l.signBytes, signBytes)) return l.signature;
        throw new DoubleSignError(`refusing to sign conflicting data at height ${height} round ${round} step ${step}`);
      }
    }
    const signature = new Uint8Array(sign(null, signBytes, this.keyObject));
    const next = types.SignerState.create({ height, round, step, signBytes, signature });
    await this.db.write([{ type: 'put', key: STATE_KEY, value: types.SignerState.encode(next).finish() }], true);
    this.last = next;
    return signature;
  }
}
