import { describe, expect, it } from '@jest/globals';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import binaryModule from 'cosmjs-types/binary';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import utf8Module from 'cosmjs-types/utf8';
import { keyFromSeed } from '../client/signing/secp256k1.js';
import { buildSignedTx } from '../client/signing/tx-builder.js';
import { mulberry32 as prng } from '../test/harness/prng.js';
import { CopyingReader, originalUtf8Read, utf8Read } from './proto-runtime.js';

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

  it('decodes signed txs exactly as the copying reader does, viewing a standalone input and copying a slice of a large buffer', () => {
    const rnd = prng(11);
    const exportsObject = binaryModule as unknown as { BinaryReader: unknown };
    const viewing = exportsObject.BinaryReader;
    expect(viewing).not.toBe(CopyingReader);
    const decodeAll = (bytes: Uint8Array) => {
      const raw = TxRaw.decode(bytes);
      return { raw, body: TxBody.decode(raw.bodyBytes), authInfo: AuthInfo.decode(raw.authInfoBytes), msg: MsgSend.decode(TxBody.decode(raw.bodyBytes).messages[0]!.value) };
    };
    for (let i = 0; i < 200; i++) {
      const key = keyFromSeed(`reader/${i}`);
      const memo = 'm'.repeat(Math.floor(rnd() * 300)) + (i % 3 === 0 ? '模型' : '');
      const msg = MsgSend.encode({ fromAddress: key.address, toAddress: key.address, amount: [{ denom: 'uaivm', amount: String(Math.floor(rnd() * 1e9)) }] }).finish();
      const tx = buildSignedTx(key, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: msg }], { chainId: 'c-1', accountNumber: i, sequence: i, gasLimit: 100_000, fee: [{ denom: 'uaivm', amount: '10' }], memo });
      const viewed = decodeAll(tx);
      exportsObject.BinaryReader = CopyingReader;
      let copied;
      try {
        copied = decodeAll(tx);
      } finally {
        exportsObject.BinaryReader = viewing;
      }
      expect(viewed).toEqual(copied);
    }
    // A standalone tx is read in place; a tx inside a 256 KiB slab (as Node's Buffer pool hands
    // out) is copied, so that a decoded field never pins the slab.
    const key = keyFromSeed('reader/slab');
    const tx = buildSignedTx(key, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: key.address, toAddress: key.address, amount: [] }).finish() }], { chainId: 'c-1', accountNumber: 0, sequence: 0, gasLimit: 1, fee: [] });
    const own = Uint8Array.from(tx);
    expect(TxRaw.decode(own).bodyBytes.buffer).toBe(own.buffer);
    const slab = new Uint8Array(256 * 1024);
    slab.set(tx, 1000);
    const inSlab = slab.subarray(1000, 1000 + tx.length);
    const fromSlab = TxRaw.decode(inSlab);
    expect(fromSlab.bodyBytes.buffer).not.toBe(slab.buffer);
    expect(fromSlab).toEqual(TxRaw.decode(own));
  });
});
