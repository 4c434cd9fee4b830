import { parsePeriod } from '../period/parsePeriod';
import type { ComparableFact } from './measureExtraction';

/** The parts of a fact the per-field measurement compares (a curated fact or a drafted one). */
export interface ScoredFact extends Omit<ComparableFact, 'id'> {
  readonly qualifier: string;
  readonly status: string;
  readonly period: string;
}

/** The fields scored, in table order. `all` is every other field right at once. */
export const SCORED_FIELDS = [
  'value',
  'metric',
  'places',
  'direction',
  'period',
  'qualifier',
  'status',
  'all',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** Counts per field: curated facts right (recall) and proposals right (precision). */
export interface FieldScore {
  readonly curated: number;
  readonly proposals: number;
  readonly recall: Readonly<Record<ScoredField, number>>;
  readonly precision: Readonly<Record<ScoredField, number>>;
}

const sameValue = (a: ScoredFact, b: ScoredFact): boolean =>
  a.unit === b.unit && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));

/** Periods are equal when they cover the same months (`2021` equals `2021-01..2021-12`). */
function samePeriod(a: string, b: string): boolean {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa.ok || !pb.ok) return a === b;
  return pa.period.start === pb.period.start && pa.period.end === pb.period.end;
}

/**
 * Which fields of `proposal` agree with `curated`. `direction` is the coarse reading of the places: a figure at a
 * place versus a flow, and for a flow which province gives and which receives (a county given as its province
 * still has the direction right, a reversed flow does not).
 */
export function compareFields(
  curated: ScoredFact,
  proposal: ScoredFact,
  provinceOf: (id: string) => string,
): Record<ScoredField, boolean> {
  const value = sameValue(curated, proposal);
  const province = (id: string | undefined): string | undefined => (id === undefined ? undefined : provinceOf(id));
  const direction =
    curated.at !== undefined
      ? proposal.at !== undefined
      : proposal.at === undefined &&
        province(curated.from) === province(proposal.from) &&
        province(curated.to) === province(proposal.to);
  const fields = {
    value,
    metric: value && curated.metric === proposal.metric,
    places: value && curated.from === proposal.from && curated.to === proposal.to && curated.at === proposal.at,
    direction: value && direction,
    period: value && samePeriod(curated.period, proposal.period),
    qualifier: value && curated.qualifier === proposal.qualifier,
    status: value && curated.status === proposal.status,
  };
  return { ...fields, all: Object.values(fields).every(Boolean) };
}

const zero = (): Record<ScoredField, number> =>
  Object.fromEntries(SCORED_FIELDS.map((f) => [f, 0])) as Record<ScoredField, number>;

/**
 * Scores one article's proposals against its curated facts, field by field. Each curated fact is compared with
 * the proposal of the same value that gets most fields right (recall); a proposal counts as right on a field
 * when some curated fact of its value agrees on that field (precision).
 */
export function scoreFields(
  curated: readonly ScoredFact[],
  proposed: readonly ScoredFact[],
  provinceOf: (id: string) => string,
): FieldScore {
  const recall = zero();
  const precision = zero();
  const count = (fields: Record<ScoredField, boolean>): number => Object.values(fields).filter(Boolean).length;
  for (const c of curated) {
    const best = proposed
      .map((p) => compareFields(c, p, provinceOf))
      .filter((f) => f.value)
      .sort((a, b) => count(b) - count(a))[0];
    if (best === undefined) continue;
    for (const f of SCORED_FIELDS) if (best[f]) recall[f] += 1;
  }
  for (const p of proposed) {
    const rows = curated.map((c) => compareFields(c, p, provinceOf)).filter((f) => f.value);
    for (const f of SCORED_FIELDS) if (rows.some((r) => r[f])) precision[f] += 1;
  }
  return { curated: curated.length, proposals: proposed.length, recall, precision };
}

/** Adds field scores up (for a set of articles). */
export function addFieldScores(scores: readonly FieldScore[]): FieldScore {
  const recall = zero();
  const precision = zero();
  for (const s of scores) {
    for (const f of SCORED_FIELDS) {
      recall[f] += s.recall[f];
      precision[f] += s.precision[f];
    }
  }
  return {
    curated: scores.reduce((n, s) => n + s.curated, 0),
    proposals: scores.reduce((n, s) => n + s.proposals, 0),
    recall,
    precision,
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`);

/** A plain-text table: one row per field, recall and precision for each named set of articles. */
export function formatFieldTable(sets: readonly { readonly name: string; readonly score: FieldScore }[]): string {
  const header = ['field', ...sets.flatMap((s) => [`${s.name} recall`, `${s.name} precision`])];
  const counts = ['facts / proposals', ...sets.flatMap((s) => [String(s.score.curated), String(s.score.proposals)])];
  const body = SCORED_FIELDS.map((f) => [
    f,
    ...sets.flatMap(({ score: s }) => [
      `${s.recall[f]} (${pct(s.recall[f], s.curated)})`,
      `${s.precision[f]} (${pct(s.precision[f], s.proposals)})`,
    ]),
  ]);
  const rows = [header, counts, ...body];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}
