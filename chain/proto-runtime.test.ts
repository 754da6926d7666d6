import { describe, expect, it } from '@jest/globals';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import utf8Module from 'cosmjs-types/utf8';
import { mulberry32 as prng } from '../test/harness/prng.js';
import { originalUtf8Read, utf8Read } from './proto-runtime.js';

describe('cosmjs-types runtime patches', () => {
  it('decoding reads strings through the fast reader', () => {
    const exportsObject = utf8Module as unknown as { utf8Read: typeof utf8Read };
    expect(exportsObject.utf8Read).toBe(utf8Read);
    let calls = 0;
    exportsObject.utf8Read = (b, s, e) => (calls++, utf8Read(b, s, e));
    try {
      const m = MsgSend.decode(MsgSend.encode({ fromAddress: 'aivm1abc', toAddress: 'aivm1xyz', amount: [{ denom: 'uaivm', amount: '7' }] }).finish());
      expect(m).toEqual({ fromAddress: 'aivm1abc', toAddress: 'aivm1xyz', amount: [{ denom: 'uaivm', amount: '7' }] });
      expect(calls).toBe(4);
    } finally {
      exportsObject.utf8Read = utf8Read;
    }
  });

  it('reads every byte string exactly as the original reader: ASCII, other UTF-8 and malformed bytes', () => {
    const rnd = prng(7);
    const samples: Uint8Array[] = [
      new Uint8Array(),
      Buffer.from('aivm1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu'),
      Buffer.from('ümlaut, 模型, 🚀'),
      Uint8Array.of(0x41, 0x80, 0x42), // a lone continuation byte
      Uint8Array.of(0xc3), // a truncated sequence
      Uint8Array.of(0xf0, 0x9f, 0x9a), // a truncated 4-byte sequence
    ];
    for (let i = 0; i < 2000; i++) {
      const ascii = rnd() < 0.5;
      samples.push(Uint8Array.from({ length: Math.floor(rnd() * 80) }, () => Math.floor(rnd() * (ascii ? 0x80 : 0x100))));
    }
    for (const b of samples) {
      // With an offset, as the decoder reads a field inside a larger message.
      const framed = Uint8Array.from([0x0a, ...b, 0x10]);
      expect(utf8Read(framed, 1, 1 + b.length)).toBe(originalUtf8Read(framed, 1, 1 + b.length));
    }
  });
});
