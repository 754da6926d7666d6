// Entry point for the generated protobuf types. protobufjs would decode 64-bit integers as
// `Long` objects when the `long` package happens to be installed; aivm's wire types use plain
// numbers (heights, sizes and counts stay far below 2^53), so Long support is switched off here.
import protobuf from 'protobufjs/minimal.js';
import { aivm } from './gen/aivm.js';

(protobuf.util as { Long: unknown }).Long = undefined;
protobuf.configure();

export { aivm };
export const types = aivm.types.v1;
