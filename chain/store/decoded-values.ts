/**
 * Decodes a stored value once per stored bytes object. A store never mutates a value it holds (a
 * write stores new bytes), so the decoded form of one bytes object never changes, and entries go
 * with their bytes (WeakMap). Every reader shares the decoded value: treat it as read-only.
 */
export class DecodedByBytes<T> {
  private readonly memo = new WeakMap<Uint8Array, T>();

  constructor(private readonly decode: (bytes: Uint8Array) => T) {}

  get(bytes: Uint8Array): T {
    let v = this.memo.get(bytes);
    if (v === undefined) this.memo.set(bytes, (v = this.decode(bytes)));
    return v;
  }
}
