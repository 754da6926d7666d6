// Strict readers for genesis JSON (proto field names, int64 as decimal strings, enums by name):
// a malformed genesis is refused with the field that is wrong, never silently coerced.
import { ChainError, type ErrorCode } from '../../chain/errors.js';

export type Json = Record<string, unknown>;

export class JsonReader {
  constructor(
    private readonly err: ErrorCode,
    private readonly where: string,
  ) {}

  fail(what: string): ChainError {
    return new ChainError(this.err, `${this.where}: ${what}`);
  }

  object(v: unknown, what: string): Json {
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw this.fail(`${what} must be a JSON object`);
    return v as Json;
  }

  array(o: Json, key: string): unknown[] {
    const v = o[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw this.fail(`${key} must be an array`);
    return v;
  }

  str(o: Json, key: string): string {
    const v = o[key];
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string') throw this.fail(`${key} must be a string, got ${JSON.stringify(v)?.slice(0, 60)}`);
    return v;
  }

  strList(o: Json, key: string): string[] {
    return this.array(o, key).map((x, i) => {
      if (typeof x !== 'string') throw this.fail(`${key}[${i}] must be a string`);
      return x;
    });
  }

  bool(o: Json, key: string): boolean {
    const v = o[key];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') throw this.fail(`${key} must be true or false`);
    return v;
  }

  /** A non-negative integer below 2^53, as a decimal string (or a JSON number). */
  uint(o: Json, key: string): number {
    const v = o[key];
    if (v === undefined || v === null) return 0;
    const n = typeof v === 'string' && /^(0|[1-9][0-9]{0,15})$/.test(v) ? Number(v) : typeof v === 'number' ? v : NaN;
    if (!Number.isSafeInteger(n) || n < 0) throw this.fail(`${key} must be a non-negative integer (a decimal string), got ${JSON.stringify(v)?.slice(0, 40)}`);
    return n;
  }

  /** An enum value by its proto name (or number). */
  enumValue<E extends Record<string, string | number>>(o: Json, key: string, e: E): number {
    const v = o[key];
    if (v === undefined || v === null) return 0;
    if (typeof v === 'string' && typeof e[v] === 'number') return e[v] as number;
    if (typeof v === 'number' && typeof e[v] === 'string') return v;
    throw this.fail(`${key} ${JSON.stringify(v)?.slice(0, 60)} is not one of ${Object.keys(e).filter((k) => Number.isNaN(Number(k))).join(', ')}`);
  }
}

/** The proto enum value's name, for genesis JSON. */
export function enumName(e: Record<number, string>, v: number): string {
  return e[v] ?? String(v);
}
