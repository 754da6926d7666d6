// aivmd status
import type { Command } from 'commander';
import { addHomeOption, addOutputOption, print } from './common.js';
import { addNodeOption, resolveNodeUrl, rpcCall } from './rpc.js';

export interface NodeStatus {
  node: string;
  chain_id: string;
  node_id: string;
  moniker: string;
  version: string;
  aivm_version?: string;
  latest_block_height: number;
  latest_block_hash: string;
  latest_block_time: string;
  latest_app_hash: string;
  earliest_block_height?: number;
  catching_up: boolean;
  validator_address: string;
  validator_pub_key: string;
  voting_power: string;
}

/** The `status` of the node at `url`, flattened. Throws NODE_UNREACHABLE / RPC_ERROR. */
export async function fetchStatus(url: string, timeoutMs = 10_000): Promise<NodeStatus> {
  const s = await rpcCall<Record<string, any>>(url, 'status', {}, timeoutMs);
  const ni = (s.node_info ?? {}) as Record<string, any>;
  const si = (s.sync_info ?? {}) as Record<string, any>;
  const vi = (s.validator_info ?? {}) as Record<string, any>;
  return {
    node: url,
    chain_id: String(ni.network ?? ''),
    node_id: String(ni.id ?? ''),
    moniker: String(ni.moniker ?? ''),
    version: String(ni.version ?? ''),
    ...(typeof ni.other?.aivm_version === 'string' ? { aivm_version: ni.other.aivm_version } : {}),
    latest_block_height: Number(si.latest_block_height ?? 0),
    latest_block_hash: String(si.latest_block_hash ?? ''),
    latest_block_time: String(si.latest_block_time ?? ''),
    latest_app_hash: String(si.latest_app_hash ?? ''),
    ...(si.earliest_block_height !== undefined ? { earliest_block_height: Number(si.earliest_block_height) } : {}),
    catching_up: si.catching_up === true,
    validator_address: String(vi.address ?? ''),
    validator_pub_key: String(vi.pub_key?.value ?? ''),
    voting_power: String(vi.voting_power ?? '0'),
  };
}

function statusText(s: NodeStatus): string {
  const validator = /^0+$/.test(s.validator_address) && s.voting_power === '0' ? '(this node does not validate)' : `${s.validator_address} (voting power ${s.voting_power})`;
  return [
    `node:          ${s.node} (${s.moniker}, id ${s.node_id})`,
    `chain id:      ${s.chain_id}`,
    `height:        ${s.latest_block_height}`,
    `block time:    ${s.latest_block_time}`,
    `block hash:    ${s.latest_block_hash}`,
    `app hash:      ${s.latest_app_hash}`,
    `catching up:   ${s.catching_up ? 'yes' : 'no'}`,
    `validator:     ${validator}`,
    `version:       ${s.aivm_version ? `aivm ${s.aivm_version}, ` : ''}rpc compatible with CometBFT ${s.version}`,
  ].join('\n');
}

export function registerStatusCommand(program: Command): void {
  addNodeOption(addOutputOption(addHomeOption(program.command('status').description('the status of a node: chain id, height, latest block, app hash, validator')))).action(
    async (o: { home: string; output: string; node?: string }) => {
      const url = resolveNodeUrl(o);
      print(o.output, await fetchStatus(url), statusText);
    },
  );
}
