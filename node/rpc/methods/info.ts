// Node and chain information: status, abci_info, health, net_info, genesis, validators.
import { b64, COMET_VERSION, hexU, num, P2P_PROTOCOL, BLOCK_PROTOCOL } from '../format.js';
import { appProtocolVersion, requestedHeight, type MethodSpec } from '../context.js';
import { paginate, perPage } from './paging.js';

/** A node that does not validate still has to report a well-formed validator_info (cosmjs requires it). */
const NO_VALIDATOR = {
  address: '0000000000000000000000000000000000000000',
  pub_key: { type: 'tendermint/PubKeyEd25519', value: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' },
  voting_power: '0',
};

export const status: MethodSpec = {
  params: [],
  async handler(_p, ctx) {
    const { backend } = ctx;
    const s = await backend.syncInfo();
    const ni = backend.nodeInfo();
    const vi = backend.validatorInfo();
    return {
      node_info: {
        protocol_version: { p2p: P2P_PROTOCOL, block: BLOCK_PROTOCOL, app: appProtocolVersion(backend) },
        id: ni.id,
        listen_addr: ni.listenAddr || 'tcp://0.0.0.0:26656',
        network: ni.network,
        version: COMET_VERSION,
        channels: '',
        moniker: ni.moniker || 'aivm',
        other: { tx_index: 'on', rpc_address: ctx.rpcAddress, aivm_version: ni.version },
      },
      sync_info: {
        latest_block_hash: hexU(s.latestBlockHash),
        latest_app_hash: hexU(s.latestAppHash),
        latest_block_height: num(s.latestBlockHeight),
        latest_block_time: s.latestBlockTime,
        earliest_block_hash: hexU(s.earliestBlockHash),
        earliest_app_hash: hexU(s.earliestAppHash),
        earliest_block_height: num(s.earliestBlockHeight),
        earliest_block_time: s.earliestBlockTime,
        catching_up: s.catchingUp,
      },
      validator_info: vi
        ? { address: vi.address.toUpperCase(), pub_key: { type: 'tendermint/PubKeyEd25519', value: vi.pubKey }, voting_power: num(vi.votingPower) }
        : NO_VALIDATOR,
    };
  },
};

export const abciInfo: MethodSpec = {
  params: [],
  handler(_p, { backend }) {
    return {
      response: {
        data: 'aivm',
        version: backend.appVersion(),
        app_version: appProtocolVersion(backend),
        last_block_height: num(backend.height()),
        last_block_app_hash: b64(backend.appHash()),
      },
    };
  },
};

export const health: MethodSpec = {
  params: [],
  handler() {
    return {};
  },
};

export const netInfo: MethodSpec = {
  params: [],
  handler(_p, { backend }) {
    const n = backend.netInfo();
    return {
      listening: n.listening,
      listeners: n.listeners,
      n_peers: num(n.peers.length),
      peers: n.peers.map((peer) => ({ node_info: { id: peer.id, moniker: peer.moniker }, remote_ip: peer.remoteIp })),
    };
  },
};

export const genesis: MethodSpec = {
  params: [],
  async handler(_p, { backend }) {
    return { genesis: await backend.genesis() };
  },
};

export const validators: MethodSpec = {
  params: ['height', 'page', 'per_page'],
  async handler(p, { backend }) {
    const explicit = p.has('height');
    const height = explicit ? requestedHeight(p, backend) : backend.height();
    const list = await backend.validators(explicit ? height : undefined);
    const { items } = paginate(list, p.int('page'), perPage(p.int('per_page')));
    return {
      block_height: num(height),
      validators: items.map((v) => ({
        address: v.address.toUpperCase(),
        pub_key: { type: 'tendermint/PubKeyEd25519', value: v.pubKey },
        voting_power: num(v.votingPower),
        proposer_priority: '0',
      })),
      count: num(items.length),
      total: num(list.length),
    };
  },
};
