/**
 * The repository's real curated content, loaded once per test file, with the story context built over it: for tests
 * whose known answers are the site's own figures. Fails the file at once (with the first problems) when the content
 * itself does not pass its checks, since every such test would fail for that reason.
 */
import { loadContent } from '../../src/lib/data/loadContent';
import { createStoryContext } from '../../src/lib/stories/storyContext';

export function curatedContent() {
  const content = loadContent();
  if (!content.ok) throw new Error(`the curated content has problems: ${JSON.stringify(content.problems.slice(0, 3))}`);
  const { datasets } = content;
  const ctx = createStoryContext({
    facts: datasets.facts,
    sources: datasets.sources,
    places: datasets.places,
    map: datasets.map,
  });
  return { datasets, ctx };
}
