import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { equal, toHex } from '../bytes.js';
import type { Context } from '../context.js';
import { AnteErrors, ChainError, SdkErrors } from '../errors.js';
import type { DecodedTx } from './decode.js';
import { signerKeyAt, SECP256K1_PUBKEY_TYPE } from './pubkey.js';
import { signDocBytes } from './sign-doc.js';
import { isLowS, isWellFormedSignature, verifySecp256k1, type SigVerifyCache } from './sigverify.js';
import type { AnteKeepers, AnteParams } from './types.js';

export interface AnteOptions {
  readonly mode: 'check' | 'deliver' | 'simulate';
  readonly sigCache: SigVerifyCache;
  /** Chain ids tried only to explain a failed signature (never to accept one). */
  readonly diagnosticChainIds?: readonly string[];
}

/**
 * The ante chain, in order: basic validation of the signer data → timeout height → memo → gas for
 * bytes → fee ≥ min gas price × gas limit, deducted → pubkey on first use → signature (low-S) →
 * sequence check and increment. (Size limit, decoding and per-message validation run before this,
 * in app.ts.) Every write goes to ctx's store, which the caller keeps even if the messages fail.
 */
export function runAnte(ctx: Context, tx: DecodedTx, msgSigners: readonly string[], k: AnteKeepers, opts: AnteOptions): void {
  const params: AnteParams = k.auth.getParams(ctx);
  const { body, authInfo, raw } = tx;
  const simulate = opts.mode === 'simulate';
  // A fee payer named in the tx signs it too, after the messages' signers (as in the Cosmos SDK,
  // where it joins the tx's signers): otherwise a tx could spend any account's funds on its fee.
  const payer = authInfo.fee?.payer;
  const signers = payer && !msgSigners.includes(payer) ? [...msgSigners, payer] : msgSigners;

  // Signer data lines up with the signers.
  if (!simulate && raw.signatures.length === 0) throw new ChainError(SdkErrors.NoSignatures, 'no signatures supplied: sign the transaction before broadcasting it');
  if (authInfo.signerInfos.length !== signers.length) {
    const payerNote = signers !== msgSigners ? `; the fee payer ${payer} is not a message signer, so it must sign too` : '';
    throw new ChainError(SdkErrors.Unauthorized, `wrong number of signers; expected ${signers.length} (${signers.join(', ')}), got ${authInfo.signerInfos.length} signer infos${payerNote}`);
  }
  if (raw.signatures.length !== signers.length) {
    throw new ChainError(SdkErrors.Unauthorized, `wrong number of signatures; expected ${signers.length}, got ${raw.signatures.length}`);
  }

  if (body.timeoutHeight > 0n && BigInt(ctx.height) > body.timeoutHeight) {
    throw new ChainError(SdkErrors.TxTimeoutHeight, `tx timed out: timeout height ${body.timeoutHeight} is below the current height ${ctx.height}; sign it again with a later timeout height`);
  }
  // Characters are code points; a memo of at most max UTF-16 units cannot hold more of them.
  const memoChars = body.memo.length <= params.max_memo_characters ? body.memo.length : [...body.memo].length;
  if (memoChars > params.max_memo_characters) {
    throw new ChainError(SdkErrors.MemoTooLarge, `memo is ${memoChars} characters; the maximum is ${params.max_memo_characters}`);
  }

  // Gas: the limit comes from the fee; bytes are charged first.
  const fee = authInfo.fee;
  const gasLimit = fee?.gasLimit ?? 0n;
  if (!simulate) {
    if (gasLimit === 0n) throw new ChainError(SdkErrors.InvalidGasLimit, 'gas limit is 0: set a gas limit (or use fee "auto" to simulate one)');
    if (gasLimit > BigInt(params.max_tx_gas)) throw new ChainError(SdkErrors.InvalidGasLimit, `gas limit ${gasLimit} is above the chain's maximum of ${params.max_tx_gas} per tx`);
  }
  ctx.gasMeter.consume(params.tx_size_cost_per_byte * tx.bytes.length, 'txSize');
  if (simulate) {
    // A simulated tx carries empty signatures: charge for the 64-byte ones it will carry (plus
    // their 2-byte protobuf framing), so that "auto" gas covers the real tx.
    const missing = raw.signatures.filter((s) => s.length === 0).length + Math.max(0, signers.length - raw.signatures.length);
    ctx.gasMeter.consume(params.tx_size_cost_per_byte * 66 * missing, 'txSize: simulated signatures');
  }

  // Fee: at least min gas price × gas limit, in the fee denom, paid by the first signer.
  const feePayer = fee?.payer ? fee.payer : signers[0]!;
  if (!simulate) {
    const required = k.requiredFee(params.min_gas_price, gasLimit);
    const offered = (fee?.amount ?? []).find((c) => c.denom === params.fee_denom);
    const offeredAmount = offered && /^[0-9]{1,78}$/.test(offered.amount) ? BigInt(offered.amount) : 0n;
    if (offeredAmount < required) {
      throw new ChainError(
        SdkErrors.InsufficientFee,
        `insufficient fee; got: ${(fee?.amount ?? []).map((c) => c.amount + c.denom).join(',') || 'nothing'} required: ${required}${params.fee_denom} (min gas price ${params.min_gas_price}${params.fee_denom} × gas limit ${gasLimit})`,
      );
    }
    if (!k.auth.hasAccount(ctx, feePayer)) throw new ChainError(SdkErrors.UnknownAddress, `fee payer ${feePayer} does not exist: fund the account before it sends transactions`);
    const coins = (fee?.amount ?? []).filter((c) => c.amount !== '0');
    for (const c of coins) {
      if (!/^[1-9][0-9]{0,77}$/.test(c.amount)) throw new ChainError(SdkErrors.InsufficientFee, `fee amount "${c.amount.slice(0, 90)}" of ${c.denom} is not a positive integer`);
    }
    if (coins.length > 0) {
      k.bank.sendToModule(ctx, feePayer, coins.map((c) => ({ denom: c.denom, amount: BigInt(c.amount) })));
      if (ctx.events.recording) ctx.events.emit('tx', { fee: coins.map((c) => c.amount + c.denom).join(','), fee_payer: feePayer });
    }
  } else if (k.auth.hasAccount(ctx, feePayer)) {
    // A simulated tx has no fee yet, but the real one will pay one: make the same reads and
    // writes (on the simulation's throw-away branch) so that their gas is counted.
    try {
      k.bank.sendToModule(ctx, feePayer, [{ denom: params.fee_denom, amount: 1n }]);
    } catch (e) {
      if (!(e instanceof ChainError) || e.code !== SdkErrors.InsufficientFunds.code) throw e;
    }
  }

  // Signers: pubkey on first use, signature, sequence.
  const verified = !simulate && opts.sigCache.has(tx.hash);
  for (let i = 0; i < signers.length; i++) {
    const signer = signers[i]!;
    const info = authInfo.signerInfos[i]!;
    const acc = k.auth.getAccount(ctx, signer);
    if (!acc) throw new ChainError(SdkErrors.UnknownAddress, `account ${signer} does not exist: it must receive funds before it can sign`);

    let pubKey = acc.pubKey;
    if (info.publicKey) {
      if (info.publicKey.typeUrl !== SECP256K1_PUBKEY_TYPE) {
        throw new ChainError(SdkErrors.InvalidPubKey, `unsupported public key type ${info.publicKey.typeUrl}; aivm accepts ${SECP256K1_PUBKEY_TYPE}`);
      }
      let key: Uint8Array;
      let address: string | undefined;
      try {
        ({ key, address } = signerKeyAt(tx, i));
      } catch {
        throw new ChainError(SdkErrors.InvalidPubKey, 'cannot decode the signer public key');
      }
      if (key.length !== 33) throw new ChainError(SdkErrors.InvalidPubKey, `public key must be 33 bytes (compressed secp256k1), got ${key.length}`);
      if (address !== signer) throw new ChainError(SdkErrors.InvalidPubKey, `public key of signer ${i} belongs to ${address}, not ${signer}`);
      if (pubKey && !equal(pubKey, key)) throw new ChainError(SdkErrors.InvalidPubKey, `public key does not match the one recorded for ${signer}`);
      pubKey = key;
    }
    if (!pubKey) throw new ChainError(SdkErrors.InvalidPubKey, `account ${signer} has no public key yet: include it in signer_infos`);

    if (simulate) ctx.gasMeter.consume(params.sig_verify_cost_secp256k1, 'ante verify: secp256k1 (simulated)');
    if (!simulate) {
      const mode = info.modeInfo?.single?.mode;
      if (mode !== SignMode.SIGN_MODE_DIRECT) {
        throw new ChainError(AnteErrors.UnsupportedSignMode, `signer ${i} uses sign mode ${mode ?? 'none'}; aivm accepts SIGN_MODE_DIRECT (1) only`);
      }
      ctx.gasMeter.consume(params.sig_verify_cost_secp256k1, 'ante verify: secp256k1');
      const sig = raw.signatures[i]!;
      if (!verified) {
        if (sig.length !== 64 || !isWellFormedSignature(sig)) {
          throw new ChainError(AnteErrors.MalformedSignature, `signature ${i} is not a 64-byte r‖s secp256k1 signature with r, s in range (got ${sig.length} bytes)`);
        }
        if (!isLowS(sig)) {
          throw new ChainError(AnteErrors.HighSSignature, `signature ${i} has a high S value; aivm requires low-S (s ≤ n/2) signatures: normalize S before broadcasting`);
        }
        const signBytes = (chainId: string, accountNumber: bigint) => signDocBytes(raw.bodyBytes, raw.authInfoBytes, chainId, accountNumber);
        if (!verifySecp256k1(pubKey, signBytes(ctx.chainId, acc.accountNumber), sig)) {
          throw diagnoseSignature(pubKey, sig, signBytes, ctx, acc.accountNumber, acc.sequence, k, opts);
        }
      }
    }

    if (info.sequence !== acc.sequence) {
      throw new ChainError(
        SdkErrors.WrongSequence,
        `account sequence mismatch, expected ${acc.sequence}, got ${info.sequence}: ${info.sequence > acc.sequence ? 'an earlier tx is missing (sequence gap)' : 'this sequence was already used (replay or stale signer data)'}; query the account and sign again`,
      );
    }
    k.auth.setAccount(ctx, { ...acc, pubKey, sequence: acc.sequence + 1n });
    if (!ctx.events.recording) continue;
    ctx.events.emit('tx', { acc_seq: `${signer}/${acc.sequence}` });
    // The signature is reported but not indexed (nobody searches by it; it would cost an index
    // entry per tx).
    if (raw.signatures[i]!.length) ctx.events.push({ type: 'tx', attributes: [{ key: 'signature', value: Buffer.from(raw.signatures[i]!).toString('base64'), index: false }] });
  }
  if (!simulate && !verified) opts.sigCache.add(tx.hash);
}

/**
 * The signature did not verify for (this chain id, the account's number). Tries a bounded set of
 * likely mistakes, only to explain the failure: another account number near the right one, or a
 * known chain id. Only runs on the failure path, at most ~20 extra verifications.
 */
function diagnoseSignature(
  pubKey: Uint8Array,
  sig: Uint8Array,
  signBytes: (chainId: string, accountNumber: bigint) => Uint8Array,
  ctx: Context,
  accountNumber: bigint,
  sequence: bigint,
  k: AnteKeepers,
  opts: AnteOptions,
): ChainError {
  const context = `chain-id ${ctx.chainId}, account number ${accountNumber}, sequence ${sequence}`;
  const accounts = k.auth.peekNextAccountNumber(ctx);
  const candidates = new Set<bigint>();
  for (let d = 1n; d <= 8n; d++) {
    if (accountNumber - d >= 0n) candidates.add(accountNumber - d);
    if (accountNumber + d < accounts + 8n) candidates.add(accountNumber + d);
  }
  candidates.add(0n);
  candidates.delete(accountNumber);
  for (const n of candidates) {
    if (verifySecp256k1(pubKey, signBytes(ctx.chainId, n), sig)) {
      return new ChainError(AnteErrors.WrongAccountNumber, `signature was made for account number ${n}, but the account's number is ${accountNumber}: query the account and sign again (${context})`);
    }
  }
  for (const id of opts.diagnosticChainIds ?? []) {
    if (id === ctx.chainId) continue;
    if (verifySecp256k1(pubKey, signBytes(id, accountNumber), sig)) {
      return new ChainError(SdkErrors.InvalidChainId, `signature was made for chain-id "${id}", but this chain is "${ctx.chainId}": sign with chain-id ${ctx.chainId}`);
    }
  }
  return new ChainError(
    SdkErrors.Unauthorized,
    `signature verification failed: the signature does not match the tx for ${context}, key ${toHex(pubKey).slice(0, 16)}…; check the chain-id and account number you signed with, and that the tx bytes were not altered`,
  );
}
