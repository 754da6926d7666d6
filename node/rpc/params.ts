// Typed access to JSON-RPC params. Params arrive either as a JSON object/array (POST) or as
// query-string values (GET /<method>?name=value, CometBFT "URI" style, where strings may be
// wrapped in double quotes and bytes may be 0x-hex). Every accessor rejects a wrongly typed
// value with -32602 naming the parameter; unknown params are ignored.
import { fromHex } from '../../chain/bytes.js';
import { invalidParam } from './errors.js';

export type ParamSource = 'json' | 'uri';

const HEX = /^(?:[0-9a-fA-F]{2})*$/;
const INT = /^-?[0-9]{1,16}$/;

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.length > 40 ? `the string ${JSON.stringify(v.slice(0, 40))}…` : `the string ${JSON.stringify(v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Strips one pair of surrounding double quotes (CometBFT URI string syntax). */
function unquote(s: string): { value: string; quoted: boolean } {
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return { value: s.slice(1, -1), quoted: true };
  return { value: s, quoted: false };
}

/** 1 for the characters of standard base64's alphabet (RFC 4648 section 4), by char code. */
const BASE64_ALPHABET = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64_ALPHABET[c.charCodeAt(0)] = 1;

/**
 * The decoded length of standard base64, or -1 if `s` is not standard base64: alphabet characters
 * only, then the padding a final group of 2 or 3 characters needs ("==" / "="), which may also be
 * left out (accepted since the first version of this reader; CometBFT, which decodes with Go's
 * padded standard encoding, is stricter there). A loop over char codes: a regular
 * expression took ~2.5 µs of a broadcast tx's ~400 characters, about a third of its RPC handling.
 */
function strictBase64Length(s: string): number {
  let body = s.length;
  if (body > 0 && s.charCodeAt(body - 1) === 61 /* = */) {
    body--;
    if (body > 0 && s.charCodeAt(body - 1) === 61) body--;
  }
  for (let i = 0; i < body; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || BASE64_ALPHABET[c] === 0) return -1;
  }
  const padding = s.length - body;
  const tail = body % 4;
  if (tail === 1 || (padding === 2 && tail !== 2) || (padding === 1 && tail !== 3)) return -1;
  return Math.floor((body * 3) / 4);
}

export function isStrictBase64(s: string): boolean {
  return strictBase64Length(s) >= 0;
}

/** The bytes of standard base64 text (see strictBase64Length), in an array of their own. */
export function decodeStrictBase64(s: string): Uint8Array | undefined {
  const length = strictBase64Length(s);
  if (length < 0) return undefined;
  // Not Buffer.from(s, 'base64'): that slices a shared pool, which a kept tx would pin.
  const out = Buffer.allocUnsafeSlow(length);
  if (out.write(s, 'base64') !== length) return undefined;
  return new Uint8Array(out.buffer, out.byteOffset, length);
}

export interface IntOptions {
  readonly min?: number;
  readonly max?: number;
}

export class Params {
  constructor(
    private readonly raw: Readonly<Record<string, unknown>>,
    readonly source: ParamSource,
  ) {}

  /** Maps positional params (a JSON array) onto the method's declared names. */
  static from(params: unknown, names: readonly string[], source: ParamSource): Params {
    if (params === undefined || params === null) return new Params({}, source);
    if (Array.isArray(params)) {
      const obj: Record<string, unknown> = {};
      params.forEach((v, i) => {
        if (i < names.length) obj[names[i]!] = v;
      });
      return new Params(obj, source);
    }
    return new Params(params as Record<string, unknown>, source);
  }

  private get(name: string): unknown {
    if (!Object.prototype.hasOwnProperty.call(this.raw, name)) return undefined;
    const v = this.raw[name];
    return v === null ? undefined : v;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** An integer given as a JSON number or a decimal string ("5" — cosmjs sends strings). */
  int(name: string, opts: IntOptions = {}): number | undefined {
    let v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v === 'string') {
      v = unquote(v).value.trim();
      if (v === '') return undefined;
      if (!INT.test(v as string)) throw invalidParam(name, `expected an integer (a number or a decimal string), got ${typeName(this.get(name))}`);
      v = Number(v);
    }
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw invalidParam(name, `expected an integer (a number or a decimal string), got ${typeName(v)}`);
    if (opts.min !== undefined && v < opts.min) throw invalidParam(name, `must be at least ${opts.min}, got ${v}`);
    if (opts.max !== undefined && v > opts.max) throw invalidParam(name, `must be at most ${opts.max}, got ${v}`);
    return v;
  }

  str(name: string, opts: { maxLength?: number } = {}): string | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw invalidParam(name, `expected a string, got ${typeName(v)}`);
    const s = this.source === 'uri' ? unquote(v).value : v;
    if (opts.maxLength !== undefined && s.length > opts.maxLength) throw invalidParam(name, `must be at most ${opts.maxLength} characters, got ${s.length}`);
    return s;
  }

  requiredStr(name: string, opts: { maxLength?: number } = {}): string {
    const s = this.str(name, opts);
    if (s === undefined) throw invalidParam(name, 'is required');
    return s;
  }

  bool(name: string): boolean | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string') {
      const s = unquote(v).value;
      if (s === 'true') return true;
      if (s === 'false') return false;
      if (s === '') return undefined;
    }
    throw invalidParam(name, `expected a boolean (true or false), got ${typeName(v)}`);
  }

  /**
   * Bytes: standard base64 in JSON (CometBFT's encoding of []byte). In a URI, `0x…` hex, a
   * "quoted string" (its UTF-8 bytes, as CometBFT does) or base64.
   */
  bytes(name: string): Uint8Array | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw invalidParam(name, `expected a base64 string, got ${typeName(v)}`);
    if (this.source === 'uri') {
      const { value, quoted } = unquote(v);
      if (quoted) return new Uint8Array(Buffer.from(value, 'utf8'));
      if (/^0x/i.test(value)) return this.hexValue(name, value.slice(2));
    }
    const out = decodeStrictBase64(v);
    if (!out) throw invalidParam(name, this.source === 'uri' ? 'expected 0x-prefixed hex, a "quoted string" or standard base64' : 'expected standard base64 (RFC 4648, with + and /)');
    return out;
  }

  requiredBytes(name: string): Uint8Array {
    const b = this.bytes(name);
    if (b === undefined) throw invalidParam(name, 'is required');
    return b;
  }

  /** Hex bytes, with or without a 0x prefix (CometBFT HexBytes, e.g. abci_query data). */
  hex(name: string): Uint8Array | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw invalidParam(name, `expected a hex string, got ${typeName(v)}`);
    let s = this.source === 'uri' ? unquote(v).value : v;
    if (/^0x/i.test(s)) s = s.slice(2);
    return this.hexValue(name, s);
  }

  /** A 32-byte hash: 64 hex digits (optional 0x, any case) or standard base64. */
  hash(name: string): Uint8Array {
    const v = this.get(name);
    if (v === undefined) throw invalidParam(name, 'is required');
    if (typeof v !== 'string') throw invalidParam(name, `expected a 32-byte hash as hex or base64, got ${typeName(v)}`);
    let s = unquote(v).value;
    if (/^0x/i.test(s)) s = s.slice(2);
    if (/^[0-9a-fA-F]{64}$/.test(s)) return fromHex(s);
    const b = decodeStrictBase64(s);
    if (b && b.length === 32) return b;
    throw invalidParam(name, `expected a 32-byte hash as 64 hex digits or base64, got ${typeName(v)}`);
  }

  private hexValue(name: string, s: string): Uint8Array {
    if (!HEX.test(s)) throw invalidParam(name, 'expected an even number of hex digits');
    return fromHex(s);
  }
}
