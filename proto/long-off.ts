// Must be evaluated before proto/gen/aivm.js: the generated classes pick their int64 defaults
// (Long or number) when they are defined, so Long support is switched off first.
import protobuf from 'protobufjs/minimal.js';

(protobuf.util as { Long: unknown }).Long = undefined;
protobuf.configure();

export {};
