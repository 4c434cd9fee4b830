import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DraftFact, extractDraft, MAX_ARTICLE_CHARS } from '../../src/lib/extract/extractDraft';
import { fixturePairings, fixturePlaces, fixtureProvinces } from '../fixtures/curatedFixture';

const reference = { provinces: fixtureProvinces, places: fixturePlaces, pairings: fixturePairings };
const raw = readFileSync('tests/fixtures/extract/article-traditional.txt', 'utf8');

function run(input: { raw: string; date?: string }) {
  const result = extractDraft({ file: '042_fixture.txt', reference, ...input });
  if (!result.ok) throw new Error(result.error);
  return result;
}

const byExpression = (facts: readonly DraftFact[], expression: string): DraftFact => {
  const fact = facts.find((f) => f.expression === expression);
  if (fact === undefined) throw new Error(`no fact ${expression}: ${facts.map((f) => f.expression).join(', ')}`);
  return fact;
};

describe('extractDraft on a small Traditional article', () => {
  const { draft, report } = run({ raw });

  it('reports what cleaning removed, with counts', () => {
    expect(report.removed.map((r) => [r.kind, r.what, r.count])).toEqual([
      ['mark', '◆', 1],
      ['gloss', '(xié)', 1],
      ['spam', 'j9九游会-真人游戏第一品牌', 1],
      ['chrome', 'site section label', 1],
    ]);
    expect(report.script).toBe('traditional');
  });

  it('reads the publication date printed in the text', () => {
    expect(report.date).toEqual({ value: '2021-10-18', from: 'text' });
    expect(draft.source.published).toEqual({
      date: '2021-10-18',
      inferred: false,
      note: 'Printed in the text: 2021-10-18.',
    });
  });

  it('proposes one fact per figure, quoting the article in its own script', () => {
    expect(draft.facts.map((f) => f.expression)).toEqual(['175名', '1,858名', '7135萬元', '24個', '3萬畝']);
    const cadres = byExpression(draft.facts, '175名');
    expect(cadres).toMatchObject({
      id: '042-01-people-cadres',
      metric: 'people.cadres',
      value: 175,
      unit: 'person',
      qualifier: 'exact',
      status: 'outcome',
      from: 'shandong',
      to: 'gansu',
      period: '2021-01..2021-09',
      evidence: { quote: '山東省向甘肅省選派掛職干部175名、專技人才1,858名', paragraph: 3 },
      _review: ['metric', 'places', 'period', 'status'],
    });
    expect(byExpression(draft.facts, '1,858名')).toMatchObject({ metric: 'people.professionals', value: 1858 });
  });

  it('guesses money, workshops and land with their places and periods', () => {
    expect(byExpression(draft.facts, '7135萬元')).toMatchObject({
      metric: 'funds.fiscal',
      value: 71_350_000,
      unit: 'yuan',
      from: 'qingdao-chengyang',
      to: 'dingxi-weiyuan',
      period: '..2021-10',
      evidence: { quote: '投入幫扶資金7135萬元', paragraph: 4 },
    });
    expect(byExpression(draft.facts, '24個')).toMatchObject({ metric: 'count.workshops', value: 24 });
    expect(byExpression(draft.facts, '3萬畝')).toMatchObject({
      metric: 'count.other',
      unit: 'mu',
      value: 30_000,
      at: 'dingxi-weiyuan',
      evidence: { quote: '渭源縣種植萬壽菊3萬畝', paragraph: 5 },
    });
  });

  it('explains every guess in the note', () => {
    expect(byExpression(draft.facts, '175名').note).toBe(
      'DRAFT — metric: keyword 挂职干部 before the figure; places: 山东省…向甘肃省; status: no plan/target words.',
    );
  });

  it('uses --date over a printed date and marks the date as given', () => {
    const withDate = run({ raw, date: '2021-11-30' });
    expect(withDate.report.date).toEqual({ value: '2021-11-30', from: 'option' });
    expect(byExpression(withDate.draft.facts, '7135萬元').period).toBe('..2021-11');
  });
});

describe('extractDraft refuses what it cannot read', () => {
  it('an empty article', () => {
    expect(extractDraft({ raw: ' \n\n', file: 'x.txt', reference })).toEqual({
      ok: false,
      error: 'the article is empty — check the file name',
    });
  });

  it('an article far too long to be one article', () => {
    const started = performance.now();
    const result = extractDraft({ raw: '协作'.repeat(2_600_000), file: 'big.txt', reference });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toEqual({
      ok: false,
      error: `the article has 5,200,000 characters; the helper reads at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} (about 30 pages) — is this really one article? Split it or cut the page chrome first`,
    });
  });
});
