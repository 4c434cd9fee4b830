/** The parts of a fact the measurement compares. */
export interface ComparableFact {
  readonly id: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly at?: string | undefined;
}

/** How well the proposals of one article (or several) cover the hand-curated facts. */
export interface ExtractionScore {
  /** Curated facts compared (archived-text sources only). */
  readonly curated: number;
  /** Curated facts with a proposal of the same value and unit. */
  readonly value: number;
  /** … and the same metric. */
  readonly valueMetric: number;
  /** … and the same places (from, to and at all equal). */
  readonly full: number;
  /** Proposals made. */
  readonly proposals: number;
  /** Proposals that match some curated fact on value, unit, metric and places. */
  readonly correct: number;
  /** Curated facts not fully matched, for the editor: id and what the best proposal got wrong. */
  readonly missed: readonly { readonly id: string; readonly why: string }[];
}

const sameValue = (a: ComparableFact, b: ComparableFact): boolean =>
  a.unit === b.unit && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
const sameMetric = (a: ComparableFact, b: ComparableFact): boolean => sameValue(a, b) && a.metric === b.metric;
const samePlaces = (a: ComparableFact, b: ComparableFact): boolean =>
  a.from === b.from && a.to === b.to && a.at === b.at;
const sameAll = (a: ComparableFact, b: ComparableFact): boolean => sameMetric(a, b) && samePlaces(a, b);

const places = (f: ComparableFact): string => (f.at !== undefined ? `at ${f.at}` : `${f.from ?? '?'} → ${f.to ?? '?'}`);

/**
 * Compares the helper's proposals with the hand-curated facts of the same article. Recall is counted on curated
 * facts (value; value + metric; value + metric + places), precision on proposals (value + metric + places).
 */
export function scoreExtraction(
  curated: readonly ComparableFact[],
  proposed: readonly ComparableFact[],
): ExtractionScore {
  let value = 0;
  let valueMetric = 0;
  let full = 0;
  const missed: { id: string; why: string }[] = [];
  for (const c of curated) {
    const byValue = proposed.filter((p) => sameValue(p, c));
    const byMetric = byValue.filter((p) => sameMetric(p, c));
    const byAll = byMetric.filter((p) => samePlaces(p, c));
    if (byValue.length > 0) value += 1;
    if (byMetric.length > 0) valueMetric += 1;
    if (byAll.length > 0) full += 1;
    else if (byValue.length === 0) missed.push({ id: c.id, why: 'figure not proposed' });
    else if (byMetric.length === 0) {
      missed.push({ id: c.id, why: `metric ${byValue.map((p) => p.metric).join('/')} instead of ${c.metric}` });
    } else {
      missed.push({ id: c.id, why: `places ${byMetric.map(places).join(' / ')} instead of ${places(c)}` });
    }
  }
  const correct = proposed.filter((p) => curated.some((c) => sameAll(p, c))).length;
  return { curated: curated.length, value, valueMetric, full, proposals: proposed.length, correct, missed };
}

/** Adds scores up (for the totals row). */
export function addScores(scores: readonly ExtractionScore[]): ExtractionScore {
  const sum = (k: 'curated' | 'value' | 'valueMetric' | 'full' | 'proposals' | 'correct'): number =>
    scores.reduce((s, x) => s + x[k], 0);
  return {
    curated: sum('curated'),
    value: sum('value'),
    valueMetric: sum('valueMetric'),
    full: sum('full'),
    proposals: sum('proposals'),
    correct: sum('correct'),
    missed: scores.flatMap((s) => s.missed),
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`);

/** A plain-text table: one row per article and a totals row. */
export function formatScoreTable(rows: readonly { readonly name: string; readonly score: ExtractionScore }[]): string {
  const all = [...rows, { name: 'total', score: addScores(rows.map((r) => r.score)) }];
  const header = ['article', 'curated', 'proposed', 'recall value', 'recall +metric', 'recall +places', 'precision'];
  const body = all.map(({ name, score: s }) => [
    name,
    String(s.curated),
    String(s.proposals),
    `${s.value} (${pct(s.value, s.curated)})`,
    `${s.valueMetric} (${pct(s.valueMetric, s.curated)})`,
    `${s.full} (${pct(s.full, s.curated)})`,
    `${s.correct} (${pct(s.correct, s.proposals)})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
