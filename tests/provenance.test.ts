import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/problems/problem';
import { articleParagraphs, verifyProvenance } from '../src/lib/provenance/verifyProvenance';
import { loaded, validCurated } from './fixtures/curatedFixture';

// A tiny stand-in for article 002: paragraph 12 and 17 hold the fixture's two quotes (one with a ◆ mark and
// spam inside, as the scraped articles have).
const lines = Array.from({ length: 20 }, (_, i) => `第${i + 1}段。`);
lines[11] = '目前,城渭两地互派4名干部◆分别到当地县(区)政府挂职。';
lines[16] = '结对帮扶以来,青岛市和城阳区已投入帮扶资金7135万元,用于特色产业。';
const article = lines.join('\n\n');
const read = (file: string) => (file === '002_3b8787922281874d.txt' ? article : undefined);

describe('verifyProvenance', () => {
  it('finds each quote in the paragraph it names, ignoring noise and blank lines', () => {
    expect(articleParagraphs(article)).toHaveLength(20);
    const report = verifyProvenance([loaded(validCurated())], read);
    expect(report.problems).toEqual([]);
    expect(report.checkedAgainstText).toBe(2);
  });

  it('says where a quote really is when the paragraph index is wrong', () => {
    const data = validCurated();
    (data.facts[0] as { evidence: { paragraph: number } }).evidence.paragraph = 3;
    const [problem] = verifyProvenance([loaded(data)], read).problems;
    expect(problem && formatProblem(problem)).toMatch(
      /\(facts\[0\]\.evidence\.paragraph\) — the quote is in paragraph 17, not 3 — set "paragraph": 17$/,
    );
  });

  it('rejects a quote that is not in the article', () => {
    const data = validCurated();
    (data.facts[1] as { evidence: { quote: string } }).evidence.quote = '城渭两地互派4名干部到北京';
    const [problem] = verifyProvenance([loaded(data)], read).problems;
    expect(problem?.message).toBe('the quote "城渭两地互派4名干部到北京" is not in 002_3b8787922281874d.txt');
  });

  it('counts clause-only sources apart instead of skipping them silently', () => {
    const data = validCurated();
    Object.assign(data.source, { evidence: 'clause-only', file: undefined, url: 'https://example.org/a.html' });
    delete (data.source as { file?: string }).file;
    const report = verifyProvenance([loaded(data)], read);
    expect(report).toMatchObject({ checkedAgainstText: 0, clauseOnly: 2, sources: { archived: 0, clauseOnly: 1 } });
  });

  it('reports a missing article file', () => {
    const report = verifyProvenance([loaded(validCurated())], () => undefined);
    expect(report.problems.map((p) => p.message)).toEqual([
      'article file "002_3b8787922281874d.txt" not found in the sources folder',
    ]);
  });
});
