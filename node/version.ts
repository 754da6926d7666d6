/** The aivm release (reported by `aivmd version`, RPC `abci_info` and `status`). */
export const AIVM_VERSION = '0.1.0';
