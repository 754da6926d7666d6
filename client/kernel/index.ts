// Local kernel tooling: scaffold (init), list files (manifest), scan and check a kernel directory.

export { KernelError, KernelErrorCodes, isKernelError, type KernelErrorCode } from './errors.js';
export { assertKernelDir, scanKernelDir, type ScanOptions, type ScanProgress } from './scan.js';
export { DEFAULT_HARDWARE, DEFAULT_RUNTIME, emptySafetensors, initKernel, type InitKernelOptions, type InitKernelResult } from './init.js';
export { fillManifest, guessRole, readManifestObject, type FillManifestResult, type ListedFile } from './manifest.js';
export { checkKernelDir, formatReport, type KernelCheckResult } from './check.js';
