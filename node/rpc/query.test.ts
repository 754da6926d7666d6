import { describe, expect, test } from '@jest/globals';
import { parseTxQuery, QuerySyntaxError } from './query.js';
import { planQuery } from './search.js';
import { RpcError } from './errors.js';

describe('tx_search query parser', () => {
  test('single equality with single quotes', () => {
    expect(parseTxQuery("tx.hash='ABCD'")).toEqual([{ key: 'tx.hash', op: '=', value: 'ABCD', numeric: false }]);
  });

  test('double quotes, spaces around =, AND in any case, numbers unquoted', () => {
    expect(parseTxQuery('  message.sender = "aivm1x"   and tx.height=7 AND transfer.amount   =  \'5\'  ')).toEqual([
      { key: 'message.sender', op: '=', value: 'aivm1x', numeric: false },
      { key: 'tx.height', op: '=', value: '7', numeric: true },
      { key: 'transfer.amount', op: '=', value: '5', numeric: false },
    ]);
  });

  test('backslash escapes inside quoted values', () => {
    expect(parseTxQuery("a.b='it\\'s' AND c.d=\"say \\\"hi\\\" \\\\ ok\"")).toEqual([
      { key: 'a.b', op: '=', value: "it's", numeric: false },
      { key: 'c.d', op: '=', value: 'say "hi" \\ ok', numeric: false },
    ]);
  });

  test('quoted values may hold AND, = and spaces', () => {
    expect(parseTxQuery("a.b='x AND y = z'")).toEqual([{ key: 'a.b', op: '=', value: 'x AND y = z', numeric: false }]);
  });

  test('event types with dots and slashes in keys', () => {
    expect(parseTxQuery("aivm.registry.v1.EventModelCreated.name='m' AND message.action='/aivm.bank.v1.MsgSend'")).toEqual([
      { key: 'aivm.registry.v1.EventModelCreated.name', op: '=', value: 'm', numeric: false },
      { key: 'message.action', op: '=', value: '/aivm.bank.v1.MsgSend', numeric: false },
    ]);
  });

  test('range operators are parsed', () => {
    expect(parseTxQuery('tx.height>=2 AND tx.height<5 AND tx.height > 1 AND tx.height<=9').map((c) => c.op)).toEqual(['>=', '<', '>', '<=']);
  });

  test.each([
    ['', /empty/],
    ['   ', /empty/],
    ["tx.hash='abc", /unterminated/],
    ['tx.hash', /expected an operator/],
    ["message.action CONTAINS 'x'", /CONTAINS is not supported; only = is/],
    ['message.action EXISTS', /EXISTS is not supported/],
    ["a.b != 'x'", /!= is not supported/],
    ["a.b='x' AND", /after AND/],
    ["a.b='x' OR c.d='y'", /expected AND/],
    ["AND a.b='x'", /before AND/],
    ['a.b=', /expected a value/],
    ['a.b=abc', /expected a value/],
    ['a.b=5abc', /quote string values/],
    ["a.b=='x'", /unknown operator/],
    ['tx.height = DATE 2020-01-01', /DATE values are not supported/],
    ["='x'", /expected a key/],
  ])('rejects %j', (q, re) => {
    expect(() => parseTxQuery(q)).toThrow(QuerySyntaxError);
    expect(() => parseTxQuery(q)).toThrow(re);
  });

  test('rejects overly long queries and too many conditions', () => {
    expect(() => parseTxQuery(`a.b='${'x'.repeat(5000)}'`)).toThrow(/maximum is 4096/);
    expect(() => parseTxQuery(Array.from({ length: 40 }, (_, i) => `a.b=${i}`).join(' AND '))).toThrow(/at most 32 conditions/);
  });
});

describe('query planning', () => {
  test('tx.hash is normalised to upper case and 0x is stripped; malformed hashes match nothing', () => {
    const h = 'ab'.repeat(32);
    expect(planQuery(parseTxQuery(`tx.hash='0x${h}'`)).equalities).toEqual([{ key: 'tx.hash', value: h.toUpperCase() }]);
    expect(planQuery(parseTxQuery("tx.hash='nothex'")).impossible).toBe(true);
  });

  test('tx.height ranges become bounds; contradictory bounds match nothing', () => {
    const p = planQuery(parseTxQuery('tx.height>2 AND tx.height<=4'));
    expect([p.lo, p.hi, p.impossible]).toEqual([3, 4, false]);
    expect(planQuery(parseTxQuery('tx.height>5 AND tx.height<5')).impossible).toBe(true);
    expect(planQuery(parseTxQuery("tx.height='007'")).equalities).toEqual([{ key: 'tx.height', value: '7' }]);
    expect(planQuery(parseTxQuery('tx.height=0')).impossible).toBe(true);
  });

  test('range operators elsewhere and malformed keys are invalid params', () => {
    expect(() => planQuery(parseTxQuery('message.amount>5'))).toThrow(RpcError);
    expect(() => planQuery(parseTxQuery('message.amount>5'))).toThrow(/only = is supported/);
    expect(() => planQuery(parseTxQuery("tx.hash>'a'"))).toThrow(/cannot be used on tx.hash/);
    expect(() => planQuery(parseTxQuery("sender='a'"))).toThrow(/<event type>.<attribute key>/);
    expect(() => planQuery(parseTxQuery("tx.height='abc'"))).toThrow(/integer/);
  });
});
