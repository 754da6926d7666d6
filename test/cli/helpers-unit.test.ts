// The shared CLI helpers in-process: argument parsing, error mapping, the command tree that
// module commands hook into.
import { describe, expect, test } from '@jest/globals';
import { Command } from 'commander';
import { subcommand, queryGroup, txGroup } from '../../client/cli/command-tree.js';
import { CliError } from '../../client/cli/common.js';
import { buildProgram } from '../../client/cli/main.js';
import { parseTxHash, toJsonSafe } from '../../client/cli/query.js';
import { nodeError, resolveNodeUrl } from '../../client/cli/rpc.js';
import { addTxOptions, chainErrorCode, parseAddressArg, parseCoinsArg, parseFeeFlags } from '../../client/cli/tx-runner.js';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as CliError).code;
  }
  return undefined;
}

describe('parseCoinsArg', () => {
  test('parses one or several coins and sorts them by denom', () => {
    expect(parseCoinsArg('1000uaivm', 'amount')).toEqual([{ denom: 'uaivm', amount: '1000' }]);
    expect(parseCoinsArg('1000uaivm, 5foo,007ibc/ABC', 'amount')).toEqual([
      { denom: 'foo', amount: '5' },
      { denom: 'ibc/ABC', amount: '7' },
      { denom: 'uaivm', amount: '1000' },
    ]);
    expect(parseCoinsArg('123456789012345678901234567890uaivm', 'amount')[0]!.amount).toBe('123456789012345678901234567890');
  });

  test('refuses fractions, missing denoms, zero, duplicates and bad denoms with INVALID_COINS', () => {
    for (const bad of ['1.5uaivm', '.5uaivm', '10', 'uaivm', '0uaivm', '1uaivm,2uaivm', '1u', '1uaivm,', '', '-1uaivm', '1 uaivm', '1uaivm!']) {
      expect([bad, codeOf(() => parseCoinsArg(bad, 'amount'))]).toEqual([bad, 'INVALID_COINS']);
    }
    expect(parseCoinsArg('0uaivm', '--fees', { allowZero: true })).toEqual([{ denom: 'uaivm', amount: '0' }]);
  });
});

describe('parseFeeFlags', () => {
  test('defaults: gas auto, adjustment 1.4, gas price 0.025uaivm', () => {
    const p = parseFeeFlags({});
    expect(p.gas).toBe('auto');
    expect(p.gasAdjustment).toBe(1.4);
    expect(p.fees).toBeUndefined();
    expect(p.gasPrice!.denom).toBe('uaivm');
    expect(p.gasPrice!.amount.toString()).toBe('0.025');
  });

  test('--fees with a fixed gas; conflicts and bad values are BAD_FLAG', () => {
    expect(parseFeeFlags({ fees: '5000uaivm', gas: '200000' })).toEqual({ gas: 200000, gasAdjustment: 1.4, fees: [{ denom: 'uaivm', amount: '5000' }] });
    expect(codeOf(() => parseFeeFlags({ fees: '1uaivm', gasPrices: '0.1uaivm' }))).toBe('BAD_FLAG');
    expect(codeOf(() => parseFeeFlags({ gas: '0' }))).toBe('BAD_FLAG');
    expect(codeOf(() => parseFeeFlags({ gas: '1e6' }))).toBe('BAD_FLAG');
    expect(codeOf(() => parseFeeFlags({ gasAdjustment: '0.5' }))).toBe('BAD_FLAG');
    expect(codeOf(() => parseFeeFlags({ gasPrices: 'cheap' }))).toBe('BAD_FLAG');
  });
});

describe('addresses, hashes, URLs', () => {
  test('parseAddressArg accepts aivm1 addresses only', () => {
    expect(parseAddressArg('aivm19rl4cm2hmr8afy4kldpxz3fka4jguq0ada72yv')).toBe('aivm19rl4cm2hmr8afy4kldpxz3fka4jguq0ada72yv');
    expect(codeOf(() => parseAddressArg('cosmos19rl4cm2hmr8afy4kldpxz3fka4jguq0auqdal4'))).toBe('INVALID_ADDRESS');
    expect(codeOf(() => parseAddressArg('aivm19rl4cm2hmr8afy4kldpxz3fka4jguq0ada72yw'))).toBe('INVALID_ADDRESS');
  });

  test('parseTxHash takes 64 hex characters, any case, optional 0x', () => {
    expect(parseTxHash('0x' + 'ab'.repeat(32))).toBe('AB'.repeat(32));
    expect(codeOf(() => parseTxHash('ab'))).toBe('INVALID_HASH');
    expect(codeOf(() => parseTxHash('g'.repeat(64)))).toBe('INVALID_HASH');
  });

  test('resolveNodeUrl: --node wins, host:port gets http://, other schemes are refused', () => {
    expect(resolveNodeUrl({ node: '127.0.0.1:26657', home: '/nonexistent' })).toBe('http://127.0.0.1:26657');
    expect(resolveNodeUrl({ node: 'https://rpc.example.org/path', home: '/nonexistent' })).toBe('https://rpc.example.org/path');
    expect(resolveNodeUrl({ home: '/nonexistent' })).toBe('http://127.0.0.1:26657');
    expect(codeOf(() => resolveNodeUrl({ node: 'ws://127.0.0.1:26657', home: '/x' }))).toBe('BAD_FLAG');
  });
});

describe('error mapping', () => {
  test('chainErrorCode names known sdk and ante codes, else the fallback', () => {
    expect(chainErrorCode('sdk', 5, 'TX_FAILED')).toBe('INSUFFICIENT_FUNDS');
    expect(chainErrorCode('sdk', 13, 'TX_REJECTED')).toBe('INSUFFICIENT_FEE');
    expect(chainErrorCode('ante', 2, 'TX_REJECTED')).toBe('HIGH_S_SIGNATURE');
    expect(chainErrorCode('registry', 5, 'TX_FAILED')).toBe('TX_FAILED');
    expect(chainErrorCode(undefined, 5, 'SIMULATION_FAILED')).toBe('SIMULATION_FAILED');
  });

  test('nodeError: connection failures, HTTP errors and JSON-RPC errors', () => {
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) });
    expect(nodeError(refused, 'http://x')).toMatchObject({ code: 'NODE_UNREACHABLE' });
    expect(nodeError(refused, 'http://x')!.message).toContain('ECONNREFUSED');
    expect(nodeError(new Error('Bad status on response: 404'), 'http://x')).toMatchObject({ code: 'NODE_UNREACHABLE' });
    expect(nodeError(new Error(JSON.stringify({ code: -32602, message: 'Invalid params', data: 'height: too high' })), 'http://x')).toMatchObject({
      code: 'RPC_ERROR',
      message: expect.stringContaining('height: too high'),
    });
    expect(nodeError(new Error('something else'), 'http://x')).toBeUndefined();
  });

  test('toJsonSafe turns bigints and bytes into strings', () => {
    expect(toJsonSafe({ a: 5n, b: new Uint8Array([1, 2]), c: [{ d: undefined, e: 'x' }] })).toEqual({ a: '5', b: 'AQI=', c: [{ e: 'x' }] });
  });
});

describe('the command tree', () => {
  test('tx and query groups are shared: module commands registered later land under the same groups', () => {
    const program = buildProgram();
    const tx = txGroup(program);
    expect(txGroup(program)).toBe(tx);
    expect(subcommand(tx, 'bank', 'x')).toBe(tx.commands.find((c) => c.name() === 'bank'));
    const reg = subcommand(tx, 'registry', 'registry transactions');
    expect(reg.commands.map((c) => c.name())).toContain('create-model');
    addTxOptions(reg.command('example-cmd <name>'));
    expect(subcommand(tx, 'registry', 'x').commands.map((c) => c.name())).toContain('example-cmd');
    expect(program.commands.filter((c) => c.name() === 'tx')).toHaveLength(1);
    expect(tx.commands.map((c) => c.name())).toEqual(expect.arrayContaining(['bank', 'registry']));
    const q = queryGroup(program);
    expect(q.aliases()).toContain('q');
    expect(q.commands.map((c) => c.name())).toEqual(expect.arrayContaining(['bank', 'tx', 'block', 'account']));
    for (const name of ['keys', 'status']) expect(program.commands.some((c) => c.name() === name)).toBe(true);
  });

  test('addTxOptions gives every tx flag with its default', () => {
    const cmd = addTxOptions(new Command('x'));
    cmd.parse(['--from', 'k'], { from: 'user' });
    expect(cmd.opts()).toMatchObject({ from: 'k', gas: 'auto', gasAdjustment: '1.4', memo: '', broadcastMode: 'commit', keyringBackend: 'file', output: 'text' });
    expect(cmd.opts().gasPrices).toBeUndefined();
    expect(cmd.opts().fees).toBeUndefined();
  });
});
