import { describe, expect, it } from '@jest/globals';
import { cidOf } from '../../test/model-repo/helpers.js';
import { cidProblem } from './cid.js';
import { compareSemver, formatSemver, parseSemver, semverKey, type SemVer } from './semver.js';

function p(s: string): SemVer {
  const v = parseSemver(s);
  if ('error' in v) throw new Error(`${s}: ${v.error}`);
  return v;
}

/** The precedence rules of semver.org §11, written out directly, to check the byte keys against. */
function reference(a: SemVer, b: SemVer): number {
  for (const f of ['major', 'minor', 'patch'] as const) {
    const d = BigInt(a[f]) - BigInt(b[f]);
    if (d !== 0n) return d < 0n ? -1 : 1;
  }
  if (a.prerelease.length === 0 || b.prerelease.length === 0) return (a.prerelease.length === 0 ? 1 : 0) - (b.prerelease.length === 0 ? 1 : 0);
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) {
      const d = BigInt(x) - BigInt(y);
      if (d !== 0n) return d < 0n ? -1 : 1;
    } else if (xn !== yn) return xn ? -1 : 1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

describe('semver', () => {
  it('orders the examples of semver.org by precedence', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.9.0', '1.10.0', '1.11.0', '2.0.0', '2.1.0', '2.1.1', '10.0.0', '99999999999999999999999.0.0'];
    for (let i = 1; i < ordered.length; i++) {
      expect(compareSemver(p(ordered[i - 1]!), p(ordered[i]!))).toBeLessThan(0);
      expect(Buffer.compare(semverKey(p(ordered[i - 1]!)), semverKey(p(ordered[i]!)))).toBe(-1);
    }
  });

  it('byte keys agree with the reference comparator on random versions', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const ids = ['0', '1', '2', '10', '11', 'a', 'alpha', 'alpha1', 'b', 'beta', 'rc', '-', 'A', 'Z9', '1a', '00a'];
    const gen = () => `${rnd(3)}.${rnd(12)}.${rnd(3)}${rnd(2) ? '' : '-' + Array.from({ length: 1 + rnd(3) }, () => ids[rnd(ids.length)]).join('.')}`;
    for (let i = 0; i < 3000; i++) {
      const a = p(gen());
      const b = p(gen());
      expect([formatSemver(a), formatSemver(b), Math.sign(compareSemver(a, b))]).toEqual([formatSemver(a), formatSemver(b), reference(a, b)]);
    }
  });

  it.each(['', '1', '1.2', '1.2.3.4', '01.2.3', '1.02.3', '1.2.3-01', '1.2.3-', '1.2.3+', 'v1.2.3', ' 1.2.3', '1.2.3-a..b', '1.2.3-ü', `1.2.3-${'a'.repeat(60)}`])('refuses %j', (s) => {
    expect('error' in parseSemver(s)).toBe(true);
  });

  it('parses build metadata (the keeper refuses it separately)', () => {
    expect(p('1.2.3-rc.1+build.5')).toEqual({ major: '1', minor: '2', patch: '3', prerelease: ['rc', '1'], build: ['build', '5'] });
  });
});

describe('root CID shape', () => {
  it('accepts CIDv1 base32 dag-pb and raw sha2-256', () => {
    expect(cidProblem('bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi')).toBeUndefined();
    expect(cidProblem(cidOf('x'))).toBeUndefined();
    expect(cidProblem(cidOf('x', 0x55))).toBeUndefined();
    expect(cidOf('x', 0x55).startsWith('bafkrei')).toBe(true);
  });

  it.each([
    ['', 'is empty'],
    ['QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG', 'CIDv0'],
    ['zdj7WhuEjrB52m1BisYCtmjH1hSKa7yZ3jEZ9JcXaFRD51wVz', 'multibase'],
    ['BAFYBEIGDYRZT5SFP7UDM7HU76UH7Y26NF3EFUYLQABF3OCLGTQY55FBZDI', 'multibase'],
    ['bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzd', 'characters'],
    [cidOf('x', 0x71), 'codec'],
    ['b' + 'afybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzd1', 'base32'],
    ['bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdj', 'base32'],
  ])('refuses %j (%s)', (cid, why) => {
    expect(cidProblem(cid)).toContain(why);
  });

  it('refuses other hash functions', () => {
    const blake3 = 'b' + cidOf('x').slice(1);
    expect(cidProblem(blake3)).toBeUndefined();
    // Replace the multihash code 0x12 by 0x1e (blake3): re-encode.
    const raw = Buffer.from([0x01, 0x70, 0x1e, 0x20, ...Buffer.alloc(32, 7)]);
    const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
    let bits = 0;
    let value = 0;
    let s = 'b';
    for (const b of raw) {
      value = ((value << 8) | b) & 0xffff;
      bits += 8;
      while (bits >= 5) {
        s += alphabet[(value >>> (bits - 5)) & 31];
        bits -= 5;
      }
    }
    if (bits) s += alphabet[(value << (5 - bits)) & 31];
    expect(cidProblem(s)).toContain('sha2-256');
  });
});
