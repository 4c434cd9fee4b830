import { findMetric } from '../../model/metrics';
import { parsePeriod } from '../../period/parsePeriod';
import { formatJsonPath, locateJsonPath } from '../../problems/locateJson';
import type { Problem } from '../../problems/problem';
import type { CuratedFact } from '../../schema/curatedFile';
import { isIsoDate } from '../../stories/storyFrontMatterSchema';
import type { LoadedCuratedFile } from '../loadCuratedFiles';
import { findDraftText } from './findDraftText';
import { findNearMatch } from './nearMatch';

/** What the readiness rules need to know of a place: its programme role (east gives, west receives). */
export type RoleOf = (placeId: string) => 'east' | 'west' | 'none' | 'national' | undefined;

/**
 * Flow metrics whose direction is fixed by the programme: money and workers' jobs go from the eastern helper to
 * the western side; workers transferred east go the other way. People (cadres, professionals) are sent both ways.
 */
const EAST_TO_WEST = new Set([
  'funds.fiscal',
  'funds.social',
  'funds.investment',
  'funds.consumption',
  'labor.employed',
  'labor.employed-poor',
  'labor.local',
]);
const WEST_TO_EAST = new Set(['labor.transferred-east']);

/**
 * A money, people or labour metric read as from → to, which therefore needs `from`/`to` rather than `at` (except
 * for national totals). Counts (企业, 项目) are often reported at the receiving place and stay allowed there.
 */
function isDirectedFlow(metric: string): boolean {
  const def = findMetric(metric);
  if (def === undefined || def.family === 'count') return false;
  return def.flow.includes('→') && !def.flow.includes('where stated');
}

/** Readiness findings: problems stop the build; warnings are printed for the editor and do not. */
export interface Readiness {
  readonly problems: Problem[];
  readonly warnings: Problem[];
}

const short = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/**
 * The rules that decide whether curated files are ready to publish, beyond their schema and the reference data
 * (`validateCurated`): no draft text left, the source's date set, `partOf` naming a real and larger fact, flows
 * in their metric's direction and written with from/to, no outcome ending after its article was published, and
 * no two figures of one clause that a reader could not tell apart. Every problem is located in its file.
 */
export function checkReadiness(files: readonly LoadedCuratedFile[], roleOf: RoleOf): Readiness {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const allFacts = new Map<string, CuratedFact>();
  for (const { data } of files) for (const f of data.facts) allFacts.set(f.id, f);

  for (const { file, text, data } of files) {
    const at = (path: readonly (string | number)[], message: string, fix: string, list = problems): void => {
      list.push({ file, ...locateJsonPath(text, path), path: formatJsonPath(path), message, fix });
    };

    for (const draft of findDraftText(data)) {
      const note = draft.path.at(-1) === 'note' || draft.path.at(-1) === 'confidenceNote';
      at(
        draft.path,
        `still holds the extraction helper's draft text "${short(draft.text)}"`,
        note
          ? 'rewrite the note in your own words (say what the figure covers), or delete it'
          : 'write the real value from the article; TODO marks what the helper could not know',
      );
    }

    const { published } = data.source;
    if (/^0000/.test(published.date)) {
      at(
        ['source', 'published', 'date'],
        'the publication date is not set',
        'write the date printed in the article (YYYY-MM-DD), or work it out and set "inferred": true with a note',
      );
    }
    const publishedMonth = published.date.slice(0, 7);

    const sameClause = new Map<string, number>();
    data.facts.forEach((fact, i) => {
      const base: (string | number)[] = ['facts', i];

      if (fact.partOf !== undefined) {
        const whole = allFacts.get(fact.partOf);
        if (whole === undefined) {
          const near = findNearMatch(fact.partOf, allFacts.keys());
          at(
            [...base, 'partOf'],
            `"partOf" names "${fact.partOf}", which is no fact`,
            near === undefined
              ? 'use the id of the fact this figure is a part of, or delete "partOf"'
              : `did you mean "${near}"?`,
          );
        } else if (whole.unit === fact.unit && whole.value < fact.value) {
          at(
            [...base, 'value'],
            `a part (${fact.expression}) is larger than its whole "${whole.id}" (${whole.expression})`,
            'check both figures against the article, and whether this one really is part of that one',
          );
        }
      }

      const flow = findMetric(fact.metric)?.flow ?? '';
      if (fact.at !== undefined && fact.at !== 'national' && isDirectedFlow(fact.metric)) {
        at(
          [...base, 'at'],
          `${fact.metric} is a flow (${flow}) but the fact gives "at": "${fact.at}"`,
          'write "from" and "to" instead; "at" is for national totals and figures about one place',
        );
      }

      // A mutual figure (互派, issue 11's `direction`) runs both ways on purpose.
      const mutual = (fact as { direction?: unknown }).direction === 'mutual';
      if (fact.from !== undefined && fact.to !== undefined && !mutual) {
        const from = roleOf(fact.from);
        const to = roleOf(fact.to);
        const wrong =
          (EAST_TO_WEST.has(fact.metric) && from === 'west' && to === 'east') ||
          (WEST_TO_EAST.has(fact.metric) && from === 'east' && to === 'west');
        if (wrong) {
          at(
            [...base, 'from'],
            `${fact.metric} runs ${flow}, but this fact runs from the ${from} side ("${fact.from}") to the ${to} side ("${fact.to}")`,
            fact.metric.startsWith('labor.') && !WEST_TO_EAST.has(fact.metric)
              ? 'swap "from" and "to", or use labor.transferred-east for workers going east'
              : 'swap "from" and "to" (the giver comes first)',
          );
        }
      }

      const period = parsePeriod(fact.period);
      if (
        period.ok &&
        fact.status === 'outcome' &&
        // An unset or impossible date is reported on its own; comparing periods with it would only repeat that.
        isIsoDate(published.date) &&
        period.period.end > publishedMonth
      ) {
        // "2023" in an article of November 2023 (今年 read as the year) is loose rather than wrong: a warning.
        const wholeYearSoFar =
          /^(?:\d{4}\.\.)?\d{4}$/.test(fact.period) && fact.period.endsWith(published.date.slice(0, 4));
        if (wholeYearSoFar) {
          at(
            [...base, 'period'],
            `the outcome period ${fact.period} runs to December, but the article was published ${published.date}`,
            `write the months it covers (e.g. ..${publishedMonth}), or say in "periodNote" why the whole year`,
            warnings,
          );
        } else {
          at(
            [...base, 'period'],
            `an outcome for ${fact.period} ends after the article was published (${published.date})`,
            'an article cannot report months after its date: check the period, or set "status": "target" if it is a plan',
          );
        }
      }

      const key = JSON.stringify([
        fact.evidence.quote,
        fact.metric,
        fact.from,
        fact.to,
        fact.at,
        fact.period,
        fact.basis,
        fact.unit,
      ]);
      const first = sameClause.get(key);
      const firstFact = first === undefined ? undefined : data.facts[first];
      if (firstFact !== undefined && (firstFact.note === undefined || fact.note === undefined)) {
        at(
          [...base, 'metric'],
          `gives the same metric, places and period as "${firstFact.id}" from the same clause, so a reader cannot tell ${firstFact.expression} and ${fact.expression} apart`,
          'give one a different metric, places, period or "basis", or say in both notes what each counts',
        );
      }
      if (first === undefined) sameClause.set(key, i);
    });
  }
  return { problems, warnings };
}
