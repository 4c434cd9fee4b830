import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStoryFiles } from '../../src/lib/check/checkStoryFiles';
import { parseYamlWithLines } from '../../src/lib/stories/parseYamlWithLines';
import { splitFrontMatter } from '../../src/lib/stories/splitFrontMatter';

/** Every fact id and source id in data/curated, read straight from the curated files (not the generated data). */
function curatedIds(): { facts: Set<string>; sources: Set<string> } {
  const dir = join(process.cwd(), 'data', 'curated');
  const facts = new Set<string>();
  const sources = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      source: { id: string };
      facts: { id: string }[];
    };
    sources.add(file.source.id);
    for (const f of file.facts) facts.add(f.id);
  }
  return { facts, sources };
}

/** Fact ids a story names: `fact:` links, ```fact ids and ```chart fact lists, read without the data. */
function factIdsIn(text: string): string[] {
  const ids = [...text.matchAll(/\]\(fact:([^)\s]+)\)/g)].map((m) => m[1] ?? '');
  for (const m of text.matchAll(/^```(fact|chart)\n([\s\S]*?)^```/gm)) {
    const value = parseYamlWithLines(m[2] ?? '').value as { id?: string; facts?: string[] };
    if (value.id !== undefined) ids.push(value.id);
    ids.push(...(value.facts ?? []));
  }
  return ids;
}

const stories = checkStoryFiles('content/stories').stories.map(({ name, text }) => ({ name, text }));

describe('the stories in content/stories', () => {
  const curated = curatedIds();

  it('are the five planned stories', () => {
    expect(stories.map((s) => s.name)).toEqual([
      'chengyang-weiyuan.md',
      'gansu-2021.md',
      'huizhou-qianxinan.md',
      'national-2023.md',
      'yuegui.md',
    ]);
  });

  it.each(stories)('$name uses only fact ids that exist in data/curated', ({ text }) => {
    const ids = factIdsIn(text);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => !curated.facts.has(id))).toEqual([]);
  });

  it.each(stories)('$name lists only sources that exist in data/curated', ({ text, name }) => {
    const split = splitFrontMatter(text, name);
    if (!split.ok) throw new Error(split.problem.message);
    const { sources } = parseYamlWithLines(split.value.yaml).value as { sources: string[] };
    expect(sources.filter((id) => !curated.sources.has(id))).toEqual([]);
  });

  it.each(stories)('$name has at least two map sections and one chart', ({ text }) => {
    expect((text.match(/^```map$/gm) ?? []).length).toBeGreaterThanOrEqual(2);
    expect((text.match(/^```chart$/gm) ?? []).length).toBeGreaterThanOrEqual(1);
  });

  it('finds ids in links, fact blocks and chart lists', () => {
    expect(
      factIdsIn('a [1人](fact:x-1)\n\n```fact\nid: y-2\n```\n\n```chart\ntitle: t\nfacts: [z-3, z-4]\n```\n'),
    ).toEqual(['x-1', 'y-2', 'z-3', 'z-4']);
  });
});
