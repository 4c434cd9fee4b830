import type { Problem } from '../problems/problem';
import { parseFrontMatter } from './parseFrontMatter';
import { parseStoryBody } from './parseStoryBody';
import { splitFrontMatter } from './splitFrontMatter';
import type { StoryContext } from './storyContext';
import type { Story, StoryLanguage } from './types';

/**
 * Parses one story file (`content/stories/<slug>.md`, or `content/stories/en/<slug>.md` for `lang` en): front
 * matter, body, blocks and figure links, all validated against the data. Returns every problem found, each naming
 * the file and line.
 */
export function parseStory(
  text: string,
  file: string,
  ctx: StoryContext,
  lang: StoryLanguage = 'zh',
): { ok: true; story: Story } | { ok: false; problems: Problem[] } {
  const split = splitFrontMatter(text, file);
  if (!split.ok) return { ok: false, problems: [split.problem] };
  const { yaml, yamlLine, body, bodyLine } = split.value;
  const emptyBody: Problem[] =
    body.trim() === ''
      ? [
          {
            file,
            line: bodyLine,
            message: 'the story has no text after its front matter',
            fix: 'write the story below the closing "---" line, or move the file out of content/stories/ until it is ready',
          },
        ]
      : [];
  const front = parseFrontMatter(yaml, yamlLine, file, ctx);
  const parsed = parseStoryBody(body, bodyLine, file, ctx, lang);
  const problems = [...(front.ok ? [] : front.problems), ...emptyBody, ...parsed.problems];
  if (front.ok) {
    const listed = new Set(front.meta.sources);
    const missing = new Map<string, string>();
    for (const id of parsed.factIds) {
      const sourceId = ctx.fact(id)?.sourceId;
      if (sourceId !== undefined && !listed.has(sourceId) && !missing.has(sourceId)) missing.set(sourceId, id);
    }
    for (const [sourceId, id] of missing) {
      problems.push({
        file,
        line: yamlLine,
        path: 'sources',
        message: `the story uses ${id} from source "${sourceId}", which "sources" does not list`,
        fix: `add ${sourceId} to sources`,
      });
    }
  }
  if (!front.ok || problems.length > 0) return { ok: false, problems };
  const slug = file.replace(/^.*\//, '').replace(/\.md$/, '');
  return {
    ok: true,
    story: { slug, lang, file, meta: front.meta, segments: parsed.segments, factIds: parsed.factIds },
  };
}
