import type { Token } from 'markdown-it';
import type { Problem } from '../problems/problem';
import { checkStoryInline } from './checkStoryInline';
import { storyMarkdown } from './createStoryMarkdown';
import { linkFactFigures } from './linkFactFigures';
import { markChineseRuns } from './markChineseRuns';
import { parseStoryBlock } from './parseStoryBlock';
import { isBlockKind } from './storyBlockSchemas';
import type { StoryContext } from './storyContext';
import type { StoryLanguage, StorySegment } from './types';

export interface ParsedBody {
  readonly segments: StorySegment[];
  /** Fact ids in blocks and `fact:` links, in order of use, without repeats. */
  readonly factIds: string[];
  readonly problems: Problem[];
}

/**
 * Parses a story body into prose segments (rendered HTML) and validated blocks. `bodyLine` is the file line the
 * body starts on, so problems name the line in the story file; `lang` is the language figure links are written in.
 */
export function parseStoryBody(
  body: string,
  bodyLine: number,
  file: string,
  ctx: StoryContext,
  lang: StoryLanguage = 'zh',
): ParsedBody {
  const md = storyMarkdown();
  const env = {};
  const tokens = md.parse(body, env);
  const segments: StorySegment[] = [];
  const factIds: string[] = [];
  const problems: Problem[] = [];
  let prose: Token[] = [];
  const flush = (): void => {
    const html = md.renderer.render(prose, md.options, env).trim();
    if (html !== '') segments.push({ kind: 'prose', html });
    prose = [];
  };
  for (const token of tokens) {
    const line = bodyLine + (token.map?.[0] ?? 0);
    const info = token.info.trim();
    if (token.type === 'fence' && isBlockKind(info)) {
      if (token.level > 0) {
        problems.push({
          file,
          line,
          path: info,
          message: `the ${info} block is inside a list or a quote`,
          fix: 'start the ``` fence at the beginning of a line, outside lists and quotes',
        });
        continue;
      }
      flush();
      const parsed = parseStoryBlock(info, token.content, line, file, ctx);
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        continue;
      }
      const block = parsed.block;
      segments.push(block);
      if (block.kind === 'chart') factIds.push(...block.facts.map((f) => f.id));
      if (block.kind === 'fact') factIds.push(block.fact.id);
      continue;
    }
    if (token.type === 'inline') {
      const linked = linkFactFigures(token, line, file, ctx, lang);
      factIds.push(...linked.factIds);
      problems.push(...linked.problems, ...checkStoryInline(token, line, file));
      if (lang === 'en') markChineseRuns(token);
    }
    prose.push(token);
  }
  flush();
  return { segments, factIds: [...new Set(factIds)], problems };
}
