import { describe, expect, it } from 'vitest';
import { loadStories } from '../../src/lib/stories/loadStories';
import { curatedContent } from '../support/curatedContent';

describe('loadStories', () => {
  const { ctx } = curatedContent();

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
