import { ChainError, SdkErrors } from '../../chain/errors.js';

/**
 * The AIVM execution standard, held on chain as the verification module's params. The standard
 * checks (modules/verification/standard) read these; the client runs the same checks locally.
 * JSON field names are the genesis / CLI names.
 */
export interface VerificationParams {
  /** Manifest schema versions accepted, e.g. ["aivm.kernel/v1"]. */
  readonly schema_versions: readonly string[];
  /** Runtime names accepted in the manifest's runtime.name (e.g. "onnxruntime", "pytorch"). */
  readonly allowed_runtimes: readonly string[];
  readonly allowed_os: readonly string[];
  readonly allowed_architectures: readonly string[];
  /** Hardware classes accepted in hardware.class ("cpu", "gpu", "tpu"). */
  readonly allowed_hardware: readonly string[];
  /** Languages accepted for the inference and aggregation entrypoints. */
  readonly allowed_entrypoint_languages: readonly string[];
  /** File formats accepted for files of role "weights" (by format name, e.g. "safetensors"). */
  readonly allowed_formats: readonly string[];
  /** Formats refused everywhere in a kernel (pickle-based formats run code when loaded). */
  readonly forbidden_formats: readonly string[];
  /** When true, pickle-based formats are accepted despite forbidden_formats. */
  readonly allow_pickle: boolean;
  /** Largest kernel (sum of all file sizes), in bytes, as a decimal string. */
  readonly max_kernel_bytes: string;
  /** Largest single file, in bytes, as a decimal string. */
  readonly max_file_bytes: string;
  /** Most files in one kernel (manifest included). */
  readonly max_files: number;
  /** Fraction of voting power whose pass attestations verify a version, as "num/den" (default "2/3"). */
  readonly quorum: string;
  /** Blocks after publication by which a version must reach quorum, or it expires. */
  readonly deadline_blocks: number;
}

export const DEFAULT_VERIFICATION_PARAMS: VerificationParams = {
  schema_versions: ['aivm.kernel/v1'],
  allowed_runtimes: ['onnxruntime', 'pytorch', 'tensorflow', 'jax', 'llama.cpp', 'tensorrt', 'openvino', 'tvm', 'wasmtime', 'candle'],
  allowed_os: ['linux'],
  allowed_architectures: ['x86_64', 'aarch64'],
  allowed_hardware: ['cpu', 'gpu', 'tpu'],
  allowed_entrypoint_languages: ['python', 'rust', 'cpp', 'javascript', 'typescript', 'wasm', 'go'],
  allowed_formats: ['safetensors', 'onnx', 'gguf', 'tflite', 'npy', 'npz', 'json', 'txt'],
  forbidden_formats: ['pickle', 'pkl', 'pt', 'pth', 'ckpt', 'joblib', 'dill'],
  allow_pickle: false,
  max_kernel_bytes: String(512 * 1024 ** 3),
  max_file_bytes: String(64 * 1024 ** 3),
  max_files: 10_000,
  quorum: '2/3',
  deadline_blocks: 1000,
};

/** Parses "num/den" into integers with 0 < num/den ≤ 1. */
export function parseQuorum(q: string): { num: bigint; den: bigint } {
  const m = /^([1-9][0-9]{0,17})\/([1-9][0-9]{0,17})$/.exec(q);
  if (!m) throw new ChainError(SdkErrors.InvalidRequest, `verification params: quorum must be a fraction "num/den" such as "2/3", got ${JSON.stringify(q)}`);
  const num = BigInt(m[1]!);
  const den = BigInt(m[2]!);
  if (num > den) throw new ChainError(SdkErrors.InvalidRequest, `verification params: quorum ${q} is above 1`);
  return { num, den };
}

export function validateVerificationParams(p: VerificationParams): VerificationParams {
  const bad = (what: string) => new ChainError(SdkErrors.InvalidRequest, `verification params: ${what}`);
  const list = (name: keyof VerificationParams, nonEmpty: boolean) => {
    const v = p[name];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.length === 0 || x.length > 64)) throw bad(`${name} must be a list of non-empty strings`);
    if (nonEmpty && v.length === 0) throw bad(`${name} must not be empty`);
    if (new Set(v).size !== v.length) throw bad(`${name} has duplicates`);
  };
  list('schema_versions', true);
  list('allowed_runtimes', true);
  list('allowed_os', true);
  list('allowed_architectures', true);
  list('allowed_hardware', true);
  list('allowed_entrypoint_languages', true);
  list('allowed_formats', true);
  list('forbidden_formats', false);
  if (typeof p.allow_pickle !== 'boolean') throw bad('allow_pickle must be true or false');
  for (const f of ['max_kernel_bytes', 'max_file_bytes'] as const) {
    if (typeof p[f] !== 'string' || !/^[1-9][0-9]{0,19}$/.test(p[f])) throw bad(`${f} must be a positive integer string`);
  }
  if (!Number.isSafeInteger(p.max_files) || p.max_files < 2) throw bad('max_files must be an integer ≥ 2');
  parseQuorum(p.quorum);
  if (!Number.isSafeInteger(p.deadline_blocks) || p.deadline_blocks < 1) throw bad('deadline_blocks must be an integer ≥ 1');
  return p;
}
