// aivmd query bank balances | tx | block | account   (alias: aivmd q …)
//
// Helpers for module query commands added later:
//   addQueryOptions(cmd)                      --home, --output, --node
//   queryNodeUrl(o)                            the node URL of those flags
//   abciQuery(url, path, requestBytes)         (from ./rpc.js) a gRPC-style query; QueryError on a non-zero code
//   toJsonSafe(value)                          protobuf objects → JSON (bigint → string, bytes → base64)
//   fetchTx(url, hash) / decodeTxForDisplay()  a committed tx, decoded
import { sha256 } from '@cosmjs/crypto';
import { Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import type { Command } from 'commander';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { Tx } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { queryGroup, subcommand } from './command-tree.js';
import { addHomeOption, addOutputOption, CliError, print } from './common.js';
import { addNodeOption, connectQueryClient, resolveNodeUrl, rpcCall, withNode } from './rpc.js';
import { formatCoins, parseAddressArg } from './tx-runner.js';

export interface QueryCliOptions {
  home: string;
  output: string;
  node?: string;
}

/** Adds --home, --output and --node to a query command. */
export function addQueryOptions(cmd: Command): Command {
  return addNodeOption(addOutputOption(addHomeOption(cmd)));
}

export function queryNodeUrl(o: QueryCliOptions): string {
  return resolveNodeUrl(o);
}

/** A JSON-friendly copy of a decoded protobuf value: bigint → string, bytes → base64, Long-like → string. */
export function toJsonSafe(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (Array.isArray(v)) return v.map(toJsonSafe);
  if (v && typeof v === 'object') {
    if (v instanceof Date) return v.toISOString();
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = toJsonSafe(x);
    return out;
  }
  return v;
}

/** Parses a tx hash argument: 64 hex characters, optional 0x; returned in upper case. */
export function parseTxHash(hash: string): string {
  const h = hash.trim().replace(/^0x/i, '');
  if (!/^[0-9a-fA-F]{64}$/.test(h)) throw new CliError('INVALID_HASH', `"${hash}" is not a transaction hash: expected 64 hexadecimal characters`);
  return h.toUpperCase();
}

export interface DecodedTx {
  messages: Array<{ type_url: string; value: unknown }>;
  memo: string;
  timeout_height: string;
  fee: { amount: Array<{ denom: string; amount: string }>; gas_limit: string; payer: string; granter: string };
  signer_infos: Array<{ pubkey: string | null; sequence: string }>;
  signatures: string[];
}

/** Decodes TxRaw/Tx bytes for display. Messages of types the registry knows are decoded; others are shown as base64. */
export function decodeTxForDisplay(txBytes: Uint8Array, registry: Registry = new Registry(defaultRegistryTypes)): DecodedTx {
  const tx = Tx.decode(txBytes);
  const messages = (tx.body?.messages ?? []).map((m) => {
    let value: unknown;
    try {
      value = registry.lookupType(m.typeUrl) ? toJsonSafe(registry.decode(m)) : { '@bytes': Buffer.from(m.value).toString('base64') };
    } catch {
      value = { '@bytes': Buffer.from(m.value).toString('base64') };
    }
    return { type_url: m.typeUrl, value };
  });
  const fee = tx.authInfo?.fee;
  return {
    messages,
    memo: tx.body?.memo ?? '',
    timeout_height: (tx.body?.timeoutHeight ?? 0n).toString(),
    fee: {
      amount: (fee?.amount ?? []).map((c) => ({ denom: c.denom, amount: c.amount })),
      gas_limit: (fee?.gasLimit ?? 0n).toString(),
      payer: fee?.payer ?? '',
      granter: fee?.granter ?? '',
    },
    signer_infos: (tx.authInfo?.signerInfos ?? []).map((s) => {
      let pubkey: string | null = null;
      if (s.publicKey?.typeUrl === '/cosmos.crypto.secp256k1.PubKey') pubkey = Buffer.from(PubKey.decode(s.publicKey.value).key).toString('base64');
      else if (s.publicKey) pubkey = `${s.publicKey.typeUrl}:${Buffer.from(s.publicKey.value).toString('base64')}`;
      return { pubkey, sequence: s.sequence.toString() };
    }),
    signatures: tx.signatures.map((s) => Buffer.from(s).toString('base64')),
  };
}

export interface TxEvent {
  type: string;
  attributes: Array<{ key: string; value: string }>;
}

export interface TxQueryResult {
  txhash: string;
  height: number;
  index: number;
  code: number;
  codespace: string;
  raw_log: string;
  gas_wanted: string;
  gas_used: string;
  events: TxEvent[];
  tx: DecodedTx;
}

/** A committed tx by hash (through tx_search, as cosmjs does), or undefined when the node has none. */
export async function fetchTx(url: string, hash: string, registry?: Registry): Promise<TxQueryResult | undefined> {
  const h = parseTxHash(hash);
  const r = await rpcCall<{ txs: Array<Record<string, any>>; total_count: string }>(url, 'tx_search', { query: `tx.hash='${h}'`, page: '1' });
  const t = r.txs?.[0];
  if (!t) return undefined;
  const res = (t.tx_result ?? {}) as Record<string, any>;
  return {
    txhash: String(t.hash).toUpperCase(),
    height: Number(t.height),
    index: Number(t.index),
    code: Number(res.code ?? 0),
    codespace: String(res.codespace ?? ''),
    raw_log: String(res.log ?? ''),
    gas_wanted: String(res.gas_wanted ?? '0'),
    gas_used: String(res.gas_used ?? '0'),
    events: ((res.events ?? []) as Array<Record<string, any>>).map((e) => ({
      type: String(e.type ?? ''),
      attributes: ((e.attributes ?? []) as Array<Record<string, any>>).map((a) => ({ key: String(a.key ?? ''), value: String(a.value ?? '') })),
    })),
    tx: decodeTxForDisplay(new Uint8Array(Buffer.from(String(t.tx ?? ''), 'base64')), registry),
  };
}

function eventsText(events: TxEvent[]): string[] {
  const lines: string[] = [];
  for (const e of events) {
    lines.push(`  ${e.type}`);
    for (const a of e.attributes) lines.push(`    ${a.key}: ${a.value}`);
  }
  return lines;
}

function txText(t: TxQueryResult): string {
  const lines = [
    `txhash:     ${t.txhash}`,
    `height:     ${t.height} (index ${t.index})`,
    `code:       ${t.code}${t.code === 0 ? ' (success)' : ` (failed, codespace ${t.codespace || 'unknown'})`}`,
  ];
  if (t.code !== 0) lines.push(`log:        ${t.raw_log}`);
  lines.push(
    `gas used:   ${t.gas_used} of ${t.gas_wanted}`,
    `fee:        ${formatCoins(t.tx.fee.amount)} (gas limit ${t.tx.fee.gas_limit})`,
    ...(t.tx.memo ? [`memo:       ${t.tx.memo}`] : []),
    'messages:',
    ...t.tx.messages.map((m) => `  ${m.type_url} ${JSON.stringify(m.value)}`),
  );
  if (t.events.length > 0) lines.push('events:', ...eventsText(t.events));
  return lines.join('\n');
}

export interface BlockSummary {
  height: number;
  hash: string;
  time: string;
  chain_id: string;
  proposer_address: string;
  app_hash: string;
  last_block_hash: string;
  data_hash: string;
  validators_hash: string;
  num_txs: number;
  txs: string[];
}

/** The block at `height` (latest when undefined), summarized. NOT_FOUND when the node has no such block. */
export async function fetchBlock(url: string, height?: number): Promise<BlockSummary> {
  const r = await rpcCall<Record<string, any>>(url, 'block', height === undefined ? {} : { height: String(height) }).catch((e: unknown) => {
    if (height !== undefined && e instanceof CliError && e.code === 'RPC_ERROR') {
      throw new CliError('NOT_FOUND', `no block ${height} on the node at ${url}: ${e.message}`);
    }
    throw e;
  });
  const block = r.block as Record<string, any> | null;
  if (!block) throw new CliError('NOT_FOUND', height === undefined ? `the node at ${url} has no block yet` : `no block ${height} on the node at ${url}`);
  const h = block.header as Record<string, any>;
  const txs = ((block.data?.txs ?? []) as string[]).map((b) => Buffer.from(sha256(new Uint8Array(Buffer.from(b, 'base64')))).toString('hex').toUpperCase());
  return {
    height: Number(h.height),
    hash: String(r.block_id?.hash ?? ''),
    time: String(h.time),
    chain_id: String(h.chain_id),
    proposer_address: String(h.proposer_address ?? ''),
    app_hash: String(h.app_hash ?? ''),
    last_block_hash: String(h.last_block_id?.hash ?? ''),
    data_hash: String(h.data_hash ?? ''),
    validators_hash: String(h.validators_hash ?? ''),
    num_txs: txs.length,
    txs,
  };
}

function blockText(b: BlockSummary): string {
  return [
    `height:      ${b.height}`,
    `hash:        ${b.hash}`,
    `time:        ${b.time}`,
    `chain id:    ${b.chain_id}`,
    `proposer:    ${b.proposer_address}`,
    `app hash:    ${b.app_hash}`,
    `last block:  ${b.last_block_hash || '(none)'}`,
    `txs:         ${b.num_txs}`,
    ...b.txs.map((t) => `  ${t}`),
  ].join('\n');
}

function parseHeightArg(h: string | undefined): number | undefined {
  if (h === undefined) return undefined;
  if (!/^[0-9]+$/.test(h) || Number(h) < 1 || !Number.isSafeInteger(Number(h))) throw new CliError('BAD_ARGS', `height must be a positive whole number, not ${JSON.stringify(h)}`);
  return Number(h);
}

export function registerQueryCommands(program: Command): void {
  const q = queryGroup(program);
  const bank = subcommand(q, 'bank', 'bank module queries: balances');

  addQueryOptions(
    bank
      .command('balances <address>')
      .description('the balances of an account')
      .option('--denom <denom>', 'only this denom'),
  ).action(async (address: string, o: QueryCliOptions & { denom?: string }) => {
    parseAddressArg(address);
    const url = queryNodeUrl(o);
    const client = await connectQueryClient(url);
    try {
      if (o.denom !== undefined) {
        const c = await withNode(url, () => client.getBalance(address, o.denom!));
        print(o.output, { address, balance: { denom: c.denom, amount: c.amount } }, (d) => `${d.balance.amount}${d.balance.denom}`);
      } else {
        const all = await withNode(url, () => client.getAllBalances(address));
        const balances = all.map((c) => ({ denom: c.denom, amount: c.amount }));
        print(o.output, { address, balances }, () => (balances.length === 0 ? `${address} holds no tokens` : balances.map((c) => `${c.amount}${c.denom}`).join('\n')));
      }
    } finally {
      client.disconnect();
    }
  });

  addQueryOptions(q.command('tx <hash>').description('a committed transaction by hash: result, messages, events')).action(async (hash: string, o: QueryCliOptions) => {
    const h = parseTxHash(hash);
    const url = queryNodeUrl(o);
    const t = await fetchTx(url, h);
    if (!t) throw new CliError('NOT_FOUND', `transaction ${h} was not found on the node at ${url}: it is not committed (yet), or was sent to another chain`);
    print(o.output, t, txText);
  });

  addQueryOptions(q.command('block [height]').description('a block (the latest when no height is given)')).action(async (height: string | undefined, o: QueryCliOptions) => {
    const h = parseHeightArg(height);
    const url = queryNodeUrl(o);
    const b = await fetchBlock(url, h);
    print(o.output, b, blockText);
  });

  addQueryOptions(q.command('account <address>').description('an account: number, sequence and public key')).action(async (address: string, o: QueryCliOptions) => {
    parseAddressArg(address);
    const url = queryNodeUrl(o);
    const client = await connectQueryClient(url);
    try {
      const a = await withNode(url, () => client.getAccount(address));
      if (!a) throw new CliError('ACCOUNT_NOT_FOUND', `account ${address} does not exist on chain: an account exists once it has received tokens`);
      const data = {
        address: a.address,
        account_number: String(a.accountNumber),
        sequence: String(a.sequence),
        pubkey: a.pubkey ? { type: a.pubkey.type, value: String(a.pubkey.value) } : null,
      };
      print(o.output, data, (d) =>
        [`address:         ${d.address}`, `account number:  ${d.account_number}`, `sequence:        ${d.sequence}`, `pubkey:          ${d.pubkey ? `${d.pubkey.value} (${d.pubkey.type})` : '(none yet: set by its first transaction)'}`].join('\n'),
      );
    } finally {
      client.disconnect();
    }
  });
}
