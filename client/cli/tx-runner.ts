// The signing and broadcasting plumbing shared by every `aivmd tx …` command.
//
// A module's tx command adds the common flags with addTxOptions(), builds its messages and calls
// signAndBroadcastFromCli():
//
//   addTxOptions(subcommand(txGroup(program), 'registry', 'registry transactions').command('create-model <name>'))
//     .action(async (name, o) => {
//       await signAndBroadcastFromCli(o, (sender) => [{ typeUrl: '/aivm.registry.v1.MsgCreateModel', value: { owner: sender, name } }],
//         { registry: aivmRegistry });
//     });
//
// Signing goes through an unmodified cosmjs SigningStargateClient with the keyring's
// OfflineDirectSigner. Gas "auto" simulates the transaction first (`/cosmos.tx.v1beta1.Service/Simulate`).
import type { StdFee } from '@cosmjs/amino';
import { encodePubkey, type EncodeObject, Registry } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { BroadcastTxError, calculateFee, defaultRegistryTypes, GasPrice, SigningStargateClient, TimeoutError, type Event } from '@cosmjs/stargate';
import type { Command } from 'commander';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { AuthInfo, Fee, Tx, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { BECH32_PREFIX, parseAddress } from '../../chain/address.js';
import { AnteErrors, SdkErrors } from '../../chain/errors.js';
import type { KeyInfo } from '../keyring/index.js';
import { addHomeOption, addOutputOption, CliError, print } from './common.js';
import { addKeyringBackendOption, openKeyring } from './keyring-cli.js';
import { confirm, hasTerminal } from './prompt.js';
import { abciQuery, addNodeOption, QueryError, resolveNodeUrl, rpcCall, withNode } from './rpc.js';

export const DEFAULT_GAS_PRICE = '0.025uaivm';
export const DEFAULT_GAS_ADJUSTMENT = 1.4;
export const BROADCAST_POLL_INTERVAL_MS = 300;
export const DEFAULT_BROADCAST_TIMEOUT_MS = 60_000;

/** The flags of every tx command, as commander parses them. */
export interface TxCliOptions {
  home: string;
  output: string;
  from?: string;
  node?: string;
  chainId?: string;
  fees?: string;
  gasPrices?: string;
  gas?: string;
  gasAdjustment?: string;
  memo?: string;
  keyringBackend?: string;
  yes?: boolean;
  broadcastMode?: string;
  broadcastTimeout?: string;
}

/** Adds the common tx flags: --from, --home, --output, --node, --chain-id, fees and gas, --memo, --keyring-backend, --yes, --broadcast-mode. */
export function addTxOptions(cmd: Command): Command {
  addKeyringBackendOption(addNodeOption(addOutputOption(addHomeOption(cmd))));
  return cmd
    .option('--from <key>', 'name (or address) of the signing key in the keyring')
    .option('--chain-id <id>', "expected chain id; the command stops if the node's chain differs")
    .option('--fees <coins>', 'fee to pay, e.g. 5000uaivm (instead of --gas-prices)')
    .option('--gas-prices <price>', `gas price the fee is computed from (default ${DEFAULT_GAS_PRICE})`)
    .option('--gas <limit>', 'gas limit: "auto" (simulate first) or a number', 'auto')
    .option('--gas-adjustment <factor>', 'multiplier of the simulated gas when --gas auto', String(DEFAULT_GAS_ADJUSTMENT))
    .option('--memo <text>', 'transaction memo', '')
    .option('-y, --yes', 'sign and broadcast without asking for confirmation')
    .option('--broadcast-mode <mode>', 'commit (wait until the tx is in a block) or sync (return after the mempool accepted it)', 'commit')
    .option('--broadcast-timeout <seconds>', 'with commit: how long to wait for the block', String(DEFAULT_BROADCAST_TIMEOUT_MS / 1000));
}

export interface Coin {
  denom: string;
  amount: string;
}

const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

/**
 * Parses coins as typed on the command line: `1000uaivm` or `1000uaivm,5foo`. Amounts are whole
 * numbers of the base denom. Returned sorted by denom, as the chain requires. `what` names the
 * argument in errors.
 */
export function parseCoinsArg(text: string, what: string, opts: { allowZero?: boolean } = {}): Coin[] {
  const parts = text.split(',').map((s) => s.trim());
  if (text.trim() === '' || parts.some((p) => p === '')) throw new CliError('INVALID_COINS', `${what} is empty or has an empty part: write it like 1000uaivm or 1000uaivm,5foo`);
  const out: Coin[] = [];
  const seen = new Set<string>();
  for (const p of parts) {
    const m = /^([0-9]+)(.*)$/.exec(p);
    if (!m) {
      if (/^[0-9]*\.[0-9]+/.test(p)) throw new CliError('INVALID_COINS', `${what}: "${p}" has a fraction; amounts are whole numbers of the base denom (e.g. 1500000uaivm, not 1.5aivm)`);
      throw new CliError('INVALID_COINS', `${what}: "${p}" is not an amount followed by a denom, e.g. 1000uaivm`);
    }
    const [, amount, denom] = m as unknown as [string, string, string];
    if (denom.startsWith('.')) throw new CliError('INVALID_COINS', `${what}: "${p}" has a fraction; amounts are whole numbers of the base denom (e.g. 1500000uaivm, not 1.5aivm)`);
    if (!DENOM_RE.test(denom)) throw new CliError('INVALID_COINS', `${what}: "${denom}" in "${p}" is not a valid denom (3 to 128 characters, starting with a letter), e.g. uaivm`);
    const n = BigInt(amount);
    if (n === 0n && !opts.allowZero) throw new CliError('INVALID_COINS', `${what}: "${p}" is zero; amounts must be positive`);
    if (n >= 1n << 256n) throw new CliError('INVALID_COINS', `${what}: "${p}" is too large`);
    if (seen.has(denom)) throw new CliError('INVALID_COINS', `${what}: denom ${denom} appears twice`);
    seen.add(denom);
    out.push({ denom, amount: n.toString() });
  }
  // The chain (like the Cosmos SDK) wants coins sorted by denom.
  return out.sort((x, y) => (x.denom < y.denom ? -1 : x.denom > y.denom ? 1 : 0));
}

export function formatCoins(coins: readonly Coin[]): string {
  return coins.length === 0 ? '(none)' : coins.map((c) => `${c.amount}${c.denom}`).join(',');
}

/** Checks a bech32 account address (prefix aivm); INVALID_ADDRESS says what is wrong. */
export function parseAddressArg(address: string, what = 'address'): string {
  try {
    parseAddress(address, what, BECH32_PREFIX);
  } catch (e) {
    throw new CliError('INVALID_ADDRESS', (e as Error).message);
  }
  return address;
}

/** The CLI error code for a chain error: the name of a known sdk/ante code (INSUFFICIENT_FUNDS, …), else `fallback`. */
export function chainErrorCode(codespace: string | undefined, code: number, fallback: string): string {
  const table = codespace === 'sdk' ? SdkErrors : codespace === 'ante' ? AnteErrors : undefined;
  if (table) for (const k of Object.values(table)) if (k.code === code) return k.name.toUpperCase();
  return fallback;
}

function chainFailure(stage: string, codespace: string | undefined, code: number, log: string | undefined, fallback: string): CliError {
  return new CliError(chainErrorCode(codespace, code, fallback), `${stage} (codespace ${codespace || 'unknown'}, code ${code}): ${log || 'no reason given'}`);
}

/** A checked form of the fee and gas flags. */
export interface FeePlan {
  gas: 'auto' | number;
  gasAdjustment: number;
  /** Set with --fees. */
  fees?: Coin[];
  /** Set otherwise (the --gas-prices value or the default). */
  gasPrice?: GasPrice;
}

export function parseFeeFlags(o: Pick<TxCliOptions, 'fees' | 'gasPrices' | 'gas' | 'gasAdjustment'>): FeePlan {
  if (o.fees !== undefined && o.gasPrices !== undefined) throw new CliError('BAD_FLAG', 'give either --fees or --gas-prices, not both');
  const gasText = (o.gas ?? 'auto').trim();
  let gas: 'auto' | number;
  if (gasText === 'auto') gas = 'auto';
  else if (/^[0-9]+$/.test(gasText) && Number(gasText) > 0 && Number.isSafeInteger(Number(gasText))) gas = Number(gasText);
  else throw new CliError('BAD_FLAG', `--gas must be "auto" or a positive whole number, not ${JSON.stringify(o.gas)}`);
  const adj = Number(o.gasAdjustment ?? DEFAULT_GAS_ADJUSTMENT);
  if (!Number.isFinite(adj) || adj < 1 || adj > 100) throw new CliError('BAD_FLAG', `--gas-adjustment must be a number from 1 to 100, not ${JSON.stringify(o.gasAdjustment)}`);
  if (o.fees !== undefined) return { gas, gasAdjustment: adj, fees: parseCoinsArg(o.fees, '--fees', { allowZero: true }) };
  const priceText = o.gasPrices ?? DEFAULT_GAS_PRICE;
  let gasPrice: GasPrice;
  try {
    gasPrice = GasPrice.fromString(priceText);
  } catch (e) {
    throw new CliError('BAD_FLAG', `--gas-prices ${JSON.stringify(priceText)} is not a gas price such as ${DEFAULT_GAS_PRICE} (${(e as Error).message})`);
  }
  return { gas, gasAdjustment: adj, gasPrice };
}

export type MsgsOrBuilder = readonly EncodeObject[] | ((sender: string) => readonly EncodeObject[] | Promise<readonly EncodeObject[]>);

export interface TxRunExtra {
  /** A cosmjs Registry that knows the messages' types (default: cosmjs's default registry, which has bank MsgSend). */
  registry?: Registry;
  /** One line shown in the confirmation prompt, e.g. "send 100uaivm to aivm1…". */
  summary?: string;
  /** Print the result (default true). */
  print?: boolean;
  /** Extra text lines printed after a successful commit (text output). */
  describeResult?: (r: TxCliResult) => string | undefined;
}

/** What a tx command reports. `code` 0 is success. */
export interface TxCliResult {
  txhash: string;
  broadcast_mode: 'sync' | 'commit';
  from: string;
  from_key: string;
  chain_id: string;
  fee: Coin[];
  gas_limit: string;
  /** commit mode only: */
  height?: number;
  code: number;
  codespace?: string;
  gas_wanted?: string;
  gas_used?: string;
  raw_log?: string;
  events?: readonly Event[];
  msg_responses?: ReadonlyArray<{ type_url: string; value: string }>;
}

async function resolveKey(o: TxCliOptions): Promise<{ key: KeyInfo; kr: ReturnType<typeof openKeyring> }> {
  const from = o.from?.trim();
  if (!from) throw new CliError('BAD_FLAG', 'the signing key is missing: pass --from <key name> (see "aivmd keys list")');
  const kr = openKeyring(o);
  if (/^aivm1[0-9a-z]{20,}$/.test(from)) {
    const byAddr = await kr.findByAddress(from);
    if (byAddr) return { key: byAddr, kr };
  }
  return { key: await kr.show(from), kr };
}

/** Simulates the messages as cosmjs does, but keeps the chain's codespace for the error. */
async function simulate(url: string, client: SigningStargateClient, pubkey: Uint8Array, msgs: readonly EncodeObject[], memo: string, sequence: number): Promise<number> {
  const tx = Tx.fromPartial({
    authInfo: AuthInfo.fromPartial({
      fee: Fee.fromPartial({}),
      signerInfos: [{ publicKey: encodePubkey(encodeSecp256k1Pubkey(pubkey)), sequence: BigInt(sequence), modeInfo: { single: { mode: SignMode.SIGN_MODE_UNSPECIFIED } } }],
    }),
    body: TxBody.fromPartial({ messages: msgs.map((m) => client.registry.encodeAsAny(m)), memo }),
    signatures: [new Uint8Array()],
  });
  let bytes: Uint8Array;
  try {
    bytes = await abciQuery(url, '/cosmos.tx.v1beta1.Service/Simulate', SimulateRequest.encode(SimulateRequest.fromPartial({ txBytes: Tx.encode(tx).finish() })).finish());
  } catch (e) {
    if (e instanceof QueryError) throw chainFailure('the transaction would fail (simulation)', e.codespace, e.abciCode, e.log, 'SIMULATION_FAILED');
    throw e;
  }
  const res = SimulateResponse.decode(bytes);
  if (!res.gasInfo) throw new CliError('SIMULATION_FAILED', 'the node returned no gas estimate; pass --gas <limit> instead of auto');
  return Number(res.gasInfo.gasUsed);
}

function txResultText(r: TxCliResult): string {
  const lines = [`txhash:    ${r.txhash}`];
  if (r.broadcast_mode === 'sync') {
    lines.push('status:    accepted into the mempool (not yet in a block)', `follow it:  aivmd query tx ${r.txhash}`);
    return lines.join('\n');
  }
  lines.push(
    `height:    ${r.height}`,
    `code:      ${r.code}${r.code === 0 ? ' (success)' : ` (failed${r.codespace ? `, codespace ${r.codespace}` : ''})`}`,
    `gas used:  ${r.gas_used} of ${r.gas_wanted}`,
    `fee:       ${formatCoins(r.fee)}`,
  );
  if (r.code !== 0 && r.raw_log) lines.push(`log:       ${r.raw_log}`);
  return lines.join('\n');
}

/**
 * Signs `msgs` with the key of `--from` and broadcasts them through the node of `--node`,
 * following the fee, gas, memo, confirmation and broadcast-mode flags. Prints the result (text or
 * JSON) unless `extra.print === false`, and returns it. Throws a CliError when the tx is refused
 * (CheckTx or simulation) or fails in its block (after printing the result); error codes are the
 * chain's names for known sdk/ante codes (INSUFFICIENT_FUNDS, INSUFFICIENT_FEE, …), else
 * SIMULATION_FAILED / TX_REJECTED / TX_FAILED.
 */
export async function signAndBroadcastFromCli(opts: TxCliOptions, msgs: MsgsOrBuilder, extra: TxRunExtra = {}): Promise<TxCliResult> {
  const output = opts.output ?? 'text';
  const mode = opts.broadcastMode ?? 'commit';
  if (mode !== 'commit' && mode !== 'sync') throw new CliError('BAD_FLAG', `--broadcast-mode must be "commit" or "sync", not ${JSON.stringify(mode)}`);
  const timeoutS = Number(opts.broadcastTimeout ?? DEFAULT_BROADCAST_TIMEOUT_MS / 1000);
  if (!Number.isFinite(timeoutS) || timeoutS <= 0) throw new CliError('BAD_FLAG', `--broadcast-timeout must be a positive number of seconds`);
  const feePlan = parseFeeFlags(opts);
  const memo = opts.memo ?? '';
  const url = resolveNodeUrl(opts);
  if (!opts.yes && !hasTerminal()) {
    // Say so before asking for a passphrase or contacting the node.
    throw new CliError('CONFIRMATION_REQUIRED', 'this transaction needs confirmation and there is no terminal to ask on: pass --yes (-y) to sign and broadcast it');
  }
  const { key, kr } = await resolveKey(opts);
  const sender = key.address;
  const messages = typeof msgs === 'function' ? await msgs(sender) : msgs;
  if (messages.length === 0) throw new CliError('BAD_FLAG', 'there is nothing to send: no messages');

  const signer = await kr.signer(key.name);
  const [account] = await signer.getAccounts();
  if (!account || account.address !== sender) throw new CliError('KEYRING_ERROR', `the signer of key "${key.name}" does not hold ${sender}`);

  const client = await withNode(url, () =>
    SigningStargateClient.connectWithSigner(url, signer, {
      registry: extra.registry ?? new Registry(defaultRegistryTypes),
      ...(feePlan.gasPrice ? { gasPrice: feePlan.gasPrice } : {}),
      broadcastPollIntervalMs: BROADCAST_POLL_INTERVAL_MS,
      broadcastTimeoutMs: Math.round(timeoutS * 1000),
    }),
  );
  try {
    return await withNode(url, async () => {
      const chainId = await client.getChainId();
      if (opts.chainId !== undefined && opts.chainId !== chainId) {
        throw new CliError('CHAIN_ID_MISMATCH', `--chain-id is ${opts.chainId}, but the node at ${url} is on chain ${chainId}; check --node and --chain-id`);
      }
      const onChain = await client.getAccount(sender);
      if (!onChain) {
        throw new CliError(
          'ACCOUNT_NOT_FOUND',
          `the account of key "${key.name}" (${sender}) does not exist on chain ${chainId}: an account exists once it has received tokens; send it some first`,
        );
      }
      let gasLimit: number;
      if (feePlan.gas === 'auto') {
        const used = await simulate(url, client, account.pubkey, messages, memo, onChain.sequence);
        gasLimit = Math.ceil(used * feePlan.gasAdjustment);
      } else gasLimit = feePlan.gas;
      const fee: StdFee = feePlan.fees ? { amount: feePlan.fees, gas: String(gasLimit) } : calculateFee(gasLimit, feePlan.gasPrice!);

      if (!opts.yes) {
        const lines = [
          `chain:    ${chainId} (${url})`,
          `from:     ${key.name} (${sender})`,
          ...(extra.summary ? [`action:   ${extra.summary}`] : []),
          ...messages.map((m, i) => `msg ${i + 1}:    ${m.typeUrl} ${JSON.stringify(m.value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v))}`),
          `fee:      ${formatCoins(fee.amount)} (gas limit ${fee.gas})`,
          ...(memo ? [`memo:     ${memo}`] : []),
        ];
        process.stderr.write(lines.join('\n') + '\n');
        if (!(await confirm('confirm transaction before signing and broadcasting'))) throw new CliError('ABORTED', 'the transaction was not sent');
      }

      const base = { from: sender, from_key: key.name, chain_id: chainId, fee: fee.amount.map((c) => ({ denom: c.denom, amount: c.amount })), gas_limit: fee.gas };
      let result: TxCliResult;
      try {
        if (mode === 'sync') {
          const hash = await client.signAndBroadcastSync(sender, messages, fee, memo);
          result = { txhash: hash, broadcast_mode: 'sync', ...base, code: 0 };
        } else {
          const r = await client.signAndBroadcast(sender, messages, fee, memo);
          result = {
            txhash: r.transactionHash,
            broadcast_mode: 'commit',
            ...base,
            height: r.height,
            code: r.code,
            gas_wanted: r.gasWanted.toString(),
            gas_used: r.gasUsed.toString(),
            raw_log: r.rawLog ?? '',
            events: r.events,
            msg_responses: r.msgResponses.map((m) => ({ type_url: m.typeUrl, value: Buffer.from(m.value).toString('base64') })),
          };
          if (r.code !== 0) result.codespace = await failedTxCodespace(url, r.transactionHash);
        }
      } catch (e) {
        if (e instanceof BroadcastTxError) throw chainFailure('the node refused the transaction', e.codespace, e.code, e.log, 'TX_REJECTED');
        if (e instanceof TimeoutError) {
          throw new CliError(
            'TX_TIMEOUT',
            `transaction ${e.txId} was accepted but is not in a block after ${timeoutS} s; it may still be committed: check with "aivmd query tx ${e.txId}"`,
          );
        }
        throw e;
      }

      if (extra.print !== false) {
        print(output, result, (r: TxCliResult) => {
          const more = r.code === 0 && extra.describeResult ? extra.describeResult(r) : undefined;
          return more ? `${txResultText(r)}\n${more}` : txResultText(r);
        });
      }
      if (result.code !== 0) throw chainFailure(`transaction ${result.txhash} failed in block ${result.height}`, result.codespace, result.code, result.raw_log, 'TX_FAILED');
      return result;
    });
  } finally {
    client.disconnect();
  }
}

/** The codespace of a failed committed tx (cosmjs's DeliverTxResponse does not carry it). */
async function failedTxCodespace(url: string, hash: string): Promise<string | undefined> {
  try {
    const r = await rpcCall<{ txs?: Array<{ tx_result?: { codespace?: string } }> }>(url, 'tx_search', { query: `tx.hash='${hash}'`, page: '1' });
    return r.txs?.[0]?.tx_result?.codespace || undefined;
  } catch {
    return undefined;
  }
}
