import { describe, expect, it } from '@jest/globals';
import type { TxResult } from '../app.js';
import type { ChainEvent } from '../events.js';
import { types } from '../../proto/index.js';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { decodeExecTxResult, encodeExecTxResult, encodeTxMsgData, execTxResult } from './result-encoding.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const reference = (r: TxResult) => hex(types.ExecTxResult.encode(execTxResult(r)).finish());

function result(over: Partial<TxResult>): TxResult {
  return { code: 0, codespace: '', log: '', gasWanted: 0, gasUsed: 0, events: [], data: new Uint8Array(), ...over };
}

/** A seeded generator, so that a failure names a case that can be run again. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('ExecTxResult encoding', () => {
  it('gives the generated encoder’s bytes for a bank send’s result and for edge values', () => {
    const sendEvents: ChainEvent[] = [
      { type: 'tx', attributes: [{ key: 'fee', value: '2500uaivm', index: true }, { key: 'fee_payer', value: 'aivm1qqqsyqcyq5rqwzqfsyqcyq5rqwzqfsyqcyq5rq', index: true }] },
      { type: 'tx', attributes: [{ key: 'signature', value: 'c2lnbmF0dXJl'.repeat(8), index: false }] },
      { type: 'message', attributes: [{ key: 'action', value: '/cosmos.bank.v1beta1.MsgSend', index: true }, { key: 'msg_index', value: '0', index: true }] },
      { type: '', attributes: [] },
      { type: 'empty_values', attributes: [{ key: '', value: '', index: true }, { key: 'k', value: '', index: false }] },
    ];
    const cases: TxResult[] = [
      result({}),
      result({ code: 0, gasWanted: 100_000, gasUsed: 61_234, events: sendEvents, data: Uint8Array.of(0x12, 0x26, 1, 2, 3) }),
      result({ code: 5, codespace: 'sdk', log: 'insufficient funds: 1uaivm < 2uaivm', gasWanted: 200_000, gasUsed: 199_999 }),
      result({ code: 0xffffffff, gasWanted: 2 ** 53 - 1, gasUsed: 2 ** 32, log: 'x'.repeat(300) }),
      result({ code: 127, gasWanted: 127, gasUsed: 128, events: [{ type: 'a'.repeat(200), attributes: [{ key: 'k'.repeat(130), value: 'v'.repeat(20_000), index: true }] }] }),
    ];
    for (const r of cases) expect(hex(encodeExecTxResult(r))).toBe(reference(r));
  });

  it('leaves non-ASCII text and numbers beyond the direct writer to the generated encoder, with the same bytes', () => {
    const cases: TxResult[] = [
      result({ log: 'fee of 2 € refused' }),
      result({ codespace: 'modèle' }),
      result({ log: 'lone surrogate \ud800 here' }), // encoded by the generated encoder's own UTF-8 rules
      result({ events: [{ type: 'ünï', attributes: [] }] }),
      result({ events: [{ type: 't', attributes: [{ key: 'emoji', value: '🤖 model', index: true }] }] }),
      result({ events: [{ type: 't', attributes: [{ key: 'clé', value: 'v', index: true }] }] }),
      result({ gasWanted: 2 ** 60, gasUsed: 1 }),
      result({ gasWanted: 1.8e19, gasUsed: 0 }),
      result({ gasUsed: -1 }),
    ];
    for (const r of cases) expect(hex(encodeExecTxResult(r))).toBe(reference(r));
  });

  it('matches the generated encoder over 2,000 random results', () => {
    const next = rng(20261127);
    const alphabet = ['a', 'Z', '0', ' ', '/', '.', '=', '\u007f', 'é', '€', '😀'];
    const text = (max: number) => Array.from({ length: Math.floor(next() * max) }, () => alphabet[Math.floor(next() * (next() < 0.9 ? 7 : alphabet.length))]).join('');
    const num = () => [0, 1, 127, 128, 16_383, 16_384, 2 ** 31, 2 ** 32, 2 ** 53 - 1][Math.floor(next() * 9)]!;
    for (let i = 0; i < 2000; i++) {
      const events: ChainEvent[] = Array.from({ length: Math.floor(next() * 6) }, () => ({
        type: text(12),
        attributes: Array.from({ length: Math.floor(next() * 5) }, () => ({ key: text(10), value: text(60), index: next() < 0.7 })),
      }));
      const r = result({ code: num() % 2 ** 32, codespace: text(8), log: text(80), gasWanted: num(), gasUsed: num(), events, data: Uint8Array.from({ length: Math.floor(next() * 40) }, () => Math.floor(next() * 256)) });
      expect(hex(encodeExecTxResult(r))).toBe(reference(r));
      // And back, as a node hands a committed tx's result to a broadcast_tx_commit caller.
      expect(decodeExecTxResult(encodeExecTxResult(r))).toEqual(r);
    }
  });

  it('writes a tx’s data (TxMsgData) as the generated encoder does: no, empty, non-ASCII, long and several responses', () => {
    const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31) & 0xff);
    const cases = [
      [],
      [{ typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse', value: new Uint8Array() }],
      [{ typeUrl: '', value: new Uint8Array() }],
      [{ typeUrl: '', value: bytes(3) }],
      [{ typeUrl: '/aivm.registry.v1.MsgCreateModelResponse', value: bytes(200) }],
      [{ typeUrl: '/ünïcödé.Msg—Response', value: bytes(1) }],
      [{ typeUrl: '/a.Long' + 'x'.repeat(300), value: bytes(20_000) }, { typeUrl: '/b', value: bytes(127) }, { typeUrl: '/c', value: bytes(128) }],
    ];
    for (const responses of cases) {
      expect(hex(encodeTxMsgData(responses))).toBe(hex(TxMsgData.encode(TxMsgData.fromPartial({ msgResponses: responses })).finish()));
      expect(TxMsgData.decode(encodeTxMsgData(responses)).msgResponses.map((a) => ({ typeUrl: a.typeUrl, value: a.value }))).toEqual(responses);
    }
  });
});
