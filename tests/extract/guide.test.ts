import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { METRIC_IDS } from '../../src/lib/model/metrics';
import { factSchema, sourceSchema, UNITS } from '../../src/lib/schema/curatedFile';

const guide = readFileSync('content/README.md', 'utf8');
const section = (from: string, to: string): string => guide.slice(guide.indexOf(from), guide.indexOf(to));
const metricsTable = section('## 4. 指标', '## 5. ');
const fieldTables = section('## 3. 字段一览', '## 4. 指标');

/** Every field of a schema as the guide names it: `published.date`, `evidence.quote`, `from`. */
function fieldPaths(schema: z.ZodObject, prefix = ''): string[] {
  return Object.entries(schema.shape).flatMap(([key, value]) => {
    const inner = value as z.ZodType & { shape?: unknown; unwrap?: () => unknown };
    const object = (inner.shape === undefined ? inner.unwrap?.() : inner) as z.ZodObject | undefined;
    return object?.shape !== undefined ? fieldPaths(object, `${prefix}${key}.`) : [`${prefix}${key}`];
  });
}

describe('the editors’ guide (content/README.md)', () => {
  it('lists every metric id of the vocabulary in its table', () => {
    const missing = METRIC_IDS.filter((id) => !metricsTable.includes(`| \`${id}\` |`));
    expect(missing).toEqual([]);
  });

  it('names no metric that is not in the vocabulary', () => {
    const listed = [...metricsTable.matchAll(/^\| `([a-z]+\.[a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.filter((id) => !(METRIC_IDS as readonly (string | undefined)[]).includes(id))).toEqual([]);
  });

  it('names every unit', () => {
    expect(UNITS.filter((u) => !guide.includes(`\`${u}\``))).toEqual([]);
  });

  it('documents every field of a source and of a fact in its field tables (a new field needs a row)', () => {
    const paths = [
      ...fieldPaths(sourceSchema as unknown as z.ZodObject),
      ...fieldPaths(factSchema as unknown as z.ZodObject),
    ];
    expect(paths).toContain('published.date');
    expect(paths.filter((p) => !fieldTables.includes(`\`${p}\``))).toEqual([]);
  });
});
