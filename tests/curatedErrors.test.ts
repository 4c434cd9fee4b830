import { describe, expect, it } from 'vitest';
import { parseCuratedFile } from '../src/lib/data/loadCuratedFiles';
import { validateCurated } from '../src/lib/data/validateCurated';
import { formatProblem } from '../src/lib/problems/problem';
import { fixtureIndex, loaded, loadFixture, validCurated } from './fixtures/curatedFixture';

/** The formatted problems of a fixture after schema and cross-file validation. */
function problemsOf(...contents: unknown[]): string[] {
  const out: string[] = [];
  const files = [];
  for (const [i, content] of contents.entries()) {
    const name = i === 0 ? 'test-source' : `test-source-${i}`;
    const result = loadFixture(content, name);
    if (result.ok) files.push(result.loaded);
    else out.push(...result.problems.map(formatProblem));
  }
  return [...out, ...validateCurated(files, fixtureIndex).map(formatProblem)];
}

describe('a valid curated file', () => {
  it('passes with no problems', () => {
    expect(problemsOf(validCurated())).toEqual([]);
  });
});

describe('bad curated input: one clear message per problem, naming file, place, problem and fix', () => {
  it('malformed JSON', () => {
    const text = '{\n  "source": {\n    "id": "test-source"\n    "title": "x"\n  }\n}\n';
    expect(problemsOf(text)).toEqual([
      'data/curated/test-source.json:4:5 — malformed JSON: CommaExpected — check for a missing comma, quote or bracket just before this place',
    ]);
  });

  it('an empty file', () => {
    expect(problemsOf('')).toEqual([
      'data/curated/test-source.json:1 — the file is empty — write { "source": {…}, "facts": [] } or delete the file',
    ]);
  });

  it('a file that is not UTF-8', () => {
    const gbk = new Uint8Array([0x7b, 0xb6, 0xab, 0xce, 0xf7, 0x7d]); // "{东西}" in GBK
    const result = parseCuratedFile('data/curated/gbk.json', gbk);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'data/curated/gbk.json — the file is not valid UTF-8 text — save it as UTF-8 (without GBK/Big5 encoding)',
    ]);
  });

  it('an unknown metric', () => {
    const data = validCurated();
    (data.facts[0] as { metric: string }).metric = 'funds.magic';
    const [problem] = problemsOf(data);
    expect(problem).toMatch(
      /^data\/curated\/test-source\.json:\d+:\d+ \(facts\[0\]\.metric\) — "funds\.magic" is not allowed here — use one of "funds\.fiscal", /,
    );
  });

  it('an unknown place', () => {
    const data = validCurated();
    (data.facts[1] as { to: string }).to = 'atlantis';
    expect(problemsOf(data)).toEqual([
      expect.stringMatching(
        /^data\/curated\/test-source\.json:\d+:\d+ \(facts\[1\]\.to\) — unknown place "atlantis" — use a province id \(e\.g\. "shandong"\), a place id from data\/reference\/places\.json or "national"; add a new place to places\.json first$/,
      ),
    ]);
  });

  it('a value that disagrees with its original expression', () => {
    const data = validCurated();
    (data.facts[0] as { value: number }).value = 7135;
    expect(problemsOf(data)).toEqual([
      expect.stringContaining(
        '(facts[0].value) — value 7135 disagrees with its expression "7135万元", which reads as 71350000 — set "value": 71350000 (or correct the expression if the article writes it differently)',
      ),
    ]);
  });

  it('a period that does not parse', () => {
    const data = validCurated();
    (data.facts[0] as { period: string }).period = '2021年';
    expect(problemsOf(data)).toEqual([
      expect.stringContaining(
        '(facts[0].period) — "2021年" is not a period; write 2023, 2023-05, 2021..2023, 2021-01..2023-09 or ..2023-10 — see "Periods" in content/README.md',
      ),
    ]);
  });

  it('a fact id used twice, across files', () => {
    const first = validCurated();
    const second = validCurated();
    (second.source as { id: string }).id = 'test-source-1';
    expect(problemsOf(first, second)).toEqual([
      expect.stringContaining('data/curated/test-source-1.json:'),
      expect.stringContaining('data/curated/test-source-1.json:'),
    ]);
    expect(problemsOf(first, second)[0]).toContain(
      '(facts[0].id) — fact id "t-01-funds" is already used in data/curated/test-source.json:21 — give this fact a new, unique id',
    );
  });

  it('a pairing fact whose places are not paired', () => {
    const data = validCurated();
    (data.facts[0] as { from: string }).from = 'guangdong';
    expect(problemsOf(data)).toEqual([
      expect.stringContaining(
        '(facts[0].to) — "guangdong" and "dingxi-weiyuan" are not paired in data/reference/pairings.json — check both places, or add the pairing with its source to data/reference/pairings.json',
      ),
    ]);
  });

  it('joint givers of a province total: each paired with the province or a place in it, else an error', () => {
    const data = validCurated();
    // 新华社 2020-10-17: 天津市、山東省青島市、福建省福州市和廈門市累計向甘肅投入財政援助資金89.66億元 (福州 helped 定西).
    const fact = data.facts[0] as Record<string, unknown>;
    delete fact.from;
    Object.assign(fact, { jointFrom: ['qingdao', 'fuzhou'], to: 'gansu', period: '..2020-10' });
    expect(problemsOf(data).filter((p) => p.includes('jointFrom'))).toEqual([]);
    fact.jointFrom = ['qingdao', 'guangdong'];
    expect(problemsOf(data).filter((p) => p.includes('jointFrom'))).toEqual([
      expect.stringContaining(
        '(facts[0].jointFrom[1]) — "guangdong" and "gansu" are not paired in data/reference/pairings.json',
      ),
    ]);
  });

  it('a flow dated after its pairing ended', () => {
    const data = validCurated();
    Object.assign(data.facts[0] as object, { from: 'fuzhou', to: 'dingxi', period: '2023' });
    expect(problemsOf(data)).toEqual([
      expect.stringContaining('(facts[0].period) — fuzhou--dingxi was paired 1996–2021, but the period is 2023'),
    ]);
  });

  it('a missing field and an unknown field, located in the file', () => {
    const data = validCurated();
    delete (data.facts[0] as { unit?: string }).unit;
    (data.facts[1] as Record<string, unknown>).valeu = 4;
    const problems = problemsOf(data);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^data\/curated\/test-source\.json:20:5 \(facts\[0\]\.unit\) — missing field "unit" — add it/,
    );
    expect(problems[1]).toMatch(/\(facts\[1\]\) — unknown field "valeu" — remove it or check its spelling/);
  });

  it('a quote that does not contain the expression', () => {
    const data = validCurated();
    (data.facts[1] as { evidence: { quote: string } }).evidence.quote = '城渭两地互派干部';
    expect(problemsOf(data)[0]).toContain(
      '(facts[1].evidence.quote) — the quote must contain the expression "4名" verbatim',
    );
  });

  it('reports every problem, not just the first', () => {
    const data = validCurated();
    (data.facts[0] as { value: number }).value = 1;
    (data.facts[1] as { to: string }).to = 'atlantis';
    expect(problemsOf(data)).toHaveLength(2);
  });

  it('a source id that differs from its file name', () => {
    const data = validCurated();
    expect(loaded(data).data.source.id).toBe('test-source');
    const result = loadFixture(data, 'other-name');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'data/curated/other-name.json:3:5 (source.id) — source id "test-source" differs from the file name "other-name" — rename the file to test-source.json or set the id to "other-name"',
    ]);
  });
});

describe('what a figure measures: the source’s own words must be in the data', () => {
  it('互派 in the quote but a one-way fact', () => {
    const data = validCurated();
    delete (data.facts[1] as { direction?: string }).direction;
    expect(problemsOf(data)).toEqual([
      expect.stringMatching(
        /^data\/curated\/test-source\.json:\d+:\d+ \(facts\[1\]\.direction\) — the quote says "互派" \(both directions together\), but the fact is one way — set "direction": "mutual", or say in "directionNote" why this figure is one way$/,
      ),
    ]);
  });

  it('每县 in the quote but a total (浙江→四川 每县3900万元)', () => {
    const data = validCurated();
    Object.assign(data.facts[0] as object, {
      expression: '3900万元',
      value: 39000000,
      evidence: { quote: '其余受援县按每县3900万元', paragraph: 17 },
    });
    expect(problemsOf(data)).toEqual([
      expect.stringContaining(
        '(facts[0].basis) — the quote says "按每" (a per-unit standard), but the fact is a total — set "basis": "standard" (每县 N: an allocation rule, not a total)',
      ),
    ]);
  });

  it('累计 in the quote over a single year, with no note', () => {
    const data = validCurated();
    Object.assign(data.facts[0] as object, {
      period: '2021',
      evidence: { quote: '青岛市和城阳区已累计投入帮扶资金7135万元', paragraph: 17 },
    });
    expect(problemsOf(data)).toEqual([
      expect.stringContaining(
        '(facts[0].period) — the quote says 累计 (cumulative), but the period is the single year 2021 — write the cumulative period',
      ),
    ]);
  });

  it('a part of a figure of the same metric that is not marked as a subset', () => {
    const data = validCurated();
    data.facts.push({ ...(data.facts[0] as object), id: 't-03-part', partOf: 't-01-funds' });
    expect(problemsOf(data)).toEqual([
      expect.stringContaining(
        '(facts[2].partOf) — this fact is part of t-01-funds, a figure of the same metric, so it is not a total — set "basis": "subset"',
      ),
    ]);
  });

  it('a partOf that names no fact', () => {
    const data = validCurated();
    Object.assign(data.facts[0] as object, { partOf: 't-99-missing' });
    expect(problemsOf(data)).toEqual([
      expect.stringContaining('(facts[0].partOf) — "partOf" names "t-99-missing", which is no curated fact'),
    ]);
  });

  it('a signed figure that is not a target, a stock over a span, and a joint side beside a single one', () => {
    const data = validCurated();
    Object.assign(data.facts[0] as object, { stage: 'signed', coverage: 'stock', jointTo: ['gansu', 'shandong'] });
    const problems = problemsOf(data);
    expect(problems).toContainEqual(
      expect.stringContaining(
        '(facts[0].status) — a signed figure (签约) is a promise, not a delivery: set "status": "target"',
      ),
    );
    expect(problems).toContainEqual(
      expect.stringContaining(
        '(facts[0].period) — a stock (目前) is counted at one date: write the period as "..YYYY-MM" (the month it stood), not "2021-01..2021-11"',
      ),
    );
    expect(problems).toContainEqual(
      expect.stringContaining('(facts[0].jointTo) — a fact has either "to" or "jointTo", not both'),
    );
  });

  it('mutual on a metric that cannot flow both ways', () => {
    const data = validCurated();
    Object.assign(data.facts[0] as object, { direction: 'mutual' });
    expect(problemsOf(data)).toEqual([
      expect.stringContaining(
        '(facts[0].direction) — "mutual" is for people sent both ways (互派) or visits both ways (互访), not for funds.fiscal',
      ),
    ]);
  });
});
