import { describe, expect, it } from '@jest/globals';
import protobuf from 'protobufjs/minimal.js';
import { aivm } from '../proto/index.js';
import { ProtoSplice } from './proto-splice.js';

const reg = aivm.registry.v1;
const ver = aivm.versioning.v1;

describe('ProtoSplice', () => {
  it('writes varints and length-delimited fields as protobufjs does', () => {
    for (const n of [0, 1, 127, 128, 300, 16383, 16384, 2 ** 21, 2 ** 28, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 35 + 5, Number.MAX_SAFE_INTEGER]) {
      const w = protobuf.Writer.create();
      w.uint32((3 << 3) | 0).uint64(n);
      expect(new ProtoSplice().varint(3, n).finish()).toEqual(new Uint8Array(w.finish()));
    }
    for (const len of [0, 1, 127, 128, 255, 16384, 70000]) {
      const bytes = Uint8Array.from({ length: len }, (_, i) => i & 0xff);
      const w = protobuf.Writer.create();
      w.uint32((20 << 3) | 2).bytes(bytes);
      expect(new ProtoSplice().bytes(20, bytes).finish()).toEqual(new Uint8Array(w.finish()));
    }
    for (const s of ['', 'stable', 'é🤖']) {
      const w = protobuf.Writer.create();
      w.uint32((3 << 3) | 2).string(s);
      expect(new ProtoSplice().string(3, s).finish()).toEqual(new Uint8Array(w.finish()));
    }
    expect(new ProtoSplice().finish()).toEqual(new Uint8Array());
  });

  it('refuses numbers a varint field here cannot hold', () => {
    for (const n of [-1, 1.5, 2 ** 53, NaN]) expect(() => new ProtoSplice().varint(1, n)).toThrow(/not a non-negative safe integer/);
  });

  it('splices encoded messages into the same bytes as the generated encoder', () => {
    const model = reg.Model.create({ name: 'acme-llm', owner: 'aivm1xyz', maintainers: ['a', 'b'], tags: ['llm'], keyEndpoint: reg.KeyEndpoint.create({ multiaddr: '', peerId: '' }), createdHeight: 2 ** 40 });
    const models = [model, reg.Model.create({ name: 'b' }), reg.Model.create({})];
    const pagination = { nextKey: Uint8Array.of(1, 2, 3), total: 300 };
    const spliced = new ProtoSplice();
    for (const m of models) spliced.bytes(1, reg.Model.encode(m).finish());
    spliced.bytes(2, reg.PageResponse.encode(pagination).finish());
    expect(spliced.finish()).toEqual(new Uint8Array(reg.QueryModelsResponse.encode({ models, pagination }).finish()));

    const version = ver.Version.create({ model: 'acme-llm', version: '1.0.0', yanked: true, yankReason: 'x', size: 2 ** 50 });
    for (const [via, alias] of [[0, ''], [1, ''], [3, 'stable']] as const) {
      const out = new ProtoSplice().bytes(1, ver.Version.encode(version).finish());
      if (via !== 0) out.varint(2, via);
      if (alias !== '') out.string(3, alias);
      expect(out.finish()).toEqual(new Uint8Array(ver.QueryResolveResponse.encode({ version, via, alias }).finish()));
    }
  });
});
