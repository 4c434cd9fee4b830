import { selectChartFacts } from '../../chart/selectChartFacts';
import type { MapFigure } from '../../map/types';
import { MAP_METRICS } from '../../model/metrics';
import type { Datasets } from '../buildDatasets';
import type { CompiledFact, Headline } from '../types';

/** A page that shows headlines: the national page, a province page or a pair page. */
interface HeadlinePage {
  readonly name: string;
  readonly headlines: readonly Headline[];
  readonly facts: readonly CompiledFact[];
  /** Pages that draw a chart of their headline figures (province and pair pages). */
  readonly charted: boolean;
}

const MAP_METRIC_IDS = new Set<string>(Object.values(MAP_METRICS).map((m) => m.metric));
const MAP_LABELS = Object.values(MAP_METRICS)
  .map((m) => m.label)
  .join('、');

function pagesOf(datasets: Datasets): HeadlinePage[] {
  return [
    {
      name: 'the national page',
      headlines: datasets.national.headlines,
      facts: datasets.national.facts,
      charted: false,
    },
    ...datasets.provinces.map((p) => ({
      name: `the ${p.province.nameZh} page`,
      headlines: p.headlines,
      facts: p.facts,
      charted: true,
    })),
    ...datasets.pairs.map((p) => ({
      name: `the ${p.pair.eastName}→${p.pair.westName} pair page`,
      headlines: p.headlines,
      facts: p.facts,
      charted: true,
    })),
  ];
}

/** Why the map does not draw a fact, from the same rules the data build applies (`buildMapData`). */
function whyNotOnMap(fact: CompiledFact, chosen: boolean, behind: boolean): string {
  if (!MAP_METRIC_IDS.has(fact.metric)) return `the map draws only ${MAP_LABELS}`;
  if (fact.status === 'target') return 'targets are never drawn on the map';
  if (fact.basis === 'average') return 'per-unit averages (县均) are never drawn on the map';
  if (behind && !chosen) return 'another figure was chosen for the same places and period (see below)';
  const start = fact.periodStart?.slice(0, 4);
  if (start === undefined || start !== fact.periodEnd.slice(0, 4)) {
    return `its period (${fact.periodLabel}) is not within one calendar year; the map compares single years`;
  }
  if (start < '2021') return 'the map shows the programme from 2021 on';
  if (!chosen) return 'it is no page’s headline (figures of cities and counties stay in the tables)';
  return 'its places are not the two ends of a province pairing';
}

/** How a figure sits on its pairing's arc: sized, drawn thin (not a full-year total), or named below the pairing. */
function arcRole(f: MapFigure): string {
  if (f.within === true) return `named on the arc of ${f.pair} as a figure inside the pairing (${f.places ?? ''})`;
  if (!f.comparable) {
    return `arc ${f.pair} (${f.direction}), drawn thin with "${f.periodLabel}" on it: only full-year totals are sized`;
  }
  return `arc ${f.pair} (${f.direction})`;
}

/**
 * For each fact of one source: where the built site will show it — the map view, the headlines it is chosen for
 * or stands behind, the charts and the lists — and why not elsewhere. Reads only the datasets the build made.
 */
export function explainFacts(sourceId: string, datasets: Datasets): string[] {
  const facts = datasets.facts.filter((f) => f.sourceId === sourceId);
  if (facts.length === 0) return [`no facts from source "${sourceId}" in the built data`];
  const pages = pagesOf(datasets);
  const lines: string[] = [];
  for (const fact of facts) {
    const places = fact.at !== undefined ? `at ${fact.at}` : `${fact.from ?? '?'} → ${fact.to ?? '?'}`;
    lines.push(`${fact.id}: ${fact.expression} ${fact.metricLabel}, ${places}, ${fact.periodLabel} (${fact.status})`);

    const chosen: string[] = [];
    const behind: string[] = [];
    const charts: string[] = [];
    for (const page of pages) {
      for (const h of page.headlines) {
        if (h.factId === fact.id)
          chosen.push(`${page.name} (${h.periodLabel}${h.reason === '' ? '' : `; ${h.reason}`})`);
        else if (h.alternatives.includes(fact.id)) behind.push(`${page.name}: behind "${h.factId}" (${h.reason})`);
      }
      if (page.charted && page.facts.some((f) => f.id === fact.id)) {
        if (selectChartFacts(page).facts.some((f) => f.id === fact.id)) charts.push(page.name);
      }
    }

    const onMap = datasets.map.figures.filter((f) => f.factId === fact.id);
    lines.push(
      onMap.length > 0
        ? `  map: ${onMap
            .map((f) =>
              f.status === 'target'
                ? `${MAP_METRICS[f.metric].label} · ${f.period}, listed as a target of ${f.pair} (targets are never drawn as arcs)`
                : f.pair === 'national'
                  ? `${MAP_METRICS[f.metric].label} · ${f.period}, the national line under the map`
                  : `${MAP_METRICS[f.metric].label} · ${f.period}, ${arcRole(f)}`,
            )
            .join('; ')}`
        : `  map: not drawn — ${whyNotOnMap(fact, chosen.length > 0, behind.length > 0)}`,
    );
    lines.push(`  headline on: ${chosen.length > 0 ? chosen.join('; ') : 'none'}`);
    for (const b of behind) lines.push(`  alternative on ${b}`);
    lines.push(
      `  charts: ${charts.length > 0 ? charts.join('; ') : 'none — charts draw the headline money, people and jobs figures only'}`,
    );
    lines.push(
      `  lists: its source page, the facts tables of ${fact.provinces.length > 0 ? `the pages of ${fact.provinces.join(', ')}` : 'the national page'}, and the data downloads (facts.csv)`,
    );
  }
  return lines;
}
