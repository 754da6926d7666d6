// Shape checks of a libp2p key-delivery endpoint: a multiaddr string and a base58btc peer id.
// Pure string and byte checks (no DNS, no network, no platform IP parser whose edge cases could
// differ between Node versions and so between nodes).
import { ChainError } from '../../chain/errors.js';
import { RegistryErrors } from './errors.js';

export const MAX_MULTIADDR_LENGTH = 256;
const MAX_PEER_ID_LENGTH = 128;

const bad = (what: string) => new ChainError(RegistryErrors.InvalidKeyEndpoint, what);

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58Decode(s: string): Uint8Array | undefined {
  let n = 0n;
  for (const ch of s) {
    const i = BASE58.indexOf(ch);
    if (i < 0) return undefined;
    n = n * 58n + BigInt(i);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  for (const ch of s) {
    if (ch !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

/** Reads an unsigned varint (at most 4 bytes, enough for multihash codes and lengths). */
function varint(b: Uint8Array, pos: number): [value: number, next: number] | undefined {
  let v = 0;
  for (let i = 0; i < 4 && pos + i < b.length; i++) {
    const byte = b[pos + i]!;
    v |= (byte & 0x7f) << (7 * i);
    if ((byte & 0x80) === 0) return [v, pos + i + 1];
  }
  return undefined;
}

/** libp2p's PublicKey protobuf: field 1 = key type (0 RSA, 1 Ed25519, 2 secp256k1, 3 ECDSA), field 2 = key bytes. */
function isPublicKeyProto(b: Uint8Array): boolean {
  if (b[0] !== 0x08 || b[1]! > 3 || b[2] !== 0x12) return false;
  const n = varint(b, 3);
  return n !== undefined && n[1] + n[0] === b.length;
}

/**
 * A libp2p peer id in its base58btc form: the multihash of the peer's public key, either inlined
 * (identity multihash, e.g. "12D3KooW…" for ed25519 or "16Uiu2…" for secp256k1) or hashed with
 * sha2-256 ("Qm…").
 */
export function validatePeerId(id: string, field = 'key_endpoint.peer_id'): void {
  if (id.length === 0) throw bad(`${field} is empty: give the key server's libp2p peer id (e.g. 12D3KooW…)`);
  if (id.length > MAX_PEER_ID_LENGTH) throw bad(`${field} is ${id.length} characters; a peer id has at most ${MAX_PEER_ID_LENGTH}`);
  const bytes = base58Decode(id);
  if (!bytes) throw bad(`${field} "${id.slice(0, 60)}" is not base58btc: give the peer id as libp2p prints it (12D3KooW…, 16Uiu2… or Qm…)`);
  const code = varint(bytes, 0);
  const len = code && varint(bytes, code[1]);
  const ok =
    code !== undefined &&
    len !== undefined &&
    bytes.length === len[1] + len[0] &&
    ((code[0] === 0x00 && len[0] >= 32 && len[0] <= 42 && isPublicKeyProto(bytes.subarray(len[1]))) || (code[0] === 0x12 && len[0] === 32));
  if (!ok) throw bad(`${field} "${id.slice(0, 60)}" is not a libp2p peer id (an identity or sha2-256 multihash of a public key)`);
}

const ADDRESS_PROTOCOLS = new Set(['ip4', 'ip6', 'dns', 'dns4', 'dns6', 'dnsaddr']);
const VALUE_PROTOCOLS = new Set(['ip4', 'ip6', 'dns', 'dns4', 'dns6', 'dnsaddr', 'tcp', 'udp', 'p2p', 'ipfs', 'sni', 'certhash']);
const FLAG_PROTOCOLS = new Set(['quic', 'quic-v1', 'ws', 'wss', 'tls', 'noise', 'webtransport', 'webrtc', 'webrtc-direct', 'p2p-circuit', 'http', 'https']);

function isIp4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

function isIp6(s: string): boolean {
  if (!/^[0-9a-fA-F:]{2,39}$/.test(s)) return false;
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const all = halves.flatMap(groups);
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? all.length <= 7 : all.length === 8;
}

function isHostname(s: string): boolean {
  if (s.length === 0 || s.length > 253) return false;
  return s.split('.').every((l) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l));
}

function isPort(s: string): boolean {
  return /^(0|[1-9][0-9]{0,4})$/.test(s) && Number(s) <= 65535;
}

/**
 * A dialable multiaddr: it starts with an address (/ip4, /ip6, /dns, /dns4, /dns6, /dnsaddr), has a
 * /tcp or /udp port unless it is a /dnsaddr, uses only known protocols, and when it names a peer
 * (/p2p/<id>) that id is `peerId`.
 */
export function validateMultiaddr(ma: string, peerId: string, field = 'key_endpoint.multiaddr'): void {
  const example = 'e.g. /dns4/keys.example.com/tcp/4001/p2p/12D3KooW…';
  if (ma.length === 0) throw bad(`${field} is empty: give the key server's libp2p multiaddr (${example})`);
  if (ma.length > MAX_MULTIADDR_LENGTH) throw bad(`${field} is ${ma.length} characters; the maximum is ${MAX_MULTIADDR_LENGTH}`);
  if (!ma.startsWith('/')) throw bad(`${field} "${ma.slice(0, 80)}" must start with "/" (${example})`);
  const parts = ma.slice(1).split('/');
  const protocols: string[] = [];
  let lastPeer: string | undefined;
  for (let i = 0; i < parts.length; i++) {
    const proto = parts[i]!;
    if (FLAG_PROTOCOLS.has(proto)) {
      protocols.push(proto);
      continue;
    }
    if (!VALUE_PROTOCOLS.has(proto)) {
      throw bad(`${field}: unknown or empty protocol "${proto.slice(0, 30)}" at component ${i + 1}; supported: ${[...VALUE_PROTOCOLS, ...FLAG_PROTOCOLS].join(', ')}`);
    }
    const value = parts[++i];
    if (value === undefined || value === '') throw bad(`${field}: /${proto} needs a value`);
    const ok =
      proto === 'ip4' ? isIp4(value)
      : proto === 'ip6' ? isIp6(value)
      : proto === 'tcp' || proto === 'udp' ? isPort(value)
      : proto === 'p2p' || proto === 'ipfs' ? true
      : proto === 'certhash' ? /^[A-Za-z0-9_-]{8,128}$/.test(value)
      : isHostname(value);
    if (!ok) throw bad(`${field}: "${value.slice(0, 80)}" is not a valid /${proto} value`);
    if (proto === 'p2p' || proto === 'ipfs') {
      validatePeerId(value, `${field} /${proto} component`);
      lastPeer = value;
    }
    protocols.push(proto);
  }
  if (!ADDRESS_PROTOCOLS.has(protocols[0]!)) throw bad(`${field} must start with /ip4, /ip6, /dns, /dns4, /dns6 or /dnsaddr so that it can be dialed (${example})`);
  if (protocols[0] !== 'dnsaddr' && !protocols.includes('tcp') && !protocols.includes('udp')) {
    throw bad(`${field} has no /tcp or /udp port (${example})`);
  }
  if (lastPeer !== undefined && lastPeer !== peerId) {
    throw bad(`${field} ends with peer id ${lastPeer}, but key_endpoint.peer_id is ${peerId}: they must be the same key server`);
  }
}
