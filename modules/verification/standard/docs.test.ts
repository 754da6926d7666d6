import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CHECK_IDS } from './ids.js';
import { parseManifest } from './manifest.js';
import { publicManifest } from './public-manifest.js';

// docs/kernel-format.md is the user's reference: keep it in step with the code.
const doc = readFileSync(new URL('../../../docs/kernel-format.md', import.meta.url), 'utf8');

describe('docs/kernel-format.md', () => {
  test('documents every check id, in report order', () => {
    const rows = [...doc.matchAll(/^\| (\d+) \| `([a-z0-9_.]+)` \|/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(rows).toEqual(CHECK_IDS.map((id, k) => [k + 1, id]));
  });

  test('its complete example manifest is valid', () => {
    const block = /## A complete example\s+```json\n([\s\S]*?)\n```/.exec(doc);
    expect(block).not.toBeNull();
    const m = parseManifest(block![1]!);
    expect(m.name).toBe('acme-sentiment');
    expect(JSON.parse(publicManifest(m)).conformance).toHaveLength(2);
  });
});
