import { loadContent } from '../../src/lib/data/loadContent';
import { createStoryContext, type StoryContext } from '../../src/lib/stories/storyContext';

/** The story context of the real curated data (as the site build makes it), for tests that parse real stories. */
export function curatedStoryContext(): StoryContext {
  const content = loadContent();
  if (!content.ok) throw new Error('the curated data must be valid for this test');
  const { facts, sources, places, map } = content.datasets;
  return createStoryContext({ facts, sources, places, map });
}
