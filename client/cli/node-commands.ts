// aivmd init | start | dev | export | repair
import { Command } from 'commander';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { canonicalJson } from '../../chain/genesis.js';
import { ChainDB } from '../../chain/store/chain-db.js';
import { exportState } from '../../node/export.js';
import { homePaths, readJsonFile } from '../../node/home.js';
import { initHome, resetChainData } from '../../node/init.js';
import { isLogLevel } from '../../node/log.js';
import { Keyring } from '../keyring/index.js';
import { addHomeOption, addOutputOption, CliError, print } from './common.js';

const DEV_DENOM = 'uaivm';

export function registerNodeCommands(program: Command): void {
  addOutputOption(
    addHomeOption(
      program
        .command('init')
        .description('create a node home: config, node and validator keys, and a genesis file')
        .option('--chain-id <id>', 'chain id of a new chain', 'aivm-local-1')
        .option('--moniker <name>', 'a name for this node', 'aivm-node')
        .option('--operator <address>', 'the validator operator account (aivm1…) of a new chain')
        .option('--genesis <file>', 'use this genesis file (e.g. from `aivmd export`) instead of creating one')
        .option('--overwrite', 'replace an existing config and genesis (chain data is kept)'),
    ),
  ).action((o) => {
    const genesis = o.genesis ? readJsonFile<never>(o.genesis, 'genesis file') : undefined;
    const r = initHome({ home: o.home, chainId: o.chainId, moniker: o.moniker, operatorAddress: o.operator, genesis, overwrite: o.overwrite });
    print(o.output, { home: o.home, chain_id: r.genesis.chain_id, validator_address: r.validatorAddress, genesis: r.paths.genesis }, (d) =>
      [`initialized ${d.home}`, `  chain id:          ${d.chain_id}`, `  validator address: ${d.validator_address}`, `  genesis:           ${d.genesis}`, 'start it with: aivmd start --home ' + d.home].join('\n'),
    );
  });

  addHomeOption(
    program
      .command('start')
      .description('run the node (Ctrl-C or SIGTERM stops it cleanly)')
      .option('--log-level <level>', 'debug, info, warn, error or silent (overrides config.json)')
      .option('--log-format <format>', 'text or json (overrides config.json)')
      .option('--rpc-laddr <host:port>', 'JSON-RPC listen address (overrides config.json)'),
  ).action(async (o) => {
    await runNode(o.home, o);
  });

  addHomeOption(
    program
      .command('dev')
      .description('one-command local chain: creates (or reuses) a home with one validator and funded dev accounts, then starts it')
      .option('--reset', 'delete the home\'s chain data, keys and config first and start a fresh chain')
      .option('--accounts <n>', 'number of funded dev accounts', '4')
      .option('--chain-id <id>', 'chain id', 'aivm-dev-1')
      .option('--block-time <ms>', 'block interval in milliseconds', '1000')
      .option('--no-empty-blocks', 'make blocks only when there are transactions')
      .option('--log-level <level>', 'debug, info, warn, error or silent')
      .option('--log-format <format>', 'text or json')
      .option('--rpc-laddr <host:port>', 'JSON-RPC listen address'),
  ).action(async (o) => {
    await setupDev(o);
    await runNode(o.home, o);
  });

  addOutputOption(
    addHomeOption(
      program
        .command('export')
        .description('print the genesis JSON of the current state of a stopped node (to fork or restart a chain from it)')
        .option('--out <file>', 'write to this file instead of stdout'),
    ),
  ).action(async (o) => {
    const r = await exportState(o.home);
    const text = canonicalJson(r.genesis, 2) + '\n';
    if (o.out) {
      writeFileSync(o.out, text);
      process.stderr.write(`exported height ${r.height} (block ${r.blockHash || 'none'}) to ${o.out}\n`);
    } else process.stdout.write(text);
  });

  addHomeOption(program.command('repair').description('let LevelDB recover what it can of a damaged chain database (stop the node first)')).action(async (o) => {
    const path = homePaths(o.home).chainDb;
    if (!existsSync(path)) throw new CliError('NO_CHAIN_DATA', `no chain database at ${path}`);
    await ChainDB.repair(path);
    process.stdout.write(`repaired ${path}; start the node to check it\n`);
  });
}

interface RunOptions {
  logLevel?: string;
  logFormat?: string;
  rpcLaddr?: string;
  blockTime?: string;
  emptyBlocks?: boolean;
}

async function runNode(home: string, o: RunOptions): Promise<void> {
  if (o.logLevel && !isLogLevel(o.logLevel)) throw new CliError('BAD_FLAG', `--log-level must be debug, info, warn, error or silent`);
  if (o.logFormat && o.logFormat !== 'text' && o.logFormat !== 'json') throw new CliError('BAD_FLAG', '--log-format must be text or json');
  const { AivmNode } = await import('../../node/node.js');
  // Query answers, JSON-RPC bodies and tx bytes are mostly 1–30 KB: carve them out of 256 KB
  // slabs instead of allocating (and later sweeping) a separate backing store for each one above
  // Buffer's default 4 KB pooling threshold.
  Buffer.poolSize = 256 * 1024;
  const node = new AivmNode({
    home,
    config: (c) => {
      if (o.logLevel) c.log.level = o.logLevel as typeof c.log.level;
      if (o.logFormat) c.log.format = o.logFormat as typeof c.log.format;
      if (o.rpcLaddr !== undefined) c.rpc.laddr = o.rpcLaddr;
      if (o.blockTime) c.consensus.timeout_commit_ms = Number(o.blockTime);
      if (o.emptyBlocks === false) c.consensus.create_empty_blocks = false;
    },
  });
  await node.start();
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (sig: string) => {
      if (stopping) return;
      stopping = true;
      node.log.child('node').info('shutting down', { signal: sig });
      node.stop().then(resolve, (e) => {
        process.stderr.write(`error while stopping: ${(e as Error).message}\n`);
        resolve();
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    const watch = setInterval(() => {
      if (node.consensusError) {
        clearInterval(watch);
        process.exitCode = 1;
        stop('consensus-error');
      }
    }, 500);
    watch.unref();
  });
}

interface DevAccountsFile {
  chain_id: string;
  warning: string;
  accounts: Array<{ name: string; address: string; mnemonic: string; coins: string }>;
}

async function setupDev(o: { home: string; reset?: boolean; accounts: string; chainId: string }): Promise<void> {
  const paths = homePaths(o.home);
  const n = Number(o.accounts);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new CliError('BAD_FLAG', '--accounts must be an integer from 1 to 1000');
  if (o.reset) {
    resetChainData(o.home);
    for (const p of [paths.genesis, paths.config, paths.privValidatorKey, paths.nodeKey, paths.devAccounts]) rmSync(p, { force: true });
    rmSync(`${o.home}/keyring-test`, { recursive: true, force: true });
  }
  if (existsSync(paths.genesis)) {
    if (!existsSync(paths.devAccounts)) {
      throw new CliError('NOT_A_DEV_HOME', `${o.home} holds a node that \`aivmd dev\` did not create (no dev-accounts.json): run \`aivmd start --home ${o.home}\` for it, or \`aivmd dev --home <another dir>\` (or --reset to replace it)`);
    }
    const f = readJsonFile<DevAccountsFile>(paths.devAccounts, 'dev accounts file');
    process.stderr.write(`reusing the dev chain in ${o.home} (chain id ${f.chain_id}); --reset starts a fresh one\n`);
    printDevAccounts(f);
    return;
  }
  const keyring = new Keyring({ home: o.home, backend: 'test' });
  const coins = '1000000000000';
  const accounts: DevAccountsFile['accounts'] = [];
  for (const name of ['validator', ...Array.from({ length: n }, (_, i) => `dev${i}`)]) {
    const k = await keyring.add(name, { overwrite: true });
    accounts.push({ name, address: k.address, mnemonic: k.mnemonic, coins: `${coins}${DEV_DENOM}` });
  }
  initHome({
    home: o.home,
    chainId: o.chainId,
    moniker: 'aivm-dev',
    operatorAddress: accounts[0]!.address,
    accounts: accounts.map((a) => ({ address: a.address, coins: [{ denom: DEV_DENOM, amount: coins }] })),
    overwrite: true,
  });
  const file: DevAccountsFile = {
    chain_id: o.chainId,
    warning: 'DEV ONLY: these mnemonics are stored in clear; never use them on a real network',
    accounts,
  };
  writeFileSync(paths.devAccounts, JSON.stringify(file, null, 2) + '\n', { mode: 0o600 });
  printDevAccounts(file);
}

function printDevAccounts(f: DevAccountsFile): void {
  const lines = [`dev chain ${f.chain_id}: funded accounts (keys in the home's "test" keyring; ${f.warning})`];
  for (const a of f.accounts) lines.push(`  ${a.name.padEnd(10)} ${a.address}  ${a.coins}\n             ${a.mnemonic}`);
  process.stderr.write(lines.join('\n') + '\n');
}

export function readDevAccounts(home: string): DevAccountsFile {
  return JSON.parse(readFileSync(homePaths(home).devAccounts, 'utf8')) as DevAccountsFile;
}
