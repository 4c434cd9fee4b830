import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems/problem';
import { parseStory } from '../../src/lib/stories/parseStory';
import { FILE, fixtureContext, storyText, VALID_FRONT_MATTER } from '../fixtures/stories/storyContext';

/** The formatted problems of a story with `VALID_FRONT_MATTER` where line `index` (0-based) is replaced. */
function problemsWith(index: number, line: string | null): string[] {
  const fm = [...VALID_FRONT_MATTER];
  if (line === null) fm.splice(index, 1);
  else fm[index] = line;
  const parsed = parseStory(storyText(fm), FILE, fixtureContext);
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
}

describe('story front matter', () => {
  it('accepts a valid front matter and reads the hero state', () => {
    const parsed = parseStory(storyText(VALID_FRONT_MATTER), FILE, fixtureContext);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.story.slug).toBe('x');
      expect(parsed.story.meta.hero).toEqual({ focus: 'guangdong--guizhou', metric: 'cadres', period: '2023' });
    }
  });

  it('names the line and field of an impossible date', () => {
    expect(problemsWith(2, 'date: 2023-13-01')).toEqual([
      'content/stories/x.md:4 (date) — "2023-13-01" is not a date — write YYYY-MM-DD',
    ]);
    expect(problemsWith(2, 'date: 2023-02-30')).toEqual([
      'content/stories/x.md:4 (date) — "2023-02-30" is not a date — write YYYY-MM-DD',
    ]);
  });

  it('refuses a story dated before the latest source it cites, naming that source and its date', () => {
    expect(problemsWith(2, 'date: 2024-02-10')).toEqual([
      'content/stories/x.md:4 (date) — the story is dated 2024-02-10, before the latest source it cites ("zhmzgtt-2024-02-huizhou-qianxinan", published 2024-02-15) — set date: to the day the story was written or last revised, no earlier than 2024-02-15, or remove that source from the story',
    ]);
    expect(problemsWith(2, 'date: 2024-02-15')).toEqual([]);
  });

  it('names a missing field', () => {
    expect(problemsWith(1, null)).toEqual([
      'content/stories/x.md:1 (dek) — the front matter has no "dek" — add dek: a one-sentence summary',
    ]);
  });

  it('names an unknown field', () => {
    expect(problemsWith(0, 'headline: 惠州')).toEqual([
      'content/stories/x.md:1 (title) — the front matter has no "title" — add title: the headline',
      'content/stories/x.md:2 (headline) — "headline" is not a front matter field — use title, dek, date, byline, provinces, sources, hero',
    ]);
  });

  it('checks province and source ids against the data', () => {
    expect(problemsWith(4, 'provinces: [guangdong, qianxinan]')).toEqual([
      'content/stories/x.md:6 (provinces[1]) — "qianxinan" is not a province id — use a pinyin province id such as guangxi, gansu or neimenggu',
    ]);
    expect(problemsWith(5, 'sources: [no-such-source]')).toEqual([
      'content/stories/x.md:7 (sources[0]) — "no-such-source" is not a source in data/curated — use the "source.id" of a file in data/curated/',
    ]);
  });

  it('checks the hero map state', () => {
    expect(problemsWith(8, '  metric: money')).toEqual([
      'content/stories/x.md:10 (hero.metric) — "money" is not a map metric — write metric: funds, cadres or labor',
    ]);
    expect(problemsWith(9, '  period: 2023-13')).toEqual([
      'content/stories/x.md:11 (hero.period) — "2023-13" is not a period — write 2023, 2023-05, 2021..2023, 2021-01..2023-09 or ..2023-10',
    ]);
    expect(problemsWith(7, '  focus: guangdong-guangxi')).toEqual([
      'content/stories/x.md:9 (hero.focus) — "guangdong-guangxi" is not a province or pairing on the map — write a province id (guangxi) or a pair id (guangdong--guangxi), or leave focus out for the national view',
    ]);
  });

  it('reads an unquoted year as a period', () => {
    expect(problemsWith(9, '  period: 2023')).toEqual([]);
  });

  it('reports a YAML syntax error once, at the line and column of the slip, in words', () => {
    // The parser places an unclosed "[" on the next line, and an indented line on the line before it.
    expect(problemsWith(3, 'byline: [山海')).toEqual([
      'content/stories/x.md:5:9 — this "[" is never closed — close it with "]" on the same line, e.g. provinces: [guangdong, guangxi]',
    ]);
    expect(problemsWith(2, ' date: 2024-03-01')).toEqual([
      'content/stories/x.md:4:1 — this line is indented, so YAML reads it as part of the field on the line before — start each field at the beginning of the line; only fields inside another (as under "hero:") are indented, by two spaces',
    ]);
    expect(problemsWith(0, 'title: 粤桂协作: 三年')).toEqual([
      'content/stories/x.md:2:8 — a second ": " in this line; YAML reads the text after the first one as a nested field — put the value in quotes, e.g. title: "粤桂协作: 三年"',
    ]);
    expect(problemsWith(1, 'dek 一年的协作。')).toEqual([
      'content/stories/x.md:3:1 — this line has no ": " between the field name and its value — write "field: value", with a space after the colon',
    ]);
    expect(problemsWith(8, '\tmetric: cadres')).toEqual([
      'content/stories/x.md:10:1 — a tab is used for indenting — indent with two spaces',
    ]);
  });

  it('refuses a story with front matter and no text', () => {
    const parsed = parseStory(storyText(VALID_FRONT_MATTER, '\n\n'), FILE, fixtureContext);
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      'content/stories/x.md:13 — the story has no text after its front matter — write the story below the closing "---" line, or move the file out of content/stories/ until it is ready',
    ]);
  });

  it('requires front matter', () => {
    const parsed = parseStory('# 标题\n', FILE, fixtureContext);
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      'content/stories/x.md:1 — the story has no front matter — start the file with a line "---", the fields title, dek, date, byline, provinces, sources and hero, then "---"',
    ]);
  });

  it('requires every source a fact comes from to be listed', () => {
    const fm = [...VALID_FRONT_MATTER];
    fm[5] = 'sources: [zhmzgtt-2024-02-huizhou-qianxinan]';
    const parsed = parseStory(storyText(fm, '全国 [](fact:000-10-funds-fiscal-national)。'), FILE, fixtureContext);
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      'content/stories/x.md:2 (sources) — the story uses 000-10-funds-fiscal-national from source "unknown-2024-02-national", which "sources" does not list — add unknown-2024-02-national to sources',
    ]);
  });
});
