import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/data/loadContent';
import { loadStories } from '../../src/lib/stories/loadStories';
import { createStoryContext } from '../../src/lib/stories/storyContext';

describe('loadStories', () => {
  const content = loadContent();
  if (!content.ok) throw new Error('the curated data must be valid for this test');
  const { datasets } = content;
  const ctx = createStoryContext({
    facts: datasets.facts,
    sources: datasets.sources,
    places: datasets.places,
    map: datasets.map,
  });

  it("gives each edition's stories as one array on every call (caches keyed by it, e.g. the story charts, hit)", () => {
    const zh = loadStories(ctx);
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.every((s) => s.lang === 'zh')).toBe(true);
    expect(loadStories(ctx)).toBe(zh);
    const en = loadStories(ctx, undefined, 'en');
    expect(en.every((s) => s.lang === 'en')).toBe(true);
    expect(loadStories(ctx, undefined, 'en')).toBe(en);
  });
});
