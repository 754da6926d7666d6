import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { equal, fromBase64, toBase64 } from '../../chain/bytes.js';
import { types } from '../../proto/index.js';
import { readDurableJson, writeDurableJsonAsync } from '../durable-file.js';
import { PKCS8_ED25519, type Ed25519Key } from '../home.js';

/** Steps in the order a validator signs them within one round. */
export const SignStep = { proposal: 1, prevote: 2, precommit: 3 } as const;

interface SignerState {
  readonly height: number;
  readonly round: number;
  readonly step: number;
  readonly signBytes: Uint8Array;
  readonly signature: Uint8Array;
}

interface SignerStateFile {
  height: number;
  round: number;
  step: number;
  sign_bytes: string;
  signature: string;
}

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
 * it has signed, or different bytes at the same one, and persists what it signs (an atomic,
 * fsynced, checksummed file: <home>/data/priv_validator_state.json) before the signature leaves:
 * a crash and restart can never make it equivocate. The record lives outside the chain database
 * so that losing the database's newest writes can never roll it back.
 */
export class PrivValidator {
  private readonly keyObject: KeyObject;
  /** The last sign() call in progress: calls run one after another. */
  private pending: Promise<void> = Promise.resolve();

  private constructor(
    readonly key: Ed25519Key,
    private readonly statePath: string,
    private last: SignerState | undefined,
  ) {
    this.keyObject = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, key.privateKey]), format: 'der', type: 'pkcs8' });
  }

  static load(key: Ed25519Key, statePath: string): PrivValidator {
    const f = readDurableJson<SignerStateFile>(statePath, 'the validator signer state');
    const last = f ? { height: f.height, round: f.round, step: f.step, signBytes: fromBase64(f.sign_bytes), signature: fromBase64(f.signature) } : undefined;
    return new PrivValidator(key, statePath, last);
  }

  get lastSigned(): LastSigned | undefined {
    return this.last ? { height: this.last.height, round: this.last.round, step: this.last.step } : undefined;
  }

  /**
   * Signs after recording (height, round, step) on disk, never twice for one step with different
   * data. Calls are serialized: each sees the record the previous one left.
   */
  sign(height: number, round: number, step: number, signBytes: Uint8Array): Promise<Uint8Array> {
    const run = this.pending.then(() => this.signNow(height, round, step, signBytes));
    this.pending = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async signNow(height: number, round: number, step: number, signBytes: Uint8Array): Promise<Uint8Array> {
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
    const file: SignerStateFile = { height, round, step, sign_bytes: toBase64(signBytes), signature: toBase64(signature) };
    await writeDurableJsonAsync(this.statePath, file);
    this.last = { height, round, step, signBytes, signature };
    return signature;
  }
}
