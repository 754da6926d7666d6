// Entry point for the generated protobuf types. protobufjs would use `Long` objects for 64-bit
// integers when the `long` package happens to be installed; aivm's wire types use plain numbers
// (heights, sizes and counts stay far below 2^53), so Long support is switched off (long-off.ts,
// imported first so that the generated defaults are numbers too).
import './long-off.js';
import { aivm } from './gen/aivm.js';

export { aivm };
export const types = aivm.types.v1;
