import { equal, fromBin, toBin } from '../bytes.js';
import { sha256 } from '../hash.js';

// A compressed sparse Merkle tree over sha256(key) -> sha256(value): the app hash.
//
// Canonical form: a subtree holding exactly one leaf is that leaf, placed at the subtree's top;
// a subtree with two or more leaves is an internal node. So the root depends only on the set of
// (key, value) pairs, never on the order they were written in, and a lookup walks at most
// log2(n) + a few nodes. Nodes are stored by position (depth + path bits), so an update rewrites
// exactly the nodes on the paths of the changed keys: the cost of a block grows with its writes,
// not with the size of the state. Per-key inclusion proofs are the siblings along that path.
//
//   leaf hash     = sha256(0x00 ‖ keyHash ‖ valueHash)
//   internal hash = sha256(0x01 ‖ leftHash ‖ rightHash)
//   empty hash    = 32 zero bytes

export const EMPTY_HASH = new Uint8Array(32);

// `hash` is left undefined on nodes loaded from storage until someone asks for it (nodeHash):
// an update loads every sibling along the changed paths but already knows their hashes from the
// parent, and never needs the hash of a node it replaces.
export type SmtNode =
  | { readonly kind: 'empty' }
  | { readonly kind: 'leaf'; readonly keyHash: Uint8Array; readonly valueHash: Uint8Array; hash: Uint8Array | undefined }
  | { readonly kind: 'internal'; readonly left: Uint8Array; readonly right: Uint8Array; hash: Uint8Array | undefined };

const EMPTY: SmtNode = { kind: 'empty' };

/**
 * A node's 65 stored bytes (tag ‖ a ‖ b) as a binary string, one char per byte. Not a byte array:
 * V8 keeps typed arrays of up to 64 bytes on its heap and gives every larger one a backing store
 * of its own (~1.4 µs to allocate and free against ~0.1 µs, measured), and a block writes and
 * caches thousands of nodes. The bytes are made from the string only for the block's batch.
 */
export type EncodedNode = string;

/** Where nodes are read from: returns the encoded node stored at a position key, if any. */
export type NodeReader = (positionKey: string) => EncodedNode | undefined;

export interface SmtUpdate {
  readonly keyHash: Uint8Array;
  /** undefined deletes the key. */
  readonly valueHash: Uint8Array | undefined;
}

/** Node writes produced by one update: position key -> encoded node (null = delete). */
export type NodeWrites = Map<string, EncodedNode | null>;

/**
 * Updates in key-hash byte order. The first four bytes decide almost every comparison of hashes
 * (a block sorts tens of thousands of updates): compared as a number, without a call into C++.
 */
function byKeyHash(a: SmtUpdate, b: SmtUpdate): number {
  const x = a.keyHash;
  const y = b.keyHash;
  const hx = ((x[0]! << 24) | (x[1]! << 16) | (x[2]! << 8) | x[3]!) >>> 0;
  const hy = ((y[0]! << 24) | (y[1]! << 16) | (y[2]! << 8) | y[3]!) >>> 0;
  return hx !== hy ? (hx < hy ? -1 : 1) : Buffer.compare(x, y);
}

function bit(h: Uint8Array, depth: number): number {
  return (h[depth >> 3]! >> (7 - (depth & 7))) & 1;
}

/** Position of the node at `depth` on the path of `keyHash`: depth byte ‖ the first `depth` bits. */
export function positionKey(depth: number, keyHash: Uint8Array): string {
  // Built as a string directly (it is a map key and a storage key suffix): no byte array.
  const n = (depth + 7) >> 3;
  let p = String.fromCharCode(depth & 0xff);
  for (let i = 0; i < n - 1; i++) p += String.fromCharCode(keyHash[i]!);
  if (n > 0) p += String.fromCharCode(depth & 7 ? keyHash[n - 1]! & (0xff << (8 - (depth & 7)) & 0xff) : keyHash[n - 1]!);
  return p;
}

/** The node being hashed or encoded (synchronous use only: every call overwrites it). */
const scratch = Buffer.alloc(65);

/** Writes tag ‖ a ‖ b, a node's stored bytes and its hash input, into `scratch`. */
function fill(tag: 0 | 1, a: Uint8Array, b: Uint8Array): Buffer {
  scratch[0] = tag;
  scratch.set(a, 1);
  scratch.set(b, 33);
  return scratch;
}

export function leafHash(keyHash: Uint8Array, valueHash: Uint8Array): Uint8Array {
  return sha256(fill(0, keyHash, valueHash));
}

function internalHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(fill(1, left, right));
}

export function encodeNode(n: SmtNode): EncodedNode {
  if (n.kind === 'leaf') return toBin(fill(0, n.keyHash, n.valueHash));
  if (n.kind === 'internal') return toBin(fill(1, n.left, n.right));
  throw new Error('empty nodes are not stored');
}

/** A node built by an update, with its stored form (hashed once, stored as it is). */
interface BuiltNode {
  readonly node: SmtNode;
  readonly encoded: EncodedNode;
}

function build(tag: 0 | 1, a: Uint8Array, b: Uint8Array): BuiltNode {
  const bytes = fill(tag, a, b);
  const hash = sha256(bytes);
  const encoded = toBin(bytes);
  const node: SmtNode = tag === 0 ? { kind: 'leaf', keyHash: a, valueHash: b, hash } : { kind: 'internal', left: a, right: b, hash };
  return { node, encoded };
}

/**
 * A stored node's bytes for a database write, which copies them at once: a slice of Node's pooled
 * buffer slab (no backing store of its own), not to be kept.
 */
export function nodeBytesForWrite(encoded: EncodedNode): Uint8Array {
  return Buffer.from(encoded, 'latin1');
}


/** Decodes a stored node; `hash` is its known hash (from the parent), if any. */
export function decodeNode(s: EncodedNode, hash?: Uint8Array): SmtNode {
  const tag = s.charCodeAt(0);
  if (s.length !== 65 || (tag !== 0 && tag !== 1)) throw new Error('corrupt state tree node');
  // Two 32-byte arrays: small enough for V8's heap.
  const a = fromBin(s.slice(1, 33));
  const c = fromBin(s.slice(33, 65));
  return tag === 0 ? { kind: 'leaf', keyHash: a, valueHash: c, hash } : { kind: 'internal', left: a, right: c, hash };
}

export function nodeHash(n: SmtNode): Uint8Array {
  if (n.kind === 'empty') return EMPTY_HASH;
  if (n.hash === undefined) n.hash = n.kind === 'leaf' ? leafHash(n.keyHash, n.valueHash) : internalHash(n.left, n.right);
  return n.hash;
}

export interface SmtResult {
  readonly root: Uint8Array;
  readonly writes: NodeWrites;
}

/** A node whose updates go to both of its sides (or one): what `exit` needs to rebuild it. */
class Split {
  constructor(
    readonly pos: string,
    readonly existed: boolean,
    readonly internal: Extract<SmtNode, { kind: 'internal' }> | undefined,
    /** Any key hash under this node (locates its children). */
    readonly anyKeyHash: Uint8Array,
    readonly leftUpdates: SmtUpdate[],
    readonly rightUpdates: SmtUpdate[],
  ) {}
}

export class SparseMerkleTree {
  constructor(private readonly read: NodeReader) {}

  private load(pos: string, writes: NodeWrites, knownHash?: Uint8Array): SmtNode {
    const w = writes.get(pos);
    if (w !== undefined) return w === null ? EMPTY : decodeNode(w, knownHash);
    const b = this.read(pos);
    return b ? decodeNode(b, knownHash) : EMPTY;
  }

  root(): Uint8Array {
    return nodeHash(this.load(positionKey(0, EMPTY_HASH), new Map()));
  }

  /**
   * Applies updates (any order, unique key hashes) and returns the new root hash and the node
   * writes that persist it. Nothing is written here: the caller stores `writes` in its batch.
   */
  update(updates: readonly SmtUpdate[]): SmtResult {
    const run = this.updateInSlices(updates, Infinity);
    for (;;) {
      const r = run.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The same update, a slice at a time: each `next()` rewrites one subtree holding at most
   * `sliceUpdates` of the updates (with the nodes above it that it completes) and yields that
   * subtree's number of updates; the generator returns the result. The caller may yield to its
   * event loop between slices (nothing is read or written but `read` and the returned writes).
   */
  *updateInSlices(updates: readonly SmtUpdate[], sliceUpdates: number): Generator<number, SmtResult> {
    const sorted = [...updates].sort(byKeyHash);
    const writes: NodeWrites = new Map();
    if (sorted.length === 0) return { root: this.root(), writes };
    const root = yield* this.updateSliced(0, sorted, writes, sliceUpdates);
    return { root: nodeHash(root), writes };
  }

  private put(pos: string, node: SmtNode, existed: boolean, writes: NodeWrites, encoded?: EncodedNode): void {
    if (node.kind === 'empty') {
      if (existed || writes.has(pos)) writes.set(pos, null);
    } else writes.set(pos, encoded ?? encodeNode(node));
  }

  // One node's update is `enter` (settle it, or split its updates between its two sides), the
  // two sides' updates, then `exit` (rebuild it from its sides). Two drivers share them: plain
  // recursion, and a generator that yields between subtrees for a caller working in slices.

  private updateAt(depth: number, updates: SmtUpdate[], writes: NodeWrites): SmtNode {
    const f = this.enter(depth, updates, writes);
    if (!(f instanceof Split)) return f;
    const left = f.leftUpdates.length ? this.updateAt(depth + 1, f.leftUpdates, writes) : undefined;
    const right = f.rightUpdates.length ? this.updateAt(depth + 1, f.rightUpdates, writes) : undefined;
    return this.exit(f, depth, left, right, writes);
  }

  private *updateSliced(depth: number, updates: SmtUpdate[], writes: NodeWrites, sliceUpdates: number): Generator<number, SmtNode> {
    if (updates.length <= sliceUpdates) {
      const node = this.updateAt(depth, updates, writes);
      yield updates.length;
      return node;
    }
    const f = this.enter(depth, updates, writes);
    if (!(f instanceof Split)) return f;
    const left = f.leftUpdates.length ? yield* this.updateSliced(depth + 1, f.leftUpdates, writes, sliceUpdates) : undefined;
    const right = f.rightUpdates.length ? yield* this.updateSliced(depth + 1, f.rightUpdates, writes, sliceUpdates) : undefined;
    return this.exit(f, depth, left, right, writes);
  }

  /** Settles the node at `depth` on the updates' path if it can; otherwise splits the updates. */
  private enter(depth: number, updates: SmtUpdate[], writes: NodeWrites): SmtNode | Split {
    const pos = positionKey(depth, updates[0]!.keyHash);
    let cur = this.load(pos, writes);
    const existed = cur.kind !== 'empty';
    if (cur.kind === 'leaf') {
      // Fold the existing leaf into the updates unless one of them replaces it.
      const leaf = cur;
      if (!updates.some((u) => equal(u.keyHash, leaf.keyHash))) {
        updates = [...updates, { keyHash: leaf.keyHash, valueHash: leaf.valueHash }].sort(byKeyHash);
      }
      cur = EMPTY;
    }
    if (cur.kind === 'empty') {
      const live = updates.filter((u) => u.valueHash !== undefined);
      if (live.length === 0) {
        this.put(pos, EMPTY, existed, writes);
        return EMPTY;
      }
      if (live.length === 1) {
        const u = live[0]!;
        const leaf = build(0, u.keyHash, u.valueHash!);
        this.put(pos, leaf.node, existed, writes, leaf.encoded);
        return leaf.node;
      }
      updates = live;
    }
    const leftUpdates: SmtUpdate[] = [];
    const rightUpdates: SmtUpdate[] = [];
    for (const u of updates) (bit(u.keyHash, depth) === 0 ? leftUpdates : rightUpdates).push(u);
    return new Split(pos, existed, cur.kind === 'internal' ? cur : undefined, updates[0]!.keyHash, leftUpdates, rightUpdates);
  }

  /** Rebuilds a split node from its sides (undefined = a side without updates, kept as it was). */
  private exit(f: Split, depth: number, left: SmtNode | undefined, right: SmtNode | undefined, writes: NodeWrites): SmtNode {
    const { pos, existed, internal } = f;
    const childDepth = depth + 1;
    // A side without updates keeps the hash this node holds for it; its node is loaded only when
    // the other side turns out empty (then a lone leaf there must move up).
    const leftHash = left ? nodeHash(left) : (internal?.left ?? EMPTY_HASH);
    const rightHash = right ? nodeHash(right) : (internal?.right ?? EMPTY_HASH);
    const leftEmpty = left ? left.kind === 'empty' : equal(leftHash, EMPTY_HASH);
    const rightEmpty = right ? right.kind === 'empty' : equal(rightHash, EMPTY_HASH);

    // Collapse: a lone leaf moves up to the top of its subtree.
    if (leftEmpty && rightEmpty) {
      this.put(pos, EMPTY, existed, writes);
      return EMPTY;
    }
    if (leftEmpty) {
      right ??= this.child(internal, 1, childDepth, f.anyKeyHash, writes);
      if (right.kind === 'leaf') return this.lift(pos, right, childDepth, writes, existed);
    }
    if (rightEmpty) {
      left ??= this.child(internal, 0, childDepth, f.anyKeyHash, writes);
      if (left.kind === 'leaf') return this.lift(pos, left, childDepth, writes, existed);
    }
    const built = build(1, leftHash, rightHash);
    this.put(pos, built.node, existed, writes, built.encoded);
    return built.node;
  }

  private lift(pos: string, leaf: Extract<SmtNode, { kind: 'leaf' }>, childDepth: number, writes: NodeWrites, existed: boolean): SmtNode {
    writes.set(positionKey(childDepth, leaf.keyHash), null);
    this.put(pos, leaf, existed, writes);
    return leaf;
  }

  /** The untouched child on side `side` of an existing internal node (loaded for its kind). */
  private child(internal: SmtNode | undefined, side: 0 | 1, childDepth: number, anyKeyHash: Uint8Array, writes: NodeWrites): SmtNode {
    if (!internal || internal.kind !== 'internal') return EMPTY;
    const h = side === 0 ? internal.left : internal.right;
    if (equal(h, EMPTY_HASH)) return EMPTY;
    // The sibling's position: the path of anyKeyHash up to depth-1, then `side`.
    const path = Uint8Array.from(anyKeyHash);
    const d = childDepth - 1;
    const mask = 0x80 >> (d & 7);
    path[d >> 3] = side ? path[d >> 3]! | mask : path[d >> 3]! & ~mask;
    return this.load(positionKey(childDepth, path), writes, h);
  }
}
