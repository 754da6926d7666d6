// abci_query: gRPC-style query paths with protobuf bodies, answered from the latest state.
import { b64, num } from '../format.js';
import { invalidParam } from '../errors.js';
import type { MethodSpec } from '../context.js';

export const abciQuery: MethodSpec = {
  params: ['path', 'data', 'height', 'prove'],
  handler(p, { backend }) {
    const path = p.requiredStr('path', { maxLength: 512 });
    if (!path) throw invalidParam('path', 'must not be empty (e.g. "/cosmos.bank.v1beta1.Query/Balance")');
    const data = p.hex('data') ?? new Uint8Array();
    const height = p.int('height', { min: 0 });
    p.bool('prove'); // accepted for compatibility; aivm returns no proofs (proofOps is null)
    const latest = backend.height();
    if (height !== undefined && height !== 0 && height !== latest) {
      throw invalidParam('height', `historical queries are not supported: only the latest state (height ${latest}) can be queried; omit height or pass 0`);
    }
    const r = backend.query(path, data);
    return {
      response: {
        code: r.code,
        log: r.log,
        info: '',
        index: '0',
        key: null,
        value: b64(r.value),
        proofOps: null,
        // cosmjs rejects a falsy height ("No query height returned"); before the first block the
        // state served is the genesis state block 1 executes on, so "1" is reported.
        height: num(Math.max(1, r.height)),
        codespace: r.codespace,
      },
    };
  },
};
