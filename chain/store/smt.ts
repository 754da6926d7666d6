import { fromBin } from '../bytes.js';
import { sha256Bin } from '../hash.js';

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
//
// Inside the tree every hash is a 32-char binary string (one char per byte, see chain/bytes.ts),
// not a byte array: a block's update loads, hashes and rebuilds thousands of nodes, and strings
// spare it an array per hash and per decoded node — a stored node's two halves are slices of
// its string — and compare (sorting, equality) without a call into C++. Bytes are made only for
// the root and for the block's batch.

/** A 32-byte hash as a binary string. */
export type Hash32 = string;

export const EMPTY_HASH: Hash32 = '\0'.repeat(32);

// `hash` is left undefined on nodes loaded from storage until someone asks for it (nodeHash):
// an update loads every sibling along the changed paths but already knows their hashes from the
// parent, and never needs the hash of a node it replaces.
export type SmtNode =
  | { readonly kind: 'empty' }
  | { readonly kind: 'leaf'; readonly keyHash: Hash32; readonly valueHash: Hash32; hash: Hash32 | undefined }
  | { readonly kind: 'internal'; readonly left: Hash32; readonly right: Hash32; hash: Hash32 | undefined };

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
  readonly keyHash: Hash32;
  /** undefined deletes the key. */
  readonly valueHash: Hash32 | undefined;
}

/** Node writes produced by one update: position key -> encoded node (null = delete). */
export type NodeWrites = Map<string, EncodedNode | null>;

/** Updates in key-hash byte order (binary strings compare as their bytes do). */
function byKeyHash(a: SmtUpdate, b: SmtUpdate): number {
  return a.keyHash < b.keyHash ? -1 : a.keyHash > b.keyHash ? 1 : 0;
}

function bit(h: Hash32, depth: number): number {
  return (h.charCodeAt(depth >> 3) >> (7 - (depth & 7))) & 1;
}

/** Position of the node at `depth` on the path of `keyHash`: depth byte ‖ the first `depth` bits. */
export function positionKey(depth: number, keyHash: Hash32): string {
  const n = (depth + 7) >> 3;
  return n === 0 ? String.fromCharCode(depth) : pathKey(depth, keyHash, keyHash.charCodeAt(n - 1));
}

/**
 * Position of the child on `side` of the node at `childDepth - 1` on the path of `keyHash`: the
 * path's first `childDepth - 1` bits, then `side`.
 */
function childPositionKey(childDepth: number, keyHash: Hash32, side: 0 | 1): string {
  const d = childDepth - 1;
  const b = keyHash.charCodeAt(d >> 3);
  const mask = 0x80 >> (d & 7);
  return pathKey(childDepth, keyHash, side ? b | mask : b & ~mask);
}

/** depth byte ‖ the first `depth` bits (depth ≥ 1): keyHash's whole bytes, then `last` cut to the rest. */
function pathKey(depth: number, keyHash: Hash32, last: number): string {
  const n = (depth + 7) >> 3;
  const cut = depth & 7 ? last & ((0xff << (8 - (depth & 7))) & 0xff) : last & 0xff;
  return String.fromCharCode(depth & 0xff) + keyHash.slice(0, n - 1) + String.fromCharCode(cut);
}

/** The node being hashed or encoded (synchronous use only: every call overwrites it). */
const scratch = Buffer.alloc(65);

/** Writes tag ‖ a ‖ b, a node's stored bytes and its hash input, into `scratch`. */
function fill(tag: 0 | 1, a: Hash32, b: Hash32): Buffer {
  scratch[0] = tag;
  scratch.write(a, 1, 32, 'latin1');
  scratch.write(b, 33, 32, 'latin1');
  return scratch;
}

export function leafHash(keyHash: Hash32, valueHash: Hash32): Hash32 {
  return sha256Bin(fill(0, keyHash, valueHash));
}

function internalHash(left: Hash32, right: Hash32): Hash32 {
  return sha256Bin(fill(1, left, right));
}

/** The bytes in `scratch` as a fresh flat string (not a rope of, or a slice into, other nodes). */
function scratchString(): EncodedNode {
  return scratch.toString('latin1', 0, 65);
}

export function encodeNode(n: SmtNode): EncodedNode {
  if (n.kind === 'leaf') fill(0, n.keyHash, n.valueHash);
  else if (n.kind === 'internal') fill(1, n.left, n.right);
  else throw new Error('empty nodes are not stored');
  return scratchString();
}

/** A node built by an update, with its stored form (hashed once, stored as it is). */
interface BuiltNode {
  readonly node: SmtNode;
  readonly encoded: EncodedNode;
}

function build(tag: 0 | 1, a: Hash32, b: Hash32): BuiltNode {
  const bytes = fill(tag, a, b);
  const hash = sha256Bin(bytes);
  const encoded = scratchString();
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
export function decodeNode(s: EncodedNode, hash?: Hash32): SmtNode {
  const tag = s.charCodeAt(0);
  if (s.length !== 65 || (tag !== 0 && tag !== 1)) throw new Error('corrupt state tree node');
  // Slices share the node's string (no copy).
  const a = s.slice(1, 33);
  const c = s.slice(33, 65);
  return tag === 0 ? { kind: 'leaf', keyHash: a, valueHash: c, hash } : { kind: 'internal', left: a, right: c, hash };
}

export function nodeHash(n: SmtNode): Hash32 {
  if (n.kind === 'empty') return EMPTY_HASH;
  if (n.hash === undefined) n.hash = n.kind === 'leaf' ? leafHash(n.keyHash, n.valueHash) : internalHash(n.left, n.right);
  return n.hash;
}

export interface SmtResult {
  /** The root hash as bytes. */
  readonly root: Uint8Array;
  readonly writes: NodeWrites;
}

/**
 * A node whose updates go to both of its sides (or one): what `exit` needs to rebuild it. Its
 * updates are `list[lo, hi)`, sorted, so its left side's are `[lo, mid)` and its right side's
 * `[mid, hi)`: a range, not an array per side and level.
 */
class Split {
  constructor(
    readonly pos: string,
    readonly existed: boolean,
    readonly internal: Extract<SmtNode, { kind: 'internal' }> | undefined,
    /** Any key hash under this node (locates its children). */
    readonly anyKeyHash: Hash32,
    readonly list: readonly SmtUpdate[],
    readonly lo: number,
    readonly mid: number,
    readonly hi: number,
  ) {}
}

export class SparseMerkleTree {
  constructor(private readonly read: NodeReader) {}

  private load(pos: string, writes: NodeWrites, knownHash?: Hash32): SmtNode {
    const w = writes.get(pos);
    if (w !== undefined) return w === null ? EMPTY : decodeNode(w, knownHash);
    const b = this.read(pos);
    return b ? decodeNode(b, knownHash) : EMPTY;
  }

  root(): Uint8Array {
    return fromBin(nodeHash(this.load(positionKey(0, EMPTY_HASH), new Map())));
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
    const root = yield* this.updateSliced(0, sorted, 0, sorted.length, writes, sliceUpdates);
    return { root: fromBin(nodeHash(root)), writes };
  }

  private put(pos: string, node: SmtNode, existed: boolean, writes: NodeWrites, encoded?: EncodedNode): void {
    if (node.kind === 'empty') {
      if (existed || writes.has(pos)) writes.set(pos, null);
    } else writes.set(pos, encoded ?? encodeNode(node));
  }

  // One node's update is `enter` (settle it, or split its updates between its two sides), the
  // two sides' updates, then `exit` (rebuild it from its sides). Two drivers share them: plain
  // recursion, and a generator that yields between subtrees for a caller working in slices.

  private updateAt(depth: number, list: readonly SmtUpdate[], lo: number, hi: number, writes: NodeWrites): SmtNode {
    const f = this.enter(depth, list, lo, hi, writes);
    if (!(f instanceof Split)) return f;
    const left = f.mid > f.lo ? this.updateAt(depth + 1, f.list, f.lo, f.mid, writes) : undefined;
    const right = f.hi > f.mid ? this.updateAt(depth + 1, f.list, f.mid, f.hi, writes) : undefined;
    return this.exit(f, depth, left, right, writes);
  }

  private *updateSliced(depth: number, list: readonly SmtUpdate[], lo: number, hi: number, writes: NodeWrites, sliceUpdates: number): Generator<number, SmtNode> {
    if (hi - lo <= sliceUpdates) {
      const node = this.updateAt(depth, list, lo, hi, writes);
      yield hi - lo;
      return node;
    }
    const f = this.enter(depth, list, lo, hi, writes);
    if (!(f instanceof Split)) return f;
    const left = f.mid > f.lo ? yield* this.updateSliced(depth + 1, f.list, f.lo, f.mid, writes, sliceUpdates) : undefined;
    const right = f.hi > f.mid ? yield* this.updateSliced(depth + 1, f.list, f.mid, f.hi, writes, sliceUpdates) : undefined;
    return this.exit(f, depth, left, right, writes);
  }

  /**
   * Settles the node at `depth` on the path of the updates `list[lo, hi)` if it can; otherwise
   * splits them between its two sides.
   */
  private enter(depth: number, list: readonly SmtUpdate[], lo: number, hi: number, writes: NodeWrites): SmtNode | Split {
    const pos = positionKey(depth, list[lo]!.keyHash);
    let cur = this.load(pos, writes);
    const existed = cur.kind !== 'empty';
    if (cur.kind === 'leaf') {
      // Fold the existing leaf into the updates unless one of them replaces it (a new array,
      // only here: the range's own updates plus the leaf).
      const leaf = cur;
      let replaced = false;
      for (let i = lo; i < hi && !replaced; i++) replaced = list[i]!.keyHash === leaf.keyHash;
      if (!replaced) {
        list = [...list.slice(lo, hi), { keyHash: leaf.keyHash, valueHash: leaf.valueHash }].sort(byKeyHash);
        lo = 0;
        hi = list.length;
      }
      cur = EMPTY;
    }
    if (cur.kind === 'empty') {
      let live = 0;
      let last = -1;
      for (let i = lo; i < hi; i++) {
        if (list[i]!.valueHash !== undefined) {
          live++;
          last = i;
        }
      }
      if (live === 0) {
        this.put(pos, EMPTY, existed, writes);
        return EMPTY;
      }
      if (live === 1) {
        const u = list[last]!;
        const leaf = build(0, u.keyHash, u.valueHash!);
        this.put(pos, leaf.node, existed, writes, leaf.encoded);
        return leaf.node;
      }
      if (live < hi - lo) {
        // Deletes of keys that are not stored: leave them out.
        list = list.slice(lo, hi).filter((u) => u.valueHash !== undefined);
        lo = 0;
        hi = list.length;
      }
    }
    // The range is sorted and shares its first `depth` bits: its bit at `depth` goes 0…0 1…1.
    let a = lo;
    let b = hi;
    while (a < b) {
      const m = (a + b) >> 1;
      if (bit(list[m]!.keyHash, depth) === 0) a = m + 1;
      else b = m;
    }
    return new Split(pos, existed, cur.kind === 'internal' ? cur : undefined, list[lo]!.keyHash, list, lo, a, hi);
  }

  /** Rebuilds a split node from its sides (undefined = a side without updates, kept as it was). */
  private exit(f: Split, depth: number, left: SmtNode | undefined, right: SmtNode | undefined, writes: NodeWrites): SmtNode {
    const { pos, existed, internal } = f;
    const childDepth = depth + 1;
    // A side without updates keeps the hash this node holds for it; its node is loaded only when
    // the other side turns out empty (then a lone leaf there must move up).
    const leftHash = left ? nodeHash(left) : (internal?.left ?? EMPTY_HASH);
    const rightHash = right ? nodeHash(right) : (internal?.right ?? EMPTY_HASH);
    const leftEmpty = left ? left.kind === 'empty' : leftHash === EMPTY_HASH;
    const rightEmpty = right ? right.kind === 'empty' : rightHash === EMPTY_HASH;

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
  private child(internal: SmtNode | undefined, side: 0 | 1, childDepth: number, anyKeyHash: Hash32, writes: NodeWrites): SmtNode {
    if (!internal || internal.kind !== 'internal') return EMPTY;
    const h = side === 0 ? internal.left : internal.right;
    if (h === EMPTY_HASH) return EMPTY;
    return this.load(childPositionKey(childDepth, anyKeyHash, side), writes, h);
  }
}
