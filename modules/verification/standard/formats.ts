// File formats: what an extension means, and what the first bytes of a file (its "head", at most
// HEAD_BYTES) say about it. Pure and deterministic.

/** How many leading bytes of each file the checks look at. */
export const HEAD_BYTES = 64;

/**
 * Pickle-based formats. Loading one runs arbitrary code (torch.load, joblib.load, pickle.load).
 * `allow_pickle` in the verification params exempts exactly these names from forbidden_formats
 * (and then also accepts them as weights formats); other forbidden formats stay forbidden.
 */
export const PICKLE_FAMILY: readonly string[] = ['ckpt', 'dill', 'joblib', 'pickle', 'pkl', 'pt', 'pth'];

/** Format implied by a (lowercased) file extension. Extensions not here imply nothing (".bin"). */
const EXTENSION_FORMATS: ReadonlyMap<string, string> = new Map([
  ['safetensors', 'safetensors'],
  ['onnx', 'onnx'],
  ['gguf', 'gguf'],
  ['tflite', 'tflite'],
  ['npy', 'npy'],
  ['npz', 'npz'],
  ['json', 'json'],
  ['txt', 'txt'],
  ['pkl', 'pkl'],
  ['pickle', 'pickle'],
  ['pt', 'pt'],
  ['pth', 'pth'],
  ['ckpt', 'ckpt'],
  ['joblib', 'joblib'],
  ['dill', 'dill'],
  ['h5', 'h5'],
  ['hdf5', 'h5'],
  ['keras', 'keras'],
  ['pb', 'pb'],
  ['msgpack', 'msgpack'],
  ['yaml', 'yaml'],
  ['yml', 'yaml'],
  ['toml', 'toml'],
  ['wasm', 'wasm'],
]);

export function formatOfExtension(ext: string): string | undefined {
  return EXTENSION_FORMATS.get(ext);
}

/** Two format names that mean the same thing as far as consistency goes. */
export function sameFormat(a: string, b: string): boolean {
  return a === b || (PICKLE_FAMILY.includes(a) && PICKLE_FAMILY.includes(b));
}

// Pickle opcodes that may follow the PROTO opcode (0x80 <protocol>) at the start of a pickle.
const PICKLE_OPCODES = new Set<number>([
  ...Array.from('(.012FIJKLMNPQRSTUVXabcd}eghijl]oprstu)GBC', (c) => c.charCodeAt(0)),
  ...Array.from({ length: 0x99 - 0x80 }, (_, k) => 0x80 + k),
]);

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (head.length < at + bytes.length) return false;
  for (let k = 0; k < bytes.length; k++) if (head[at + k] !== bytes[k]) return false;
  return true;
}

/** The pickle protocol (2–5) when the head is a pickle stream header, else undefined. */
export function pickleProtocol(head: Uint8Array): number | undefined {
  if (head.length < 3 || head[0] !== 0x80) return undefined;
  const proto = head[1]!;
  if (proto < 2 || proto > 5) return undefined;
  return PICKLE_OPCODES.has(head[2]!) ? proto : undefined;
}

/** A zip local-file header or an empty zip (torch.save writes zip archives holding a pickle). */
export function isZip(head: Uint8Array): boolean {
  return startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]);
}

/** Largest safetensors header the format allows (the reference implementation's limit). */
export const MAX_SAFETENSORS_HEADER = 100_000_000;

/** A safetensors file: u64 little-endian header length N (2 ≤ N ≤ size − 8), then '{'. */
export function isSafetensors(head: Uint8Array, size: number): boolean {
  if (head.length < 9) return false;
  const n = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
  return n >= 2n && n <= BigInt(Math.max(0, size - 8)) && n <= BigInt(MAX_SAFETENSORS_HEADER) && head[8] === 0x7b;
}

export function isGguf(head: Uint8Array): boolean {
  return startsWith(head, [0x47, 0x47, 0x55, 0x46]);
}

const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];

export function isNpy(head: Uint8Array): boolean {
  return startsWith(head, NPY_MAGIC);
}

/** A .npy whose dtype is Python objects: numpy stores those as pickles. */
export function isNpyObjectArray(head: Uint8Array): boolean {
  if (!isNpy(head) || head.length < 10) return false;
  const start = head[6] === 1 ? 10 : 12;
  let text = '';
  for (let k = start; k < head.length; k++) text += String.fromCharCode(head[k]!);
  return /'descr'\s*:\s*'[|=<>]?O'/.test(text);
}

export function isTflite(head: Uint8Array): boolean {
  return startsWith(head, [0x54, 0x46, 0x4c, 0x33], 4);
}

/** The first non-whitespace byte starts a JSON value (inconclusive when the head is blank). */
function looksLikeJson(head: Uint8Array, size: number): boolean {
  if (size === 0) return false;
  for (const b of head) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return '{["-0123456789tfn'.includes(String.fromCharCode(b));
  }
  return true;
}

/**
 * For formats whose files start with a recognisable header, why `head` does not look like one;
 * undefined when it does, or when the format has no magic to check (onnx is bare protobuf, txt
 * is anything).
 */
export function magicMismatch(format: string, head: Uint8Array, size: number): string | undefined {
  switch (format) {
    case 'safetensors':
      return isSafetensors(head, size) ? undefined : 'does not start with a safetensors header (8-byte little-endian header length, then "{")';
    case 'gguf':
      return isGguf(head) ? undefined : 'does not start with the GGUF magic "GGUF"';
    case 'npy':
      return isNpy(head) ? undefined : 'does not start with the NumPy magic "\\x93NUMPY"';
    case 'npz':
      return isZip(head) ? undefined : 'is not a zip archive, as .npz files are';
    case 'tflite':
      return isTflite(head) ? undefined : 'does not carry the TFLite identifier "TFL3" at offset 4';
    case 'json':
      return looksLikeJson(head, size) ? undefined : 'does not start like a JSON document';
    default:
      return undefined;
  }
}
