import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRIC_IDS } from '../../src/lib/model/metrics';
import { UNITS } from '../../src/lib/schema/curatedFile';

const guide = readFileSync('content/README.md', 'utf8');

describe('the editors’ guide (content/README.md)', () => {
  it('lists every metric id of the vocabulary in its table', () => {
    const missing = METRIC_IDS.filter((id) => !guide.includes(`| \`${id}\` |`));
    expect(missing).toEqual([]);
  });

  it('names no metric that is not in the vocabulary', () => {
    const listed = [...guide.matchAll(/^\| `([a-z]+\.[a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.filter((id) => !(METRIC_IDS as readonly (string | undefined)[]).includes(id))).toEqual([]);
  });

  it('names every unit', () => {
    expect(UNITS.filter((u) => !guide.includes(`\`${u}\``))).toEqual([]);
  });
});
