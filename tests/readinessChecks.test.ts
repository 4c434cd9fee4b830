import { describe, expect, it } from 'vitest';
import { checkReadiness, type RoleOf } from '../src/lib/data/checks/checkReadiness';
import { formatProblemsByFact } from '../src/lib/data/checks/formatProblemsByFact';
import { improveProblems } from '../src/lib/data/checks/improveProblems';
import { findNearMatch } from '../src/lib/data/checks/nearMatch';
import { formatProblem, type Problem } from '../src/lib/problems/problem';
import { fixtureIndex, loaded, loadFixture, validCurated } from './fixtures/curatedFixture';

const roles: Record<string, 'east' | 'west'> = { shandong: 'east', guangdong: 'east', fujian: 'east', gansu: 'west' };
const roleOf: RoleOf = (id) => roles[fixtureIndex.get(id)?.province ?? ''];

/** The problems the readiness rules find in a fixture changed by `edit`, one formatted line each. */
function problemsOf(edit: (file: ReturnType<typeof validCurated>) => void): string[] {
  const file = validCurated();
  edit(file);
  return checkReadiness([loaded(file)], roleOf).problems.map(formatProblem);
}

const F = 'data/curated/test-source.json';

describe('checkReadiness: what is not ready to publish', () => {
  it('passes the valid fixture', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('refuses TODO and DRAFT text left by the extraction helper', () => {
    expect(
      problemsOf((f) => {
        f.source.outlet = 'TODO';
        (f.facts[0] as Record<string, unknown>).note = 'DRAFT — metric: keyword 帮扶资金 before the figure.';
      }),
    ).toEqual([
      `${F}:5:5 (source.outlet) — still holds the extraction helper's draft text "TODO" — write the real value from the article; TODO marks what the helper could not know`,
      `${F}:35:7 (facts[0].note) — still holds the extraction helper's draft text "DRAFT — metric: keyword 帮扶资金 before the…" — rewrite the note in your own words (say what the figure covers), or delete it`,
    ]);
  });

  it('refuses an unset publication date', () => {
    expect(
      problemsOf((f) => {
        f.source.published = { date: '0000-00-00', inferred: true, note: 'worked out from the figures' };
      }),
    ).toEqual([
      `${F}:10:7 (source.published.date) — the publication date is not set — write the date printed in the article (YYYY-MM-DD), or work it out and set "inferred": true with a note`,
    ]);
  });

  it('refuses a partOf that names no fact, suggesting the near id', () => {
    expect(
      problemsOf((f) => {
        (f.facts[1] as Record<string, unknown>).partOf = 't-01-fund';
      }),
    ).toEqual([
      `${F}:52:7 (facts[1].partOf) — "partOf" names "t-01-fund", which is no fact — did you mean "t-01-funds"?`,
    ]);
  });

  it('refuses a part larger than its whole', () => {
    expect(
      problemsOf((f) => {
        f.facts.push({
          ...f.facts[0],
          id: 't-03-funds-part',
          expression: '8000万元',
          value: 80000000,
          partOf: 't-01-funds',
          evidence: { quote: '其中8000万元用于产业', paragraph: 17 },
        });
      }),
    ).toEqual([
      `${F}:57:7 (facts[2].value) — a part (8000万元) is larger than its whole "t-01-funds" (7135万元) — check both figures against the article, and whether this one really is part of that one`,
    ]);
  });

  it('refuses a flow against its metric’s direction', () => {
    expect(
      problemsOf((f) => {
        Object.assign(f.facts[0] as object, { from: 'dingxi-weiyuan', to: 'qingdao' });
      }),
    ).toEqual([
      `${F}:28:7 (facts[0].from) — funds.fiscal runs giver → receiver, but this fact runs from the west side ("dingxi-weiyuan") to the east side ("qingdao") — swap "from" and "to" (the giver comes first)`,
    ]);
  });

  it('refuses workers going east written west-bound, and suggests the right metric for jobs', () => {
    const lines = problemsOf((f) => {
      // The fixture's cadres figure is 互派 (direction: mutual, which the rule respects): make it one-way here.
      Object.assign(f.facts[1] as object, {
        metric: 'labor.transferred-east',
        expression: '4名',
        unit: 'person',
        direction: undefined,
      });
      Object.assign(f.facts[0] as object, {
        metric: 'labor.employed',
        expression: '300人',
        value: 300,
        unit: 'person',
        from: 'dingxi-weiyuan',
        to: 'qingdao',
        evidence: { quote: '渭源县300人到青岛务工', paragraph: 17 },
      });
    });
    expect(lines).toEqual([
      `${F}:28:7 (facts[0].from) — labor.employed runs helping side → workers' home, but this fact runs from the west side ("dingxi-weiyuan") to the east side ("qingdao") — swap "from" and "to", or use labor.transferred-east for workers going east`,
      `${F}:44:7 (facts[1].from) — labor.transferred-east runs workers' home → eastern destination, but this fact runs from the east side ("qingdao-chengyang") to the west side ("dingxi-weiyuan") — swap "from" and "to" (the giver comes first)`,
    ]);
  });

  it('refuses a flow metric written with "at"', () => {
    expect(
      problemsOf((f) => {
        const fact = f.facts[0] as Record<string, unknown>;
        delete fact.from;
        delete fact.to;
        fact.at = 'dingxi-weiyuan';
      }),
    ).toEqual([
      `${F}:33:7 (facts[0].at) — funds.fiscal is a flow (giver → receiver) but the fact gives "at": "dingxi-weiyuan" — write "from" and "to" instead; "at" is for national totals and figures about one place`,
    ]);
  });

  it('refuses an outcome ending after its article was published, and warns on a whole publication year', () => {
    const file = validCurated();
    f(file, 0).period = '2021-01..2022-03';
    f(file, 1).period = '2021';
    const { problems, warnings } = checkReadiness([loaded(file)], roleOf);
    expect(problems.map(formatProblem)).toEqual([
      `${F}:30:7 (facts[0].period) — an outcome for 2021-01..2022-03 ends after the article was published (2021-11-13) — an article cannot report months after its date: check the period, or set "status": "target" if it is a plan`,
    ]);
    expect(warnings.map(formatProblem)).toEqual([
      `${F}:47:7 (facts[1].period) — the outcome period 2021 runs to December, but the article was published 2021-11-13 — write the months it covers (e.g. ..2021-11), or say in "periodNote" why the whole year`,
    ]);
  });

  it('refuses two figures of one clause that a reader cannot tell apart', () => {
    expect(
      problemsOf((f) => {
        f.facts.push({ ...f.facts[0], id: 't-03-funds', expression: '7135万元' });
      }),
    ).toEqual([
      `${F}:55:7 (facts[2].metric) — gives the same metric, places and period as "t-01-funds" from the same clause, so a reader cannot tell 7135万元 and 7135万元 apart — give one a different metric, places, period or "basis", or say in both notes what each counts`,
    ]);
  });

  it('accepts such twins when both notes say what each counts', () => {
    expect(
      problemsOf((f) => {
        Object.assign(f.facts[0] as object, { note: '青岛市投入的部分' });
        f.facts.push({ ...f.facts[0], id: 't-03-funds', note: '城阳区投入的部分' });
      }),
    ).toEqual([]);
  });
});

const f = (file: ReturnType<typeof validCurated>, i: number): Record<string, unknown> =>
  file.facts[i] as Record<string, unknown>;

describe('improveProblems: near matches and the script of a quote', () => {
  const placeIds = ['national', 'shandong', 'gansu', 'qingdao', 'qingdao-chengyang', 'dingxi', 'dingxi-weiyuan'];
  const schemaProblems = (edit: (file: ReturnType<typeof validCurated>) => void): Problem[] => {
    const file = validCurated();
    edit(file);
    const result = loadFixture(file);
    if (result.ok) throw new Error('expected schema problems');
    return improveProblems(result.problems, { placeIds, readJson: () => file });
  };

  it('suggests the place id an editor meant', () => {
    const [p] = improveProblems(
      [{ file: F, path: 'facts[0].to', message: 'unknown place "weiyuan"', fix: 'use a province id' }],
      { placeIds, readJson: () => undefined },
    );
    expect(p?.fix).toBe('did you mean "dingxi-weiyuan"? Otherwise use a province id');
  });

  it('names a misspelt metric and its near match in one line', () => {
    const lines = schemaProblems((file) => {
      f(file, 0).metric = 'funds.fical';
    }).map(formatProblem);
    expect(lines).toEqual([
      `${F}:22:7 (facts[0].metric) — unknown metric "funds.fical" — did you mean "funds.fiscal"? (every metric is listed in content/README.md)`,
    ]);
  });

  it('says a Simplified expression against a Traditional quote is a script mismatch, not a wrong value', () => {
    const lines = schemaProblems((file) => {
      Object.assign(f(file, 0), {
        expression: '7135万元',
        evidence: { quote: '已投入幫扶資金7135萬元', paragraph: 17 },
      });
    }).map(formatProblem);
    expect(lines).toEqual([
      `${F}:32:9 (facts[0].evidence.quote) — the expression "7135万元" is not written as in the quote, which has "7135萬元" (another script) — copy the expression from the quote as the article writes it: "expression": "7135萬元"`,
    ]);
  });

  it('says draft-only fields are to be deleted, and keeps a missing metric to one short line', () => {
    const lines = schemaProblems((file) => {
      Object.assign(f(file, 0), { _review: ['metric'] });
      delete f(file, 1).metric;
    }).map(formatProblem);
    expect(lines).toEqual([
      `${F}:20:5 (facts[0]) — unknown field "_review" — delete it: "_review", "_confidence" and "_setAside" belong to drafts only (content/README.md §2)`,
      `${F}:39:5 (facts[1].metric) — missing field "metric" — add it: a metric id from the table in content/README.md §4, e.g. "funds.fiscal"`,
    ]);
  });

  it('keeps identical problems once', () => {
    const p: Problem = { file: F, path: 'facts[0].unit', message: 'missing field "unit"', fix: 'add it' };
    expect(improveProblems([p, p], { placeIds, readJson: () => undefined })).toEqual([p]);
  });
});

describe('findNearMatch', () => {
  it('finds the id that ends with what was typed, or one a typo away, and nothing for a stranger', () => {
    expect(findNearMatch('dongli', ['tianjin-dongli', 'tianjin-hexi'])).toBe('tianjin-dongli');
    expect(findNearMatch('people.cadre', ['people.cadres', 'people.medics'])).toBe('people.cadres');
    expect(findNearMatch('xyz', ['tianjin-dongli'])).toBeUndefined();
  });
});

describe('formatProblemsByFact', () => {
  it('groups one line per problem under a heading per fact', () => {
    const problems: Problem[] = [
      { file: F, line: 3, path: 'source.outlet', message: 'a', fix: 'b' },
      { file: F, line: 20, path: 'facts[0].metric', message: 'c', fix: 'd' },
      { file: F, line: 27, path: 'facts[0].period', message: 'e', fix: 'f' },
    ];
    expect(formatProblemsByFact(problems, (_file, i) => `t-0${i + 1}-funds`)).toBe(
      [
        `${F} (1 problem)`,
        `  ${F}:3 (source.outlet) — a — b`,
        `${F} — fact 0 "t-01-funds" (2 problems)`,
        `  ${F}:20 (facts[0].metric) — c — d`,
        `  ${F}:27 (facts[0].period) — e — f`,
      ].join('\n'),
    );
  });
});
