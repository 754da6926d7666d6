// Creating a node home: `aivmd init` (one validator, or from a given genesis) and `aivmd dev`
// (a one-command local chain with funded dev accounts).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { canonicalJson, validateGenesis, type GenesisDoc } from '../chain/genesis.js';
import { buildGenesis, type GenesisAccountSpec } from '../modules/genesis.js';
import { DEFAULT_CONFIG, type NodeConfig } from './config.js';
import { generateEd25519, homePaths, HomeError, readEd25519KeyFile, writeEd25519KeyFile, writeFileAtomic } from './home.js';

export interface InitOptions {
  readonly home: string;
  readonly chainId: string;
  readonly moniker: string;
  /** The validator's operator account (bech32). */
  readonly operatorAddress?: string;
  /** Funded genesis accounts. */
  readonly accounts?: readonly GenesisAccountSpec[];
  /** Use this genesis document instead of building one. */
  readonly genesis?: GenesisDoc;
  readonly power?: number;
  readonly genesisTime?: string;
  readonly overwrite?: boolean;
  readonly config?: Partial<NodeConfig>;
}

export interface InitResult {
  readonly genesis: GenesisDoc;
  readonly validatorAddress: string;
  readonly paths: ReturnType<typeof homePaths>;
}

/** Writes config.json, node and validator keys, and genesis.json into a home. */
export function initHome(o: InitOptions): InitResult {
  const paths = homePaths(o.home);
  if (existsSync(paths.genesis) && !o.overwrite) {
    throw new HomeError('HOME_EXISTS', `${o.home} already holds a node (config/genesis.json exists): use another --home, or --overwrite to replace its config and genesis (the chain data is kept)`);
  }
  mkdirSync(o.home, { recursive: true, mode: 0o700 });
  const config: NodeConfig = { ...structuredClone(DEFAULT_CONFIG), ...(o.config ?? {}), moniker: o.moniker };
  writeFileAtomic(paths.config, JSON.stringify(config, null, 2) + '\n', 0o644);
  if (!existsSync(paths.nodeKey)) writeEd25519KeyFile(paths.nodeKey, generateEd25519());
  if (!existsSync(paths.privValidatorKey)) writeEd25519KeyFile(paths.privValidatorKey, generateEd25519());
  const valKey = readEd25519KeyFile(paths.privValidatorKey, 'validator key');
  let genesis: GenesisDoc;
  if (o.genesis) {
    genesis = validateGenesis(o.genesis);
  } else {
    if (!o.operatorAddress) throw new HomeError('INIT_NO_OPERATOR', 'a new chain needs the validator operator account: pass --operator <aivm1…> (or use `aivmd dev`)');
    genesis = buildGenesis({
      chainId: o.chainId,
      genesisTime: o.genesisTime ?? new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z'),
      accounts: o.accounts ?? [],
      validators: [{ operatorAddress: o.operatorAddress, pubKey: valKey.publicKey, power: o.power ?? 10, moniker: o.moniker }],
    });
  }
  writeFileAtomic(paths.genesis, canonicalJson(genesis, 2) + '\n', 0o644);
  return { genesis, validatorAddress: Buffer.from(valKey.address).toString('hex').toUpperCase(), paths };
}

/** Removes a home's chain data (keeps keys and config). */
export function resetChainData(home: string): void {
  const p = homePaths(home);
  for (const f of [p.chainDb, p.signerState, p.headMarker]) rmSync(f, { recursive: true, force: true });
}
