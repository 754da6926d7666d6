// Path rules of the kernel standard. Paths are POSIX, relative to the kernel root, '/'-separated.
// Pure and deterministic: string comparison is by UTF-16 code unit (the same on every machine),
// and nothing here depends on a locale.

/** Longest path accepted, in UTF-8 bytes (Linux PATH_MAX). */
export const MAX_PATH_BYTES = 4096;
/** Longest path segment accepted, in UTF-8 bytes (Linux NAME_MAX). */
export const MAX_SEGMENT_BYTES = 255;

/** Length of `s` in UTF-8 bytes (well-formed strings; an unpaired surrogate counts 3, as U+FFFD). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Total order on paths used everywhere in the standard (UTF-16 code-unit order). */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when every surrogate in `s` is part of a pair. */
export function isWellFormedUnicode(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

/**
 * Why `p` is not a safe kernel path, or undefined when it is. Safe means: non-empty; relative
 * (no leading '/', no drive letter); no backslash, NUL or other control character; no empty,
 * '.' or '..' segment (so no leading/trailing/double slash); well-formed Unicode; at most
 * MAX_PATH_BYTES bytes and MAX_SEGMENT_BYTES bytes per segment.
 */
export function pathProblem(p: string): string | undefined {
  if (p.length === 0) return 'is empty';
  if (p.startsWith('/')) return 'is absolute (starts with "/")';
  if (/^[A-Za-z]:/.test(p)) return 'starts with a drive letter';
  if (p.includes('\\')) return 'contains a backslash (use "/" as the separator)';
  if (p.includes('\u0000')) return 'contains a NUL character';
  if (/[\u0001-\u001f\u007f-\u009f]/.test(p)) return 'contains a control character';
  if (!isWellFormedUnicode(p)) return 'is not well-formed Unicode (unpaired surrogate)';
  if (utf8Length(p) > MAX_PATH_BYTES) return `is longer than ${MAX_PATH_BYTES} bytes`;
  for (const seg of p.split('/')) {
    if (seg === '') return 'has an empty segment (leading, trailing or double "/")';
    if (seg === '.') return 'has a "." segment';
    if (seg === '..') return 'has a ".." segment';
    if (utf8Length(seg) > MAX_SEGMENT_BYTES) return `has a segment longer than ${MAX_SEGMENT_BYTES} bytes`;
  }
  return undefined;
}

/** The key under which two paths collide: Unicode NFC, then default (locale-free) lowercase. */
export function collisionKey(p: string): string {
  if (/^[\u0000-\u007f]*$/.test(p)) return p.toLowerCase();
  return p.normalize('NFC').toLowerCase().normalize('NFC');
}

/** The lowercased extension of the last segment ("" when there is none; ".bashrc" has none). */
export function extensionOf(p: string): string {
  const seg = p.slice(p.lastIndexOf('/') + 1);
  const dot = seg.lastIndexOf('.');
  if (dot <= 0 || dot === seg.length - 1) return '';
  return seg.slice(dot + 1).toLowerCase();
}

/** Every proper ancestor directory of `p` ("a/b/c" → ["a", "a/b"]). */
export function parentDirs(p: string): string[] {
  const out: string[] = [];
  let at = p.indexOf('/');
  while (at !== -1) {
    out.push(p.slice(0, at));
    at = p.indexOf('/', at + 1);
  }
  return out;
}
