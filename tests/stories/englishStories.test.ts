import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFactsCsv } from '../../src/lib/data/formatFactsCsv';
import { formatProblem } from '../../src/lib/problems/problem';
import { buildChartSeries } from '../../src/lib/stories/buildChartSeries';
import { englishStorySlugs, isChineseOnlyNotice } from '../../src/lib/stories/chineseOnlyNotices';
import { parseStory } from '../../src/lib/stories/parseStory';
import { checkStoryEditionFiles } from '../../src/lib/stories/storyEditions';
import type { ProseSegment } from '../../src/lib/stories/types';
import { fixtureContext, storyText, VALID_FRONT_MATTER } from '../fixtures/stories/storyContext';

/**
 * English stories: `content/stories/en/<slug>.md`, the English edition of the Chinese story of the same name, with
 * fact links written as the figure in English. Messages are pinned.
 */

const EN_FILE = 'content/stories/en/x.md';
/** The fixture's front matter, citing also the source of the 人次 fact. */
const FRONT_MATTER = VALID_FRONT_MATTER.map((l) =>
  l.startsWith('sources:')
    ? 'sources: [zhmzgtt-2024-02-huizhou-qianxinan, unknown-2024-02-national, rmrb-2023-11-yuegui]'
    : l,
);
/** The body starts on the line after the front matter's closing `---`. */
const BODY_LINE = FRONT_MATTER.length + 3;

function parseEnglish(body: string): { html: string; problems: string[] } {
  const parsed = parseStory(storyText(FRONT_MATTER, body), EN_FILE, fixtureContext, 'en');
  if (!parsed.ok) return { html: '', problems: parsed.problems.map(formatProblem) };
  const prose = parsed.story.segments.filter((s): s is ProseSegment => s.kind === 'prose');
  return { html: prose.map((s) => s.html).join('\n'), problems: [] };
}

describe('fact links in an English story', () => {
  it('keep the English figure as written and link to the English source page', () => {
    const { html, problems } = parseEnglish(
      'Aid came to [23.19 billion yuan](fact:000-10-funds-fiscal-national); [3,045 officials](fact:000-11-cadres-national) and [more than 28,000 people](fact:000-16-cadres-and-professionals-national) were exchanged, [](fact:001-08-people-cadres-guangdong-guangxi) in one pair.',
    );
    expect(problems).toEqual([]);
    expect(html).toContain('>23.19 billion yuan</a>');
    expect(html).toContain('>3,045 officials</a>');
    expect(html).toContain('>more than 28,000 people</a>');
    // Empty text is filled in; 人次 keeps its own word.
    expect(html).toContain('>376 person-times</a>');
    // The figure links to the English source page, so it names no other language.
    expect(html).toContain('href="/en/source/unknown-2024-02-national/#fact-000-10-funds-fiscal-national"');
    expect(html).not.toMatch(/href="\/en\/source\/[^"]*"[^>]*hreflang=/);
    expect(html).toMatch(/title="2023, full year · exact · Fiscal aid · China \(national\) · source: [^"]+"/);
    expect(html).not.toMatch(/231\.9亿元|3045人/);
  });

  it('refuse a rounded figure, a dropped qualifier, a Chinese figure or a missing unit word', () => {
    const line = BODY_LINE;
    expect(
      parseEnglish(
        [
          '[23.2 billion yuan](fact:000-10-funds-fiscal-national)',
          '[28,000 people](fact:000-16-cadres-and-professionals-national)',
          '[3045人](fact:000-11-cadres-national)',
          '[376](fact:001-08-people-cadres-guangdong-guangxi)',
        ].join('\n'),
      ).problems,
    ).toEqual([
      `content/stories/en/x.md:${line} (fact:000-10-funds-fiscal-national) — the link text "23.2 billion yuan" does not begin with the fact's figure in English, "23.19 billion yuan" (231.9亿元 in the source) — write [23.19 billion yuan](fact:000-10-funds-fiscal-national), or [](fact:000-10-funds-fiscal-national) to fill in "23.19 billion yuan"`,
      `content/stories/en/x.md:${line + 1} (fact:000-16-cadres-and-professionals-national) — the link text "28,000 people" does not begin with the fact's figure in English, "more than 28,000" (2.8万余人 in the source) — write [more than 28,000 …](fact:000-16-cadres-and-professionals-national) (the figure, then what is counted), or [](fact:000-16-cadres-and-professionals-national) to fill in "more than 28,000 people"`,
      `content/stories/en/x.md:${line + 2} (fact:000-11-cadres-national) — the link text "3045人" does not begin with the fact's figure in English, "3,045" (3045人 in the source) — write [3,045 …](fact:000-11-cadres-national) (the figure, then what is counted), or [](fact:000-11-cadres-national) to fill in "3,045 people"`,
      `content/stories/en/x.md:${line + 3} (fact:001-08-people-cadres-guangdong-guangxi) — the link text "376" does not begin with the fact's figure in English, "376 person-times" (376人次 in the source) — write [376 person-times](fact:001-08-people-cadres-guangdong-guangxi), or [](fact:001-08-people-cadres-guangdong-guangxi) to fill in "376 person-times"`,
    ]);
  });

  it('a Chinese story still takes the Chinese expression only', () => {
    const parsed = parseStory(
      storyText(VALID_FRONT_MATTER, '[23.19 billion yuan](fact:000-10-funds-fiscal-national)'),
      'content/stories/x.md',
      fixtureContext,
    );
    expect(parsed.ok).toBe(false);
  });
});

describe('English story files', () => {
  function storiesFolder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'shanhai-en-stories-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'national-2023.md'), 'zh');
    return dir;
  }

  it('pair with the Chinese story of the same name', () => {
    const dir = storiesFolder();
    writeFileSync(join(dir, 'en', 'national-2023.md'), 'en');
    const files = checkStoryEditionFiles(dir, 'content/stories');
    expect(files.problems).toEqual([]);
    expect(files.zh.map((f) => f.file)).toEqual(['content/stories/national-2023.md']);
    expect(files.en.map((f) => f.file)).toEqual(['content/stories/en/national-2023.md']);
  });

  it('without a Chinese story of the same name are refused, with the nearest name as a hint', () => {
    const dir = storiesFolder();
    writeFileSync(join(dir, 'en', 'national-2032.md'), 'en');
    writeFileSync(join(dir, 'en', 'overview.md'), 'en');
    const files = checkStoryEditionFiles(dir, 'content/stories');
    expect(files.en).toEqual([]);
    expect(files.problems.map(formatProblem)).toEqual([
      'content/stories/en/national-2032.md — there is no Chinese story content/stories/national-2032.md; an English story is the English edition of the Chinese story of the same name (its page is /en/stories/national-2032/, the Chinese one /stories/national-2032/) — rename it to national-2023.md if it is the English edition of content/stories/national-2023.md, or write the Chinese story content/stories/national-2032.md first',
      'content/stories/en/overview.md — there is no Chinese story content/stories/overview.md; an English story is the English edition of the Chinese story of the same name (its page is /en/stories/overview/, the Chinese one /stories/overview/) — write the Chinese story content/stories/overview.md first, or move this file out of content/stories/en/',
    ]);
  });

  it('are checked as files like the Chinese ones (names, extension)', () => {
    const dir = storiesFolder();
    writeFileSync(join(dir, 'en', 'National 2023.md'), 'en');
    const files = checkStoryEditionFiles(dir, 'content/stories');
    expect(files.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/stories\/en\/National 2023\.md — the name "National 2023" cannot be a page address/,
      ),
    ]);
  });
});

describe('charts in an English story', () => {
  it('are labelled, scaled and described in English, the figures in English', () => {
    const facts = ['003-20-fiscal-funds', '000-10-funds-fiscal-national'].map((id) => {
      const fact = fixtureContext.fact(id);
      if (fact === undefined) throw new Error(id);
      return fact;
    });
    const series = buildChartSeries('Fiscal aid', facts, fixtureContext, 'en');
    expect(series.unitLabel).toBe('billion yuan');
    expect(series.axisLabel).toBe('Fiscal aid (billion yuan)');
    expect(series.rows.map((r) => [r.label, r.value, r.expression, r.href])).toEqual([
      [
        'Huizhou → Qianxinan Buyei and Miao Autonomous Prefecture',
        0.357,
        '357 million yuan',
        '/en/source/zhmzgtt-2024-02-huizhou-qianxinan/#fact-003-20-fiscal-funds',
      ],
      [
        'China (national)',
        23.19,
        '23.19 billion yuan',
        '/en/source/unknown-2024-02-national/#fact-000-10-funds-fiscal-national',
      ],
    ]);
    expect(series.description).toBe(
      'Fiscal aid, 2023, full year: Huizhou → Qianxinan Buyei and Miao Autonomous Prefecture 357 million yuan; China (national) 23.19 billion yuan.',
    );
  });
});

describe('Chinese words in an English story', () => {
  it('are marked lang="zh-CN", and still escaped', () => {
    const { html } = parseEnglish('The word is 互派, "sending each other" (东西部协作) <b>.');
    expect(html).toBe(
      '<p>The word is <span lang="zh-CN">互派</span>, &quot;sending each other&quot; (<span lang="zh-CN">东西部协作</span>) &lt;b&gt;.</p>',
    );
  });
});

describe('Chinese-only notices', () => {
  it('are the /en/stories/ pages of stories without an English edition', () => {
    expect(isChineseOnlyNotice('https://shanhai.example.org/en/stories/yuegui/')).toBe(true);
    expect(isChineseOnlyNotice('https://shanhai.example.org/en/stories/national-2023/')).toBe(false);
    expect(isChineseOnlyNotice('https://shanhai.example.org/en/stories/')).toBe(false);
    expect(isChineseOnlyNotice('https://shanhai.example.org/stories/yuegui/')).toBe(false);
    expect(englishStorySlugs()).toEqual(['national-2023']);
  });
});

describe('the English CSV download', () => {
  it('has the same columns and rows as the Chinese one, its words in English and the source writing kept', () => {
    const fact = fixtureContext.fact('000-10-funds-fiscal-national');
    if (fact === undefined) throw new Error('fixture fact');
    const context = { sources: new Map(), places: {}, site: 'https://shanhai.example.org' };
    const [zhHead, zhRow] = formatFactsCsv([fact], context, 'plain').trim().split('\n');
    const [enHead, enRow] = formatFactsCsv([fact], { ...context, lang: 'en' }, 'plain')
      .trim()
      .split('\n');
    expect(enHead).toBe(zhHead);
    const cells = (row = '') => Object.fromEntries((enHead ?? '').split(',').map((c, i) => [c, row.split(',')[i]]));
    expect(cells(enRow)).toMatchObject({
      metric_label: 'Fiscal aid',
      unit_name: 'yuan',
      at_name: 'China (national)',
      period_label: '2023',
      expression: '231.9亿元',
      value: '23190000000',
    });
    expect(cells(zhRow)).toMatchObject({ metric_label: '财政援助资金', period_label: '2023年' });
  });
});
