// aivmd status, tx bank send and query …: the real CLI in child processes against a real
// `aivmd dev` node (200 ms blocks) on a free port.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { errorCode, json, rpc, runCli, runInPty, startDevChain, type CliRun, type DevChain } from './helpers.js';

// Every test runs several CLI processes (~2 s each, more on a loaded machine).
jest.setTimeout(240_000);

let chain: DevChain;
let node: string[];
let tx: string[];
let dev0: string;
let dev1: string;

beforeAll(async () => {
  chain = await startDevChain({ accounts: 2 });
  node = ['--home', chain.home, '--node', chain.url];
  tx = [...node, '--keyring-backend', 'test', '--yes'];
  dev0 = chain.accounts.find((a) => a.name === 'dev0')!.address;
  dev1 = chain.accounts.find((a) => a.name === 'dev1')!.address;
}, 120_000);

afterAll(async () => {
  await chain?.stop();
}, 60_000);

/** Fails with the run's output when the exit status is not `code`. */
function expectExit(r: CliRun, code: number): void {
  if (r.code !== code) throw new Error(`expected exit ${code}, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}\nnode log tail: ${chain.log().slice(-2000)}`);
}

async function balance(address: string, denom = 'uaivm'): Promise<bigint> {
  const r = await runCli(['query', 'bank', 'balances', address, '--denom', denom, '-o', 'json', ...node]);
  expectExit(r, 0);
  const j = json(r);
  expect(j.balance.denom).toBe(denom);
  return BigInt(j.balance.amount);
}

async function sequence(address: string): Promise<number> {
  const r = await runCli(['query', 'account', address, '-o', 'json', ...node]);
  expectExit(r, 0);
  return Number(json(r).sequence);
}

function feeOf(r: { fee: Array<{ denom: string; amount: string }> }): bigint {
  return r.fee.filter((c) => c.denom === 'uaivm').reduce((s, c) => s + BigInt(c.amount), 0n);
}

describe('aivmd status', () => {
  test('text and json show the chain id, height, block time, app hash and the validator', async () => {
    const [t, j] = await Promise.all([runCli(['status', ...node]), runCli(['status', '-o', 'json', ...node])]);
    expectExit(t, 0);
    expectExit(j, 0);
    const s = json(j);
    const raw = await rpc(chain.url, 'status');
    expect(s.chain_id).toBe('aivm-dev-1');
    expect(s.chain_id).toBe(raw.node_info.network);
    expect(s.latest_block_height).toBeGreaterThanOrEqual(1);
    expect(s.latest_block_height).toBeLessThanOrEqual(Number(raw.sync_info.latest_block_height));
    expect(s.latest_block_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(s.latest_app_hash).toMatch(/^[0-9A-F]{64}$/);
    expect(s.catching_up).toBe(false);
    expect(s.validator_address).toBe(raw.validator_info.address);
    expect(s.validator_address).toMatch(/^[0-9A-F]{40}$/);
    expect(Number(s.voting_power)).toBeGreaterThan(0);
    expect(t.stdout).toContain('chain id:      aivm-dev-1');
    expect(t.stdout).toContain(`validator:     ${s.validator_address} (voting power ${s.voting_power})`);
    expect(t.stdout).toMatch(/app hash: +[0-9A-F]{64}/);
  });

  test('an unreachable node is NODE_UNREACHABLE, exit 1', async () => {
    const r = await runCli(['status', '--node', 'http://127.0.0.1:9', '--home', chain.home]);
    expectExit(r, 1);
    expect(errorCode(r)).toBe('NODE_UNREACHABLE');
    expect(r.stderr).toContain('http://127.0.0.1:9');
  });

  test('--node accepts host:port without a scheme', async () => {
    const r = await runCli(['status', '-o', 'json', '--home', chain.home, '--node', chain.url.replace('http://', '')]);
    expectExit(r, 0);
    expect(json(r).node).toBe(chain.url);
  });
});

describe('aivmd tx bank send', () => {
  /** The tx of the --gas/--fees test, which the query tests look up. */
  let sent: { txhash: string; height: number; fee: Array<{ denom: string; amount: string }>; gas_used: string; gas_wanted: string };

  test('with the default fee and gas (gas auto, 0.025uaivm): the balances change by exactly the amount and the fee', async () => {
    const [b0, b1] = await Promise.all([balance(dev0), balance(dev1)]);
    const r = await runCli(['tx', 'bank', 'send', '--from', 'dev0', dev1, '12345uaivm', '-o', 'json', ...tx]);
    expectExit(r, 0);
    const j = json(r);
    expect(j.txhash).toMatch(/^[0-9A-F]{64}$/);
    expect(j.height).toBeGreaterThan(0);
    expect(j.code).toBe(0);
    expect(BigInt(j.gas_used)).toBeGreaterThan(0n);
    expect(BigInt(j.gas_used)).toBeLessThanOrEqual(BigInt(j.gas_wanted));
    const fee = feeOf(j);
    // 0.025uaivm per unit of the gas limit, rounded up
    expect(fee).toBe((BigInt(j.gas_wanted) * 25n + 999n) / 1000n);
    expect(await balance(dev1)).toBe(b1 + 12345n);
    expect(await balance(dev0)).toBe(b0 - 12345n - fee);
  });

  test('with --gas and --fees: text output shows hash, height, code and gas used; balances change exactly', async () => {
    const [b0, b1] = await Promise.all([balance(dev0), balance(dev1)]);
    const r = await runCli(['tx', 'bank', 'send', '--from', 'dev0', dev1, '777uaivm', '--gas', '200000', '--fees', '5000uaivm', '--memo', 'hello cli', ...tx]);
    expectExit(r, 0);
    const hash = /^txhash: +([0-9A-F]{64})$/m.exec(r.stdout)![1]!;
    sent = { txhash: hash, height: Number(/^height: +(\d+)$/m.exec(r.stdout)![1]), fee: [{ denom: 'uaivm', amount: '5000' }], gas_used: /^gas used: +(\d+)/m.exec(r.stdout)![1]!, gas_wanted: '200000' };
    expect(r.stdout).toMatch(/^txhash: +[0-9A-F]{64}$/m);
    expect(r.stdout).toMatch(/^height: +\d+$/m);
    expect(r.stdout).toMatch(/^code: +0 \(success\)$/m);
    expect(r.stdout).toMatch(/^gas used: +\d+ of 200000$/m);
    expect(r.stdout).toMatch(/^fee: +5000uaivm$/m);
    expect(await balance(dev1)).toBe(b1 + 777n);
    expect(await balance(dev0)).toBe(b0 - 777n - 5000n);
  });

  test('the key may be given first instead of --from, and by address', async () => {
    const b0 = await balance(dev0);
    const r = await runCli(['tx', 'bank', 'send', 'dev1', dev0, '5uaivm', '--gas', '200000', '-o', 'json', ...tx]);
    expectExit(r, 0);
    expect(json(r).from).toBe(dev1);
    const r2 = await runCli(['tx', 'bank', 'send', '--from', dev1, dev0, '6uaivm', '--gas', '200000', '-o', 'json', ...tx]);
    expectExit(r2, 0);
    expect(json(r2).from_key).toBe('dev1');
    expect(await balance(dev0)).toBe(b0 + 11n);
  });

  test('--broadcast-mode sync returns the hash after CheckTx; the tx is committed soon after', async () => {
    const seq = await sequence(dev0);
    const r = await runCli(['tx', 'bank', 'send', '--from', 'dev0', dev1, '3uaivm', '--gas', '200000', '--broadcast-mode', 'sync', '-o', 'json', ...tx]);
    expectExit(r, 0);
    const j = json(r);
    expect(j.broadcast_mode).toBe('sync');
    expect(j.txhash).toMatch(/^[0-9A-F]{64}$/);
    expect(j.height).toBeUndefined();
    let found: CliRun | undefined;
    for (let i = 0; i < 40; i++) {
      found = await runCli(['query', 'tx', j.txhash, '-o', 'json', ...node]);
      if (found.code === 0) break;
      await new Promise((res) => setTimeout(res, 250));
    }
    expectExit(found!, 0);
    expect(json(found!).code).toBe(0);
    expect(await sequence(dev0)).toBe(seq + 1);
  });

  test('a bad recipient address is INVALID_ADDRESS, exit 1, nothing sent', async () => {
    const seq = await sequence(dev0);
    for (const bad of ['aivm1xyz', 'cosmos19rl4cm2hmr8afy4kldpxz3fka4jguq0auqdal4', 'not-an-address']) {
      const r = await runCli(['tx', 'bank', 'send', '--from', 'dev0', bad, '1uaivm', ...tx]);
      expectExit(r, 1);
      expect(errorCode(r)).toBe('INVALID_ADDRESS');
      expect(r.stdout).toBe('');
    }
    expect(await sequence(dev0)).toBe(seq);
  });

  test('insufficient funds: refused at simulation with INSUFFICIENT_FUNDS, exit 1, balances unchanged', async () => {
    const [b0, b1] = await Promise.all([balance(dev0), balance(dev1)]);
    const r = await runCli(['tx', 'bank', 'send', '--from', 'dev0', dev1, `${b0 + 1n}uaivm`, ...tx]);
    expectExit(r, 1);
    expect(errorCode(r)).toBe('INSUFFICIENT_FUNDS');
    expect(r.stderr).toMatch(/insufficient funds/);
    expect(await balance(dev0)).toBe(b0);
    expect(await balance(dev1)).toBe(b1);
  });

  test('insufficient funds with an explicit gas limit: the tx fails in its block, exit 1 with the chain log; only the fee is taken', async () => {
    const [b0, b1] = await Promise.all([balance(dev0), balance(dev1)]);
    const r = await runCli(['tx', 'bank', 'send', '--from', 'dev0', dev1, `${b0}uaivm,5foo`, '--gas', '200000', '-o', 'json', ...tx]);
    expectExit(r, 1);
    expect(errorCode(r)).toBe('INSUFFICIENT_FUNDS');
    const j = json(r);
    expect(j.code).toBe(5);
    expect(j.codespace).toBe('sdk');
    expect(j.height).toBeGreaterThan(0);
    expect(j.raw_log).toMatch(/insufficient funds/);
    expect(r.stderr).toContain(j.txhash);
    expect(await balance(dev0)).toBe(b0 - feeOf(j));
    expect(await balance(dev1)).toBe(b1);
    const q = await runCli(['query', 'tx', j.txhash, '-o', 'json', ...node]);
    expectExit(q, 0);
    expect(json(q)).toMatchObject({ code: 5, codespace: 'sdk', height: j.height });
  });

  test('an unknown key is KEY_NOT_FOUND, exit 1', async () => {
    const r = await runCli(['tx', 'bank', 'send', '--from', 'mallory', dev1, '1uaivm', ...tx]);
    expectExit(r, 1);
    expect(errorCode(r)).toBe('KEY_NOT_FOUND');
    expect(r.stderr).toContain('mallory');
  });

  test('a key whose account was never funded is ACCOUNT_NOT_FOUND', async () => {
    const add = await runCli(['keys', 'add', 'fresh', '--keyring-backend', 'test', '--home', chain.home, '-o', 'json']);
    expectExit(add, 0);
    const r = await runCli(['tx', 'bank', 'send', '--from', 'fresh', dev1, '1uaivm', ...tx]);
    expectExit(r, 1);
    expect(errorCode(r)).toBe('ACCOUNT_NOT_FOUND');
    const q = await runCli(['query', 'account', json(add).address, ...node]);
    expectExit(q, 1);
    expect(errorCode(q)).toBe('ACCOUNT_NOT_FOUND');
  });

  test('a fee below the minimum is refused by CheckTx (INSUFFICIENT_FEE); nothing is spent', async () => {
    const [b0, seq] = await Promise.all([balance(dev0), sequence(dev0)]);
    const r = await runCli(['tx', 'bank', 'send', '--from', 'dev0', dev1, '1uaivm', '--gas', '100000', '--fees', '1uaivm', ...tx]);
    expectExit(r, 1);
    expect(errorCode(r)).toBe('INSUFFICIENT_FEE');
    expect(r.stderr).toMatch(/insufficient fee/);
    expect(await balance(dev0)).toBe(b0);
    expect(await sequence(dev0)).toBe(seq);
  });

  test('flag and argument errors are caught before anything is signed', async () => {
    const cases: Array<[string[], string]> = [
      [['--from', 'dev0', dev1, '1.5uaivm'], 'INVALID_COINS'],
      [['--from', 'dev0', dev1, '0uaivm'], 'INVALID_COINS'],
      [['--from', 'dev0', dev1, '10'], 'INVALID_COINS'],
      [['--from', 'dev0', dev1, '1uaivm', '--fees', '1uaivm', '--gas-prices', '0.1uaivm'], 'BAD_FLAG'],
      [['--from', 'dev0', dev1, '1uaivm', '--gas', 'lots'], 'BAD_FLAG'],
      [['--from', 'dev0', dev1, '1uaivm', '--broadcast-mode', 'block'], 'BAD_FLAG'],
      [['--from', 'dev0', dev1, '1uaivm', '--chain-id', 'other-chain-1'], 'CHAIN_ID_MISMATCH'],
      [[dev1, '1uaivm'], 'BAD_ARGS'],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(['tx', 'bank', 'send', ...args, ...tx])));
    runs.forEach((r, i) => {
      expectExit(r, 1);
      expect([cases[i]![0].join(' '), errorCode(r)]).toEqual([cases[i]![0].join(' '), cases[i]![1]]);
    });
  });

  test('without --yes and without a terminal: CONFIRMATION_REQUIRED, nothing broadcast', async () => {
    const seq = await sequence(dev0);
    const r = await runCli(['tx', 'bank', 'send', '--from', 'dev0', dev1, '1uaivm', '--keyring-backend', 'test', ...node]);
    expectExit(r, 1);
    expect(errorCode(r)).toBe('CONFIRMATION_REQUIRED');
    expect(r.stderr).toContain('--yes');
    expect(await sequence(dev0)).toBe(seq);
  });

  test('on a terminal, the tx is shown and confirmed: "n" sends nothing, "y" sends it', async () => {
    const [b1, seq] = await Promise.all([balance(dev1), sequence(dev0)]);
    const args = ['tx', 'bank', 'send', '--from', 'dev0', dev1, '42uaivm', '--gas', '200000', '--keyring-backend', 'test', ...node];
    const no = await runInPty(args, [{ expect: /confirm transaction before signing and broadcasting \[y\/N\]: /, send: 'n\r' }]);
    expect(no.code).toBe(1);
    expect(no.output).toMatch(/Error \[ABORTED\]/);
    expect(no.output).toContain('/cosmos.bank.v1beta1.MsgSend');
    expect(no.output).toMatch(/fee: +5000uaivm \(gas limit 200000\)/);
    expect(await sequence(dev0)).toBe(seq);
    const yes = await runInPty(args, [{ expect: /\[y\/N\]: /, send: 'y\r' }]);
    expect(yes.code).toBe(0);
    expect(yes.output).toMatch(/code: +0 \(success\)/);
    expect(await balance(dev1)).toBe(b1 + 42n);
  });

  test('an unreachable node is NODE_UNREACHABLE', async () => {
    const r = await runCli(['tx', 'bank', 'send', '--from', 'dev0', dev1, '1uaivm', '--keyring-backend', 'test', '--yes', '--home', chain.home, '--node', 'http://127.0.0.1:9']);
    expectExit(r, 1);
    expect(errorCode(r)).toBe('NODE_UNREACHABLE');
  });

  describe('queries of the sent tx', () => {
    test('query tx finds it: height, code, the MsgSend, the transfer event', async () => {
      expect(sent).toBeDefined();
      const [j, t] = await Promise.all([runCli(['query', 'tx', sent.txhash, '-o', 'json', ...node]), runCli(['q', 'tx', sent.txhash.toLowerCase(), ...node])]);
      expectExit(j, 0);
      const q = json(j);
      expect(q).toMatchObject({ txhash: sent.txhash, height: sent.height, code: 0, gas_used: sent.gas_used, gas_wanted: sent.gas_wanted });
      expect(q.tx.messages).toEqual([
        { type_url: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: dev0, toAddress: dev1, amount: [{ denom: 'uaivm', amount: '777' }] } },
      ]);
      expect(q.tx.fee).toMatchObject({ amount: sent.fee, gas_limit: '200000' });
      expect(q.tx.memo).toBe('hello cli');
      const transfer = q.events.find((e: { type: string }) => e.type === 'transfer');
      expect(transfer.attributes).toEqual(
        expect.arrayContaining([
          { key: 'recipient', value: dev1 },
          { key: 'amount', value: '777uaivm' },
        ]),
      );
      expectExit(t, 0);
      expect(t.stdout).toContain(`txhash:     ${sent.txhash}`);
      expect(t.stdout).toContain('/cosmos.bank.v1beta1.MsgSend');
    });

    test('query block <height> lists the tx; query block gives the latest block', async () => {
      const [b, latest, text] = await Promise.all([
        runCli(['query', 'block', String(sent.height), '-o', 'json', ...node]),
        runCli(['query', 'block', '-o', 'json', ...node]),
        runCli(['query', 'block', String(sent.height), ...node]),
      ]);
      expectExit(b, 0);
      const blk = json(b);
      expect(blk.height).toBe(sent.height);
      expect(blk.chain_id).toBe('aivm-dev-1');
      expect(blk.hash).toMatch(/^[0-9A-F]{64}$/);
      expect(blk.txs).toContain(sent.txhash);
      expect(blk.num_txs).toBe(blk.txs.length);
      const raw = await rpc(chain.url, 'block', { height: String(sent.height) });
      expect(blk.hash).toBe(raw.block_id.hash);
      expect(blk.app_hash).toBe(raw.block.header.app_hash);
      expectExit(latest, 0);
      expect(json(latest).height).toBeGreaterThanOrEqual(sent.height);
      expectExit(text, 0);
      expect(text.stdout).toContain(`height:      ${sent.height}`);
      expect(text.stdout).toContain(sent.txhash);
    });

    test('query account shows the sequence and public key of a key that has signed', async () => {
      const r = await runCli(['query', 'account', dev0, '-o', 'json', ...node]);
      expectExit(r, 0);
      const a = json(r);
      expect(a.address).toBe(dev0);
      expect(Number(a.sequence)).toBeGreaterThanOrEqual(3);
      const show = json(await runCli(['keys', 'show', 'dev0', '--keyring-backend', 'test', '--home', chain.home, '-o', 'json']));
      expect(a.pubkey.value).toBe(show.pubkey);
    });

    test('query bank balances without --denom lists every denom', async () => {
      const [j, t] = await Promise.all([runCli(['query', 'bank', 'balances', dev1, '-o', 'json', ...node]), runCli(['query', 'bank', 'balances', dev1, ...node])]);
      expectExit(j, 0);
      const b = json(j);
      expect(b.address).toBe(dev1);
      expect(b.balances).toHaveLength(1);
      expect(b.balances[0].denom).toBe('uaivm');
      expect(BigInt(b.balances[0].amount)).toBeGreaterThan(1_000_000_000_000n - 1_000_000n);
      expectExit(t, 0);
      expect(t.stdout.trim()).toBe(`${b.balances[0].amount}uaivm`);
    });

    test('bad query input and unknown things give clear errors, exit 1', async () => {
      const runs = await Promise.all([
        runCli(['query', 'tx', 'A'.repeat(64), ...node]),
        runCli(['query', 'tx', 'xyz', ...node]),
        runCli(['query', 'block', '999999999', ...node]),
        runCli(['query', 'block', '0', ...node]),
        runCli(['query', 'bank', 'balances', 'aivm1nope', ...node]),
        runCli(['query', 'account', 'aivm1nope', ...node]),
      ]);
      expect(runs.map((r) => [r.code, errorCode(r)])).toEqual([
        [1, 'NOT_FOUND'],
        [1, 'INVALID_HASH'],
        [1, 'NOT_FOUND'],
        [1, 'BAD_ARGS'],
        [1, 'INVALID_ADDRESS'],
        [1, 'INVALID_ADDRESS'],
      ]);
    });
  });
});
