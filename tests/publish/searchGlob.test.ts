import { describe, expect, it } from 'vitest';
import { searchGlob } from '../../src/lib/publish/searchGlob';

describe('searchGlob', () => {
  it('reads the root, en/ and every folder but the embeds, the assets and the index itself', () => {
    expect(searchGlob(['stories', 'embed', 'en', '_astro', 'pagefind', 'about'], ['embed', 'stories'])).toBe(
      '{*.html,about/**/*.html,stories/**/*.html,en/*.html,en/stories/**/*.html}',
    );
  });
  it('has no en/ part for a site without an English edition', () => {
    expect(searchGlob(['stories'], [])).toBe('{*.html,stories/**/*.html}');
  });
});
