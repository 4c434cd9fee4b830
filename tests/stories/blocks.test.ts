import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems/problem';
import { parseStory } from '../../src/lib/stories/parseStory';
import type { Story } from '../../src/lib/stories/types';
import { FILE, fixtureContext, storyText, VALID_FRONT_MATTER } from '../fixtures/stories/storyContext';

/** The body starts on line 13 (12 front-matter lines incl. both `---`); line 14 is a blank line, 15 the fence. */
const BODY_LINE = VALID_FRONT_MATTER.length + 3;

function parse(body: string): { story?: Story; problems: string[] } {
  const parsed = parseStory(storyText(VALID_FRONT_MATTER, body), FILE, fixtureContext);
  return parsed.ok ? { story: parsed.story, problems: [] } : { problems: parsed.problems.map(formatProblem) };
}

const fence = (kind: string, ...lines: string[]): string =>
  ['开头一段。', '', `\`\`\`${kind}`, ...lines, '```'].join('\n');
const FENCE_LINE = BODY_LINE + 2;

describe('map blocks', () => {
  it('parses a valid map section', () => {
    const { story, problems } = parse(
      fence('map', 'focus: guangdong--guangxi', 'metric: funds', 'period: "2022"', 'caption: 粤桂'),
    );
    expect(problems).toEqual([]);
    expect(story?.segments[1]).toEqual({
      kind: 'map',
      line: FENCE_LINE,
      focus: 'guangdong--guangxi',
      metric: 'funds',
      period: '2022',
      caption: '粤桂',
    });
  });

  it('accepts a valid period with no data on the map and no focus (national view)', () => {
    const { story, problems } = parse(fence('map', 'metric: labor', 'period: 1999'));
    expect(problems).toEqual([]);
    expect(story?.segments[1]).toEqual({ kind: 'map', line: FENCE_LINE, metric: 'labor', period: '1999' });
  });

  it('stops on an unknown metric, period or place with the file and line of the block', () => {
    expect(parse(fence('map', 'metric: money', 'period: "2022"')).problems).toEqual([
      `content/stories/x.md:${FENCE_LINE} (map.metric) — "money" is not a map metric — write metric: funds, cadres or labor`,
    ]);
    expect(parse(fence('map', 'metric: funds', 'period: 2022-13')).problems).toEqual([
      `content/stories/x.md:${FENCE_LINE} (map.period) — "2022-13" is not a period — write 2023, 2023-05, 2021..2023, 2021-01..2023-09 or ..2023-10`,
    ]);
    expect(parse(fence('map', 'focus: guangzhou', 'metric: funds', 'period: 2022')).problems).toEqual([
      `content/stories/x.md:${FENCE_LINE} (map.focus) — "guangzhou" is not a province or pairing on the map — write a province id (guangxi) or a pair id (guangdong--guangxi), or leave focus out for the national view`,
    ]);
    expect(parse(fence('map', 'period: 2022')).problems).toEqual([
      `content/stories/x.md:${FENCE_LINE} (map.metric) — the map block has no "metric" — add metric: funds, cadres or labor`,
    ]);
    expect(parse(fence('map', 'metric: funds', 'period: 2022', 'zoom: 3')).problems).toEqual([
      `content/stories/x.md:${FENCE_LINE} (map.zoom) — "zoom" is not a map block field — use focus, metric, period, caption`,
    ]);
  });

  it('reports invalid YAML in a block at its line', () => {
    expect(parse(fence('map', 'metric: [funds')).problems).toEqual([
      `content/stories/x.md:${FENCE_LINE + 1}:9 (map) — this "[" is never closed — close it with "]" on the same line, e.g. provinces: [guangdong, guangxi]`,
    ]);
    expect(parse(fence('map', 'metric: funds', 'metric: labor')).problems).toEqual([
      `content/stories/x.md:${FENCE_LINE + 2}:1 (map) — this field is written twice — keep one of the two lines`,
    ]);
  });

  it('refuses a block nested in a list', () => {
    expect(parse(['- 一项', '', '  ```fact', '  id: 003-20-fiscal-funds', '  ```'].join('\n')).problems).toEqual([
      `content/stories/x.md:${BODY_LINE + 2} (fact) — the fact block is inside a list or a quote — start the \`\`\` fence at the beginning of a line, outside lists and quotes`,
    ]);
  });
});

describe('chart blocks', () => {
  it('parses a valid chart with the facts resolved', () => {
    const { story, problems } = parse(
      fence('chart', 'title: 互派干部', 'facts: [003-06-cadres-to-qianxinan, 003-08-cadres-to-huizhou]'),
    );
    expect(problems).toEqual([]);
    const chart = story?.segments[1];
    expect(chart?.kind).toBe('chart');
    if (chart?.kind === 'chart') expect(chart.facts.map((f) => f.expression)).toEqual(['20名', '9名']);
    expect(story?.factIds).toEqual(['003-06-cadres-to-qianxinan', '003-08-cadres-to-huizhou']);
  });

  it('stops on an unknown fact, naming it and the line', () => {
    expect(
      parse(fence('chart', 'title: 干部', 'facts: [003-06-cadres-to-qianxinan, 003-99-nothing]')).problems,
    ).toEqual([
      `content/stories/x.md:${FENCE_LINE} (chart.facts[1]) — "003-99-nothing" is not a curated fact — use the "id" of a fact in data/curated/ (search the folder for it)`,
    ]);
  });

  it('stops on facts of different units (人 and 人次)', () => {
    expect(
      parse(
        fence('chart', 'title: 干部', 'facts: [003-06-cadres-to-qianxinan, 001-08-people-cadres-guangdong-guangxi]'),
      ).problems,
    ).toEqual([
      `content/stories/x.md:${FENCE_LINE} (chart.facts) — the facts mix units (003-06-cadres-to-qianxinan: 人, 001-08-people-cadres-guangdong-guangxi: 人次) — chart facts of one unit only; 人 and 人次 are different units`,
    ]);
  });

  it('needs a title and two facts', () => {
    expect(parse(fence('chart', 'facts: [003-06-cadres-to-qianxinan]')).problems).toEqual([
      `content/stories/x.md:${FENCE_LINE} (chart.title) — the chart block has no "title" — add title: what the bars compare`,
      `content/stories/x.md:${FENCE_LINE} (chart.facts) — a chart needs at least two facts — list two or more, or use a \`\`\`fact block for one`,
    ]);
  });
});

describe('fact blocks', () => {
  it('parses a valid fact callout', () => {
    const { story, problems } = parse(fence('fact', 'id: 000-10-funds-fiscal-national'));
    expect(problems).toEqual([]);
    const block = story?.segments[1];
    expect(block?.kind === 'fact' && block.fact.expression).toBe('231.9亿元');
  });

  it('stops on an unknown fact id with the line of the block', () => {
    expect(parse(fence('fact', 'id: 000-10-funds-fiscal')).problems).toEqual([
      `content/stories/x.md:${FENCE_LINE} (fact.id) — "000-10-funds-fiscal" is not a curated fact — use the "id" of a fact in data/curated/ (search the folder for it)`,
    ]);
  });

  it('keeps every block problem of a story, not just the first', () => {
    const body = [fence('fact', 'id: nope-1'), '', '```map', 'metric: x', 'period: 2022', '```'].join('\n');
    expect(parse(body).problems.map((p) => p.split(' — ')[0])).toEqual([
      `content/stories/x.md:${FENCE_LINE} (fact.id)`,
      `content/stories/x.md:${FENCE_LINE + 4} (map.metric)`,
    ]);
  });
});

describe('figure links in prose', () => {
  it('renders the expression linked to its source with period and qualifier in the title', () => {
    const { story, problems } = parse('全国派出干部人才[2.8万余人](fact:000-16-cadres-and-professionals-national)。');
    expect(problems).toEqual([]);
    const prose = story?.segments[0];
    expect(prose?.kind === 'prose' && prose.html).toBe(
      '<p>全国派出干部人才<a href="/source/unknown-2024-02-national/#fact-000-16-cadres-and-professionals-national" title="2023年全年 · 互派（双向合计） · 下限（多、余、超过） · 干部和专业技术人才（合计） · 全国 · 来源：unknown (the scraped page prints only the section name 新闻中心; a central-media feature quoting 农业农村部区域协作促进司, outlet not printed)，2024-02-01" class="fact-link">2.8万余人</a>。</p>',
    );
  });

  it('fills in an empty link text and marks targets', () => {
    const { story } = parse('协议资金[](fact:003-05-agreement-task-funds)。');
    const prose = story?.segments[0];
    expect(prose?.kind === 'prose' && prose.html).toContain('class="fact-link is-target">3.57亿元</a>');
    expect(prose?.kind === 'prose' && prose.html).toContain('（目标，非实绩）');
  });

  it('stops on an unknown id or a figure that is not the fact’s, with the line', () => {
    expect(parse('第一行\n第二行 [1万人](fact:000-99-none)').problems).toEqual([
      `content/stories/x.md:${BODY_LINE + 1} (fact:000-99-none) — "000-99-none" is not a curated fact — use the "id" of a fact in data/curated/ (search the folder for it)`,
    ]);
    expect(parse('[3万人](fact:000-11-cadres-national)').problems).toEqual([
      `content/stories/x.md:${BODY_LINE} (fact:000-11-cadres-national) — the link text "3万人" is not the fact's figure "3045人" — write [3045人](fact:000-11-cadres-national), or [](fact:000-11-cadres-national) to fill it in`,
    ]);
  });
});
