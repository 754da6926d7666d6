// A strict JSON (RFC 8259) parser for manifests. JSON.parse is not enough for a document that
// validators must agree on:
// - it keeps the last of duplicate keys silently, where other parsers keep the first, so two
//   tools could read two different manifests from the same bytes;
// - its recursion depth is bounded by the machine's stack, so a deeply nested document could
//   parse on one validator and throw on another;
// - it accepts unpaired surrogate escapes ("\ud800"), which are not Unicode text;
// - a "__proto__" key is read differently by JavaScript tools (a prototype or a plain key).
// This parser refuses all four, with the position of the problem. Pure and deterministic.

/** Deepest nesting of arrays/objects accepted. */
export const MAX_JSON_DEPTH = 64;

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** Offset in UTF-16 code units into the text. */
    readonly offset: number,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** Parses `text` as one JSON value. Throws JsonSyntaxError with a line and column. */
export function parseStrictJson(text: string, maxDepth: number = MAX_JSON_DEPTH): JsonValue {
  let i = 0;

  const fail = (message: string, at: number = i): never => {
    let line = 1;
    let col = 1;
    for (let k = 0; k < at && k < text.length; k++) {
      if (text.charCodeAt(k) === 0x0a) {
        line++;
        col = 1;
      } else col++;
    }
    throw new JsonSyntaxError(`${message} at line ${line}, column ${col}`, at, line, col);
  };

  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else return;
    }
  };

  const what = (at: number): string => (at >= text.length ? 'end of input' : `${JSON.stringify(text[at])}`);

  const parseString = (): string => {
    // text[i] === '"'
    const start = i;
    i++;
    let out = '';
    let runStart = i;
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(runStart, i);
        i++;
        break;
      }
      if (c < 0x20) fail('control character in string (escape it)');
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (!(d >= 0xdc00 && d <= 0xdfff)) fail('unpaired surrogate in string');
        i += 2;
        continue;
      }
      if (c >= 0xdc00 && c <= 0xdfff) fail('unpaired surrogate in string');
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += text.slice(runStart, i);
      const e = text[i + 1];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape');
          const cu = parseInt(hex, 16);
          if (cu >= 0xd800 && cu <= 0xdbff) {
            const lo = /^\\u([0-9a-fA-F]{4})/.exec(text.slice(i + 6, i + 12));
            const lcu = lo ? parseInt(lo[1]!, 16) : -1;
            if (!(lcu >= 0xdc00 && lcu <= 0xdfff)) fail('unpaired surrogate escape in string');
            out += String.fromCharCode(cu, lcu);
            i += 12;
            runStart = i;
            continue;
          }
          if (cu >= 0xdc00 && cu <= 0xdfff) fail('unpaired surrogate escape in string');
          out += String.fromCharCode(cu);
          i += 6;
          runStart = i;
          continue;
        }
        default:
          fail('invalid escape in string');
      }
      i += 2;
      runStart = i;
    }
    return out;
  };

  const parseValue = (depth: number): JsonValue => {
    ws();
    const c = text[i];
    if (c === '{') {
      if (depth >= maxDepth) fail(`nesting deeper than ${maxDepth} levels`);
      i++;
      const obj: JsonObject = {};
      const seen = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a string key, found ${what(i)}`);
        const keyAt = i;
        const key = parseString();
        if (key === '__proto__') fail('the key "__proto__" is not allowed', keyAt);
        if (seen.has(key)) fail(`duplicate key ${JSON.stringify(key)}`, keyAt);
        seen.add(key);
        ws();
        if (text[i] !== ':') fail(`expected ':' after key, found ${what(i)}`);
        i++;
        const v = parseValue(depth + 1);
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail(`expected ',' or '}' in object, found ${what(i)}`);
      }
    }
    if (c === '[') {
      if (depth >= maxDepth) fail(`nesting deeper than ${maxDepth} levels`);
      i++;
      const arr: JsonValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail(`expected ',' or ']' in array, found ${what(i)}`);
      }
    }
    if (c === '"') return parseString();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      const n = Number(m[0]);
      if (!Number.isFinite(n)) fail('number out of range');
      i += m[0].length;
      return n;
    }
    return fail(`unexpected ${what(i)}`);
  };

  const value = parseValue(0);
  ws();
  if (i < text.length) fail(`unexpected ${what(i)} after the JSON value`);
  return value;
}
