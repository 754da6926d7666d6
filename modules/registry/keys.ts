// Store layout of the registry module, under the state bucket's registry prefix (0x04, see
// chain/store/buckets.ts). A number here is never reused. Names are the last key segment (raw
// UTF-8, so every list is in byte order of names); other variable-length segments are
// length-prefixed with lp(). The owner, tag and task indexes are covering: each entry's value is
// a copy of the model's record (the same bytes as under 0x01 ‖ name), so a list page is one scan.
import { concat, lp, u64be, utf8 } from '../../chain/bytes.js';

export const RegistryKeys = {
  /** 0x01 ‖ name → aivm.registry.v1.Model */
  modelPrefix: Uint8Array.of(0x01),
  /** 0x02 ‖ lp(owner address bytes) ‖ name → the model's record */
  byOwnerPrefix: Uint8Array.of(0x02),
  /** 0x03 ‖ lp(tag) ‖ name → the model's record */
  byTagPrefix: Uint8Array.of(0x03),
  /** 0x04 ‖ lp(task) ‖ name → the model's record (models with a non-empty task only) */
  byTaskPrefix: Uint8Array.of(0x04),
  /** 0x05 → u64 number of models */
  modelCount: Uint8Array.of(0x05),

  model(name: string): Uint8Array {
    return concat(Uint8Array.of(0x01), utf8(name));
  },
  /** The prefix of every model whose name starts with `prefix`. */
  modelsWithPrefix(prefix: string): Uint8Array {
    return concat(Uint8Array.of(0x01), utf8(prefix));
  },
  ownerPrefix(owner: Uint8Array): Uint8Array {
    return concat(Uint8Array.of(0x02), lp(owner));
  },
  byOwner(owner: Uint8Array, name: string): Uint8Array {
    return concat(Uint8Array.of(0x02), lp(owner), utf8(name));
  },
  tagPrefix(tag: string): Uint8Array {
    return concat(Uint8Array.of(0x03), lp(utf8(tag)));
  },
  byTag(tag: string, name: string): Uint8Array {
    return concat(Uint8Array.of(0x03), lp(utf8(tag)), utf8(name));
  },
  taskPrefix(task: string): Uint8Array {
    return concat(Uint8Array.of(0x04), lp(utf8(task)));
  },
  byTask(task: string, name: string): Uint8Array {
    return concat(Uint8Array.of(0x04), lp(utf8(task)), utf8(name));
  },
  count(n: number): Uint8Array {
    return u64be(n);
  },
} as const;
