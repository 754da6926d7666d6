import { describe, expect, it } from '@jest/globals';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { equal } from '../bytes.js';
import '../proto-runtime.js';
import { isCanonicalTxRaw } from './decode.js';
import { mulberry32 } from '../../test/harness/prng.js';

/** The rule by its definition: the bytes are what the encoder gives for what they decode to. */
const reference = (raw: TxRaw, bytes: Uint8Array) => equal(TxRaw.encode(raw).finish(), bytes);

const filled = (n: number, b: number) => new Uint8Array(n).fill(b);

describe('canonical TxRaw check', () => {
  const samples = [
    TxRaw.encode({ bodyBytes: filled(120, 1), authInfoBytes: filled(90, 2), signatures: [filled(64, 3)] }).finish(),
    TxRaw.encode({ bodyBytes: filled(300, 1), authInfoBytes: filled(129, 2), signatures: [filled(64, 3), new Uint8Array(), filled(64, 4)] }).finish(),
    TxRaw.encode({ bodyBytes: filled(1, 1), authInfoBytes: new Uint8Array(), signatures: [] }).finish(),
    TxRaw.encode({ bodyBytes: filled(20_000, 7), authInfoBytes: filled(5, 2), signatures: [filled(64, 3)] }).finish(),
  ];

  it('accepts what the encoder writes', () => {
    for (const b of samples) expect(isCanonicalTxRaw(TxRaw.decode(b), b)).toBe(true);
  });

  it('refuses appended, repeated, reordered fields and non-minimal lengths', () => {
    const b = samples[0]!;
    const appended = new Uint8Array([...b, 0x22, 0x01, 0x00]); // unknown field 4
    const repeated = new Uint8Array([...b, 0x0a, 0x01, 0x05]); // body_bytes twice (the last wins)
    const body = TxRaw.encode({ bodyBytes: filled(120, 1), authInfoBytes: new Uint8Array(), signatures: [] }).finish();
    const auth = TxRaw.encode({ bodyBytes: new Uint8Array(), authInfoBytes: filled(90, 2), signatures: [filled(64, 3)] }).finish();
    const reordered = new Uint8Array([...auth, ...body]);
    // body_bytes' length 120 written as two varint bytes (0xf8 0x00) instead of one (0x78).
    const padded = new Uint8Array([0x0a, 0xf8, 0x00, ...b.subarray(2)]);
    for (const bad of [appended, repeated, reordered, padded]) {
      const raw = TxRaw.decode(bad);
      expect(reference(raw, bad)).toBe(false);
      expect(isCanonicalTxRaw(raw, bad)).toBe(false);
    }
  });

  it('decides as the re-encoding comparison does on 20,000 mutated txs', () => {
    const next = mulberry32(7);
    let decoded = 0;
    let canonical = 0;
    for (let i = 0; i < 20_000; i++) {
      const b = new Uint8Array(samples[i % samples.length]!);
      const m = Math.floor(next() * 4);
      let bytes: Uint8Array = b;
      const at = Math.floor(next() * b.length);
      if (m === 0) b[at] = Math.floor(next() * 256);
      else if (m === 1) bytes = new Uint8Array([...b.subarray(0, at), Math.floor(next() * 256), ...b.subarray(at)]);
      else if (m === 2) bytes = new Uint8Array([...b.subarray(0, at), ...b.subarray(at + 1)]);
      // m === 3: unchanged
      let raw: TxRaw;
      try {
        raw = TxRaw.decode(bytes);
      } catch {
        continue;
      }
      decoded++;
      const want = reference(raw, bytes);
      if (want) canonical++;
      expect([i, isCanonicalTxRaw(raw, bytes)]).toEqual([i, want]);
      // Fields that are not views of the input (decoded from a copy of it) are compared by content.
      expect([i, isCanonicalTxRaw(TxRaw.decode(new Uint8Array(bytes)), bytes)]).toEqual([i, want]);
    }
    // Both answers came up many times.
    expect(decoded).toBeGreaterThan(5_000);
    expect(canonical).toBeGreaterThan(1_000);
    expect(decoded - canonical).toBeGreaterThan(1_000);
  });
});
