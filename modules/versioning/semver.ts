// Semantic Versioning 2.0.0 (https://semver.org), parsed strictly, and a byte encoding of a
// version whose byte order is semver precedence, so that store keys list versions in semver order.
//
// aivm refuses build metadata ("+…"): semver gives "1.0.0+a" and "1.0.0+b" the same precedence,
// so with both published neither "latest" nor a sorted list would be well defined. The version
// string is the identity of a version in keys, aliases, parents and events.

export const MAX_VERSION_LENGTH = 64;

// The regular expression recommended by semver.org (numeric identifiers without leading zeros).
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export interface SemVer {
  readonly major: string;
  readonly minor: string;
  readonly patch: string;
  readonly prerelease: readonly string[];
  readonly build: readonly string[];
}

/** Parses a semver 2.0 string; returns the reason when it is not one. */
export function parseSemver(s: string): SemVer | { error: string } {
  if (s.length === 0) return { error: 'is empty' };
  if (s.length > MAX_VERSION_LENGTH) return { error: `is ${s.length} characters; the maximum is ${MAX_VERSION_LENGTH}` };
  const m = SEMVER.exec(s);
  if (!m) {
    const why =
      /^[vV]\d/.test(s) ? 'starts with "v": drop it (e.g. "1.2.0")'
      : !/^\d+\.\d+\.\d+/.test(s) ? 'needs MAJOR.MINOR.PATCH (e.g. "1.2.0")'
      : /(^|[.-])0\d/.test(s.split('+')[0]!) ? 'has a numeric part with a leading zero'
      : 'is not valid semver 2.0 (MAJOR.MINOR.PATCH, optional -prerelease of dot-separated [0-9A-Za-z-] identifiers)';
    return { error: why };
  }
  return { major: m[1]!, minor: m[2]!, patch: m[3]!, prerelease: m[4] ? m[4].split('.') : [], build: m[5] ? m[5].split('.') : [] };
}

export function isSemverLike(s: string): boolean {
  return /^[vV]?\d/.test(s);
}

/** Appends the bytes of an ASCII string (digits, identifiers): one byte per char. */
function pushAscii(out: number[], s: string): void {
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff);
}

function pushNumeric(out: number[], digits: string): void {
  out.push(digits.length);
  pushAscii(out, digits);
}

/**
 * The precedence key of a version: numbers as (length, digits) so that longer means larger;
 * then 0x00 + prerelease identifiers + 0x00 for a prerelease, or 0x01 for a release (a release
 * outranks its prereleases). Identifiers: 0x01 + (length, digits) for numeric ones, 0x02 + ASCII +
 * 0x00 for alphanumeric ones (numeric < alphanumeric, fewer identifiers < more).
 */
export function semverKey(v: SemVer): Uint8Array {
  const out: number[] = [];
  pushNumeric(out, v.major);
  pushNumeric(out, v.minor);
  pushNumeric(out, v.patch);
  if (v.prerelease.length === 0) {
    out.push(0x01);
  } else {
    out.push(0x00);
    for (const id of v.prerelease) {
      if (/^\d+$/.test(id)) {
        out.push(0x01);
        pushNumeric(out, id);
      } else {
        out.push(0x02);
        pushAscii(out, id);
        out.push(0x00);
      }
    }
    out.push(0x00);
  }
  return Uint8Array.from(out);
}

/** Semver precedence: negative, zero or positive. */
export function compareSemver(a: SemVer, b: SemVer): number {
  return Buffer.compare(semverKey(a), semverKey(b));
}

export function formatSemver(v: SemVer): string {
  return `${v.major}.${v.minor}.${v.patch}${v.prerelease.length ? `-${v.prerelease.join('.')}` : ''}${v.build.length ? `+${v.build.join('.')}` : ''}`;
}
