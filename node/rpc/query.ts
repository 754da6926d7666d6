// The tx_search query language (a subset of CometBFT's pubsub query syntax):
//
//   query     := condition ( AND condition )*
//   condition := key op value
//   key       := tx.hash | tx.height | <event type>.<attribute key>
//   op        := "="            (any key)
//              | "<" "<=" ">" ">="   (tx.height only)
//   value     := 'single-quoted' | "double-quoted" (a backslash escapes the next character)
//              | integer | decimal
//
// `AND` is case-insensitive. CONTAINS, EXISTS, DATE and TIME are refused with a clear message.

export type QueryOp = '=' | '<' | '<=' | '>' | '>=';

export interface QueryCondition {
  readonly key: string;
  readonly op: QueryOp;
  readonly value: string;
  /** Whether the value was written as a number (unquoted). */
  readonly numeric: boolean;
}

export class QuerySyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}

export const MAX_QUERY_LENGTH = 4096;
export const MAX_CONDITIONS = 32;

const KEY_CHAR = /[^\s=<>!'"()]/;
const NUMBER = /^-?[0-9]+(?:\.[0-9]+)?/;
const UNSUPPORTED_OPS = ['CONTAINS', 'EXISTS', 'MATCHES'];

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

export function parseTxQuery(query: string): QueryCondition[] {
  if (query.length > MAX_QUERY_LENGTH) throw new QuerySyntaxError(`query is ${query.length} characters long; the maximum is ${MAX_QUERY_LENGTH}`);
  const out: QueryCondition[] = [];
  let i = 0;
  const n = query.length;
  const skip = () => {
    while (i < n && isSpace(query[i])) i++;
  };
  const near = () => (i >= n ? 'at the end of the query' : `at position ${i + 1} (near ${JSON.stringify(query.slice(i, i + 12))})`);

  skip();
  if (i >= n) throw new QuerySyntaxError('query is empty; expected conditions like tx.height=5 or message.sender=\'aivm1…\'');
  for (;;) {
    // key
    skip();
    const keyStart = i;
    while (i < n && KEY_CHAR.test(query[i]!)) i++;
    const key = query.slice(keyStart, i);
    if (!key) throw new QuerySyntaxError(`expected a key such as tx.height or <event type>.<attribute key> ${near()}`);
    if (key.toUpperCase() === 'AND') throw new QuerySyntaxError(`expected a condition before AND ${near()}`);
    skip();
    // operator
    let op: QueryOp;
    if (query.startsWith('<=', i) || query.startsWith('>=', i)) {
      op = query.slice(i, i + 2) as QueryOp;
      i += 2;
    } else if (query[i] === '=' || query[i] === '<' || query[i] === '>') {
      op = query[i] as QueryOp;
      i++;
    } else if (query.startsWith('!=', i)) {
      throw new QuerySyntaxError(`operator != is not supported; only = is (and <, <=, >, >= on tx.height)`);
    } else {
      const word = /^[A-Za-z]+/.exec(query.slice(i))?.[0]?.toUpperCase();
      if (word && UNSUPPORTED_OPS.includes(word)) {
        throw new QuerySyntaxError(`operator ${word} is not supported; only = is (and <, <=, >, >= on tx.height)`);
      }
      throw new QuerySyntaxError(`expected an operator (=) after ${JSON.stringify(key)} ${near()}`);
    }
    if (query[i] === '=' || query[i] === '<' || query[i] === '>') throw new QuerySyntaxError(`unknown operator ${JSON.stringify(op + query[i])} ${near()}`);
    skip();
    // value
    let value: string;
    let numeric = false;
    const q = query[i];
    if (q === "'" || q === '"') {
      const start = i;
      i++;
      let s = '';
      let closed = false;
      while (i < n) {
        const c = query[i]!;
        if (c === '\\' && i + 1 < n) {
          s += query[i + 1];
          i += 2;
          continue;
        }
        if (c === q) {
          closed = true;
          i++;
          break;
        }
        s += c;
        i++;
      }
      if (!closed) throw new QuerySyntaxError(`unterminated string starting at position ${start + 1}`);
      value = s;
    } else {
      const m = NUMBER.exec(query.slice(i));
      if (!m) {
        const word = /^[A-Za-z]+/.exec(query.slice(i))?.[0]?.toUpperCase();
        if (word === 'DATE' || word === 'TIME') throw new QuerySyntaxError(`${word} values are not supported`);
        throw new QuerySyntaxError(`expected a value ('quoted string' or number) after ${key} ${op} ${near()}`);
      }
      value = m[0];
      numeric = true;
      i += value.length;
      if (i < n && !isSpace(query[i])) {
        throw new QuerySyntaxError(`unexpected characters after the number ${value} ${near()}; quote string values`);
      }
    }
    out.push({ key, op, value, numeric });
    if (out.length > MAX_CONDITIONS) throw new QuerySyntaxError(`a query may have at most ${MAX_CONDITIONS} conditions`);
    skip();
    if (i >= n) break;
    if (/^and(?:\s|$)/i.test(query.slice(i, i + 4))) {
      i += 3;
      skip();
      if (i >= n) throw new QuerySyntaxError('expected a condition after AND');
      continue;
    }
    throw new QuerySyntaxError(`expected AND or the end of the query ${near()}`);
  }
  return out;
}
