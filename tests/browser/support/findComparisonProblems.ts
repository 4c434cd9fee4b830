/**
 * Walks every page of a built site (embeds included) and lists what would mislead a reader comparing figures
 * (issue 11), judged against the curated model (what each fact measures), not against what the pages say:
 *
 * - `not-a-total`: a headline card or a sized arc whose fact is an average, a standard, a component or a subset;
 * - `mixed-coverage`: a map view drawing a part-year or cumulative figure beside full-year ones without a mark;
 * - `mutual-one-way`: a mutual (互派) figure drawn as a one-way arc, or a card for it that does not say 互派;
 * - `missing-reverse`: a full-year west→east flow of the view's metric and year that its view does not draw;
 * - `no-figure-with-sub`: an arc saying 无数字 for a pair whose own sub-pairing (or itself) has a figure that year;
 * - `traditional-display`: a figure written in Traditional characters (34.05億元) outside a quote.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import type { CompiledFact } from '../../../src/lib/data/types';
import { MAP_METRICS, type MapMetric } from '../../../src/lib/model/metrics';
import { listFiles } from './sitePages';

export const PROBLEM_KINDS = [
  'not-a-total',
  'mixed-coverage',
  'mutual-one-way',
  'missing-reverse',
  'no-figure-with-sub',
  'traditional-display',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface ComparisonProblem {
  kind: ProblemKind;
  page: string;
  detail: string;
}

/** What the walk needs to know of the model and the pairings. */
export interface Model {
  facts: readonly CompiledFact[];
  /** Pairing id → its province-level pair id (itself for a province pair) and its ends. */
  pairs: ReadonlyMap<string, { province: string; east: string; west: string; level: string }>;
}

/** A figure in Traditional characters: a digit followed by 萬, 億 or 個 (餘 for 余). */
const TRADITIONAL_FIGURE = /\d[\d.]*[多余餘]?[萬億個]/u;
const LAYER_UNIT: Record<MapMetric, string> = { funds: 'yuan', cadres: 'person', labor: 'person' };

function year(f: CompiledFact): string {
  return f.periodEnd.slice(0, 4);
}

/** The fact an arc draws: its `data-fact`, or (older builds) the fact of its pair, metric, year and value. */
function arcFact(arc: Element, model: Model): CompiledFact | undefined {
  const id = arc.getAttribute('data-fact');
  if (id !== null) return model.facts.find((f) => f.id === id);
  const view = arc.closest('.pm-view');
  const metric = view?.getAttribute('data-metric') as MapMetric;
  const value = Number(arc.getAttribute('data-value'));
  const pair = arc.getAttribute('data-pair') ?? '';
  const period = view?.getAttribute('data-period') ?? '';
  return model.facts.find(
    (f) =>
      f.metric === MAP_METRICS[metric]?.metric &&
      f.value === value &&
      (f.pairing === pair || f.pair === pair) &&
      (period === 'latest' || year(f) === period || f.period === period),
  );
}

/** Text outside quotes: blockquotes, cited titles and “…” passages keep the source's script. */
function ownText(document: Document): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out.push((child.textContent ?? '').replace(/“[^”]*”/gu, ''));
      else if (child.nodeType === 1) {
        const el = child as Element;
        // Quotes, cited titles and text marked as Traditional keep the source's script.
        if (
          ['BLOCKQUOTE', 'Q', 'CITE', 'SCRIPT', 'STYLE'].includes(el.tagName) ||
          el.getAttribute('lang') === 'zh-Hant'
        )
          continue;
        for (const name of ['data-tip', 'aria-label', 'title']) {
          const v = el.getAttribute(name);
          if (v !== null) out.push(v.replace(/“[^”]*”/gu, ''));
        }
        walk(el);
      }
    }
  };
  if (document.body !== null) walk(document.body);
  return out;
}

/** A page with the map views it keeps in a file beside it (`data-views`, see splitMapViews) put back in. */
export function withMapViews(html: string, dist: string): string {
  let out = html;
  // From the last map back, so the positions of the earlier ones hold.
  for (const m of [...html.matchAll(/<shanhai-map[^>]* data-views="([^"]+)"/g)].reverse()) {
    const layers = readFileSync(join(dist, m[1] as string), 'utf8').replace(/^<svg[^>]*>|<\/svg>\s*$/g, '');
    const open = '<g class="pm-views">';
    const at = out.indexOf(open, m.index) + open.length;
    out = out.slice(0, at) + layers + out.slice(at);
  }
  return out;
}

/** Every problem on every page of the site in `dist`. */
export function findComparisonProblems(dist: string, model: Model): ComparisonProblem[] {
  const problems: ComparisonProblem[] = [];
  const byId = new Map(model.facts.map((f) => [f.id, f]));
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    const page = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    const { document } = parseHTML(withMapViews(readFileSync(file, 'utf8'), dist));
    const add = (kind: ProblemKind, detail: string): void => {
      problems.push({ kind, page, detail });
    };

    // Headline cards.
    for (const card of document.querySelectorAll('.cards .card')) {
      const href = card.querySelector('a[href*="#fact-"]')?.getAttribute('href') ?? '';
      const fact = byId.get(card.id.replace(/^card-/, '') || href.replace(/^.*#fact-/, ''));
      if (fact === undefined) continue;
      if (fact.basis !== 'total') add('not-a-total', `card ${fact.id} (${fact.basis})`);
      // The English cards say it in English (DIRECTION_LABEL_EN.mutual).
      if (fact.direction === 'mutual' && !/互派|both ways/u.test(card.textContent ?? ''))
        add('mutual-one-way', `card ${fact.id} does not say 互派`);
    }

    // Map views.
    for (const view of document.querySelectorAll('.pm-view')) {
      const metric = view.getAttribute('data-metric') as MapMetric;
      const period = view.getAttribute('data-period') ?? '';
      const arcs = [...view.querySelectorAll('.pm-arc')];
      const drawn = arcs.filter((a) => ['figure', 'partial'].includes(a.getAttribute('data-status') ?? ''));
      const facts = drawn.map((a) => [a, arcFact(a, model)] as const);
      const full = facts.some(([, f]) => f?.coverage === 'full-year');
      for (const [arc, f] of facts) {
        if (f === undefined) continue;
        const where = `${metric}/${period} ${arc.getAttribute('data-pair')} ${f.id}`;
        if (f.basis !== 'total') add('not-a-total', where);
        const marked =
          arc.getAttribute('data-status') === 'partial' ||
          /月|累计|截至|存量/u.test(arc.querySelector('.pm-arc-label')?.textContent ?? '');
        if (full && f.coverage !== 'full-year' && !marked) add('mixed-coverage', `${where} (${f.labels.coverage})`);
        const twoWay =
          arc.getAttribute('data-direction') === 'mutual' ||
          (arc.getAttribute('class') ?? '').includes('pm-arc--mutual');
        if (f.direction === 'mutual' && !twoWay) add('mutual-one-way', where);
      }
      if (!/^\d{4}$/.test(period)) continue;
      const unit = LAYER_UNIT[metric];
      const inView = (f: CompiledFact): boolean =>
        f.metric === MAP_METRICS[metric]?.metric &&
        f.status === 'outcome' &&
        f.basis === 'total' &&
        f.unit === unit &&
        year(f) === period;
      for (const arc of arcs) {
        const pairId = arc.getAttribute('data-pair') ?? '';
        const pair = model.pairs.get(pairId);
        if (pair === undefined) continue;
        // A reverse flow the data have for this pair, metric and year, drawn nowhere in the view.
        const reverse = model.facts.filter(
          (f) => inView(f) && f.coverage === 'full-year' && f.direction === 'west-to-east' && f.pairing === pairId,
        );
        const drawnReverse = arcs.some(
          (a) => a.getAttribute('data-pair') === pairId && a.getAttribute('data-direction') === 'west-to-east',
        );
        if (reverse.length > 0 && !drawnReverse) {
          add('missing-reverse', `${metric}/${period} ${pairId}: ${reverse.map((f) => f.display).join('、')}`);
        }
        // 无数字 where the pair itself, or a pairing below it, has a figure in this view.
        const says = `${arc.getAttribute('data-tip') ?? ''}${arc.getAttribute('aria-label') ?? ''}`;
        if (arc.getAttribute('data-status') === 'none' && says.includes('无数字')) {
          const own = model.facts.filter((f) => inView(f) && f.pairing === pairId);
          const below = model.facts.filter((f) => {
            const p = f.pairing === undefined ? undefined : model.pairs.get(f.pairing);
            return inView(f) && p !== undefined && p.province === pairId && f.pairing !== pairId;
          });
          if (own.length + below.length > 0) {
            add(
              'no-figure-with-sub',
              `${metric}/${period} ${pairId}: ${[...own, ...below].map((f) => f.display).join('、')}`,
            );
          }
        }
      }
    }

    // Figures in Traditional characters outside quotes.
    const seen = new Set<string>();
    for (const text of ownText(document)) {
      const m = TRADITIONAL_FIGURE.exec(text);
      if (m !== null && !seen.has(m[0])) {
        seen.add(m[0]);
        add('traditional-display', m[0]);
      }
    }
  }
  return problems;
}

/** Problems counted by kind, every kind listed (zeros included), for reports. */
export function countByKind(problems: readonly ComparisonProblem[]): Record<ProblemKind, number> {
  const counts = Object.fromEntries(PROBLEM_KINDS.map((k) => [k, 0])) as Record<ProblemKind, number>;
  for (const p of problems) counts[p.kind] += 1;
  return counts;
}
