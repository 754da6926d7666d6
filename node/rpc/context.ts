// What every RPC method handler receives, plus helpers shared by several methods.
import type { RpcBackend, StoredBlock } from './backend.js';
import type { Block } from '../../chain/block/hashing.js';
import { types } from '../../proto/index.js';
import { RpcCode, RpcError, invalidParam } from './errors.js';
import { blockId, emptyBlockId, hexU, partSetHash, type BlockIdJson } from './format.js';
import type { Params } from './params.js';

export interface RpcLogger {
  debug(msg: string, fields?: object): void;
  info(msg: string, fields?: object): void;
  warn(msg: string, fields?: object): void;
  error(msg: string, fields?: object): void;
}

/** Fed once per JSON-RPC call (each element of a batch counts). */
export interface RpcMetrics {
  observe(method: string, ok: boolean, seconds: number): void;
}

export interface MethodContext {
  readonly backend: RpcBackend;
  readonly logger?: RpcLogger;
  /** broadcast_tx_commit gives up after this long. */
  readonly commitTimeoutMs: number;
  /** Largest tx.height range tx_search scans when no equality condition narrows it. */
  readonly maxHeightScan: number;
  /** Where this server listens, reported in status.node_info.other.rpc_address. */
  rpcAddress: string;
  readonly blockIds: BlockIdCache;
}

export interface MethodSpec {
  /** Param names in positional order (for params given as a JSON array). */
  readonly params: readonly string[];
  readonly handler: (p: Params, ctx: MethodContext) => unknown;
}

/** The app's protocol version for header.version.app: appVersion() when it is an integer, else "0". */
export function appProtocolVersion(backend: RpcBackend): string {
  const v = backend.appVersion();
  return /^[0-9]{1,19}$/.test(v) ? v : '0';
}

export function noBlocksYet(): RpcError {
  return new RpcError(RpcCode.InternalError, 'no block has been committed yet; retry after the first block');
}

/**
 * The `height` param as CometBFT reads it: omitted = latest; otherwise 1 ≤ height ≤ latest.
 */
export function requestedHeight(p: Params, backend: RpcBackend, name = 'height'): number {
  const latest = backend.height();
  const h = p.int(name);
  if (h === undefined) {
    if (latest <= 0) throw noBlocksYet();
    return latest;
  }
  if (h <= 0) throw invalidParam(name, `must be greater than 0, but got ${h}`);
  if (h > latest) throw invalidParam(name, `must be less than or equal to the current blockchain height ${latest}, got ${h}`);
  return h;
}

export async function blockAt(backend: RpcBackend, height: number): Promise<StoredBlock> {
  const b = await backend.block(height);
  if (!b) throw new RpcError(RpcCode.InternalError, `block at height ${height} is not available on this node`);
  return b;
}

interface PartInfo {
  readonly partsHash: Uint8Array;
  readonly size: number;
}

/**
 * Part-set hashes and encoded sizes of blocks, cached by block hash (blocks are immutable), and
 * the full id of a block's parent for `last_block_id`.
 */
export class BlockIdCache {
  private readonly cache = new Map<string, PartInfo>();

  constructor(
    private readonly backend: RpcBackend,
    private readonly capacity = 1024,
  ) {}

  info(b: StoredBlock): PartInfo {
    const key = hexU(b.hash);
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const encoded = types.Block.encode(b.block).finish();
    const info: PartInfo = { partsHash: partSetHash(encoded), size: encoded.length };
    this.cache.set(key, info);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value as string);
    return info;
  }

  id(b: StoredBlock): BlockIdJson {
    return blockId(b.hash, this.info(b).partsHash);
  }

  /** The id of the block's parent, or the empty id (first height, or parent not stored here). */
  async lastBlockId(block: Block): Promise<BlockIdJson> {
    const last = block.header?.lastBlockHash;
    if (!last || last.length === 0) return emptyBlockId();
    const cached = this.cache.get(hexU(last));
    if (cached) return blockId(last, cached.partsHash);
    const parent = await this.backend.blockByHash(last);
    return parent ? blockId(last, this.info(parent).partsHash) : emptyBlockId();
  }
}
