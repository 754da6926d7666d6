// ASCII armor for exported private keys.
//
//   -----BEGIN AIVM PRIVATE KEY-----
//   Version: 1
//   Type: secp256k1
//   Address: aivm1...
//   KDF: scrypt
//   KDF-Params: N=65536,r=8,p=1
//   Salt: <32 hex chars: the random 16-byte scrypt salt>
//
//   <base64 of nonce (12 bytes) || AES-256-GCM ciphertext of the 32-byte private key || tag (16 bytes),
//    in lines of 64 characters>
//   =<base64 of the CRC-24 (OpenPGP, RFC 4880 §6.1) of the body bytes>
//   -----END AIVM PRIVATE KEY-----
//
// The key is scrypt(export passphrase, salt) -> AES-256-GCM, as in key files. The associated data
// "aivm-armored-key/v1\ntype=secp256k1\naddress=<Address>" binds the Type and Address headers to the
// ciphertext. The checksum catches copy/paste damage before any decryption is tried, so a damaged
// export is reported as INVALID_ARMOR, and a wrong passphrase as WRONG_PASSPHRASE.
import { checkScryptParams, NONCE_BYTES, type ScryptParams, seal, TAG_BYTES, unseal } from './crypto.js';
import { KeyringError } from './errors.js';

export const ARMOR_BEGIN = '-----BEGIN AIVM PRIVATE KEY-----';
export const ARMOR_END = '-----END AIVM PRIVATE KEY-----';
export const ARMOR_VERSION = 1;
const KEY_TYPE = 'secp256k1';
const PRIVKEY_BYTES = 32;

function armorAad(address: string): string {
  return `aivm-armored-key/v${ARMOR_VERSION}\ntype=${KEY_TYPE}\naddress=${address}`;
}

/** CRC-24 as in OpenPGP ASCII armor (RFC 4880 §6.1). */
export function crc24(data: Uint8Array): number {
  let crc = 0xb704ce;
  for (const byte of data) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

function crc24Base64(data: Uint8Array): string {
  const c = crc24(data);
  return Buffer.from([(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]).toString('base64');
}

export async function armorPrivateKey(privkey: Uint8Array, address: string, passphrase: string, params: ScryptParams): Promise<string> {
  const sealed = await seal(privkey, passphrase, armorAad(address), params);
  const body = Buffer.concat([sealed.nonce, sealed.ciphertext, sealed.tag]);
  const b64 = body.toString('base64');
  const lines: string[] = [
    ARMOR_BEGIN,
    `Version: ${ARMOR_VERSION}`,
    `Type: ${KEY_TYPE}`,
    `Address: ${address}`,
    'KDF: scrypt',
    `KDF-Params: N=${sealed.params.N},r=${sealed.params.r},p=${sealed.params.p}`,
    `Salt: ${Buffer.from(sealed.salt).toString('hex')}`,
    '',
  ];
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  lines.push(`=${crc24Base64(body)}`, ARMOR_END);
  return lines.join('\n') + '\n';
}

function bad(reason: string): KeyringError {
  return new KeyringError('INVALID_ARMOR', `the armored key is not valid: ${reason}. Paste the whole export, from ${ARMOR_BEGIN} to ${ARMOR_END}.`);
}

export interface ParsedArmor {
  address: string;
  params: ScryptParams;
  salt: Uint8Array;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  tag: Uint8Array;
}

export function parseArmor(armored: string): ParsedArmor {
  if (typeof armored !== 'string') throw bad('expected a string');
  if (armored.length > 64 * 1024) throw bad('it is far too long');
  const all = armored.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const start = all.indexOf(ARMOR_BEGIN);
  const end = all.indexOf(ARMOR_END);
  if (start < 0) throw bad(`the line ${ARMOR_BEGIN} is missing`);
  if (end < 0 || end < start) throw bad(`the line ${ARMOR_END} is missing`);
  const lines = all.slice(start + 1, end);

  const headers = new Map<string, string>();
  let i = 0;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const m = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/.exec(lines[i]!);
    if (!m) throw bad(`header line ${i + 1} ("${lines[i]!.slice(0, 40)}") is not "Name: value"`);
    if (headers.has(m[1]!)) throw bad(`header ${m[1]} appears twice`);
    headers.set(m[1]!, m[2]!);
  }
  const version = headers.get('Version');
  if (version === undefined) throw bad('the Version header is missing');
  if (version !== String(ARMOR_VERSION)) {
    throw new KeyringError('UNSUPPORTED_VERSION', `the armored key has format version ${version.slice(0, 10)}; this aivmd reads version ${ARMOR_VERSION}. Upgrade aivmd to import it.`);
  }
  const type = headers.get('Type');
  if (type !== KEY_TYPE) throw bad(`key type "${type ?? ''}" is not ${KEY_TYPE}`);
  const address = headers.get('Address');
  if (!address || !/^[a-z0-9]{1,83}$/.test(address)) throw bad('the Address header is missing or malformed');
  if (headers.get('KDF') !== 'scrypt') throw bad(`KDF "${headers.get('KDF') ?? ''}" is not scrypt`);
  const pm = /^N=(\d{1,10}),r=(\d{1,3}),p=(\d{1,3})$/.exec(headers.get('KDF-Params') ?? '');
  if (!pm) throw bad('the KDF-Params header is missing or malformed (expected N=…,r=…,p=…)');
  const params: ScryptParams = { N: Number(pm[1]), r: Number(pm[2]), p: Number(pm[3]) };
  const badParams = checkScryptParams(params);
  if (badParams) throw bad(badParams);
  const saltHex = headers.get('Salt') ?? '';
  if (!/^([0-9a-f]{2}){16,64}$/i.test(saltHex)) throw bad('the Salt header is missing or malformed (expected 32 hex characters)');

  const bodyLines = lines.slice(i + 1).filter((l) => l !== '');
  const crcIndex = bodyLines.findIndex((l) => l.startsWith('='));
  if (crcIndex < 0) throw bad('the checksum line (starting with "=") is missing');
  if (crcIndex !== bodyLines.length - 1) throw bad('there is text after the checksum line');
  const b64 = bodyLines.slice(0, crcIndex).join('');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) throw bad('the body is not base64');
  const body = Buffer.from(b64, 'base64');
  if (crc24Base64(body) !== bodyLines[crcIndex]!.slice(1)) throw bad('the checksum does not match the body (it was changed or cut)');
  if (body.length !== NONCE_BYTES + PRIVKEY_BYTES + TAG_BYTES) throw bad(`the body is ${body.length} bytes; expected ${NONCE_BYTES + PRIVKEY_BYTES + TAG_BYTES}`);
  return {
    address,
    params,
    salt: Buffer.from(saltHex, 'hex'),
    nonce: body.subarray(0, NONCE_BYTES),
    ciphertext: body.subarray(NONCE_BYTES, NONCE_BYTES + PRIVKEY_BYTES),
    tag: body.subarray(NONCE_BYTES + PRIVKEY_BYTES),
  };
}

/** Parses, checks and decrypts an armored key; returns the 32-byte private key and the Address header. */
export async function unarmorPrivateKey(armored: string, passphrase: string): Promise<{ privkey: Buffer; address: string }> {
  const p = parseArmor(armored);
  const privkey = await unseal(p, passphrase, armorAad(p.address), `the armored key of ${p.address}`);
  return { privkey, address: p.address };
}
