import type { MetricId } from '../model/metrics';
import { findQuantities } from '../quantity/parseQuantity';
import type { CuratedFact, CuratedSource } from '../schema/curatedFile';
import { cleanArticle, type RemovedNoise, toHalfWidth } from '../text/normalizeArticle';
import { createPlaceMatcher, type PlaceMention, type ReferenceLists } from './createPlaceMatcher';
import { findArticleDate } from './findArticleDate';
import { findMainPairing, type MainScope } from './findMainPairing';
import { guessMetric } from './guessMetric';
import { guessPeriod } from './guessPeriod';
import { guessPlaces } from './guessPlaces';
import { quoteClause } from './quoteClause';
import { clauseAround, splitSentences } from './splitSentences';
import { looksTraditional, toSimplifiedAligned } from './toSimplifiedAligned';

/** What the editor must check in a drafted fact. Removed with `_review` when the file moves to data/curated/. */
export type ReviewHint = 'metric' | 'places' | 'period' | 'status' | 'unit' | 'id';

/** A drafted fact: a curated fact plus the `_review` list (drafts only; the curated schema refuses it). */
export type DraftFact = CuratedFact & { _review: ReviewHint[] };

/** A draft curated file, written to data/curated/drafts/<id>.draft.json. */
export interface DraftFile {
  /** What to do before moving the file to data/curated/ (drafts only). */
  _review: string[];
  source: CuratedSource;
  facts: DraftFact[];
}

export interface ExtractInput {
  /** The raw scraped article. */
  readonly raw: string;
  /** The article's file name, e.g. "003_6b99a405b76b6634.txt" (becomes `source.file`). */
  readonly file: string;
  /** Publication date `YYYY-MM-DD` when the editor knows it; otherwise a date printed in the text is used. */
  readonly date?: string;
  /** Source id to use instead of the generated `unknown-YYYY-MM-<topic>`. */
  readonly id?: string;
  readonly reference: ReferenceLists;
}

export interface ExtractReport {
  readonly removed: readonly RemovedNoise[];
  readonly paragraphs: number;
  readonly sentences: number;
  readonly date: { readonly value: string; readonly from: 'option' | 'text' } | undefined;
  readonly main: MainScope;
  readonly script: 'simplified' | 'traditional';
}

/** Articles longer than this are refused: a scraped article is 5–30 KB, and the cleaner's repeat check is quadratic. */
export const MAX_ARTICLE_CHARS = 500_000;

const STATUS_TARGET = /计划|目标|力争|确保|拟|签约|协议确定|将(?!近)/u;

/** Fact id suffix of a metric: `people.cadres` → `people-cadres`. */
const metricSlug = (m: MetricId): string => m.replace(/\./g, '-');

/**
 * Turns a raw scraped article into a draft curated file: cleaned text, one candidate fact per figure with its
 * parsed value, unit and qualifier, a guessed metric, places, period and status, the quoted clause in the
 * article's own script and its paragraph. Every guess is listed in the fact's `_review` and explained in its
 * `note`. Pure: the caller reads and writes files.
 */
export function extractDraft(
  input: ExtractInput,
): { ok: true; draft: DraftFile; report: ExtractReport } | { ok: false; error: string } {
  if (input.raw.trim() === '') return { ok: false, error: 'the article is empty — check the file name' };
  if (input.raw.length > MAX_ARTICLE_CHARS) {
    return {
      ok: false,
      error: `the article has ${input.raw.length.toLocaleString('en')} characters; the helper reads at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} (about 30 pages) — is this really one article? Split it or cut the page chrome first`,
    };
  }
  const matcher = createPlaceMatcher(input.reference);
  const clean = cleanArticle(input.raw);
  const traditional = looksTraditional(clean.paragraphs.join('\n'));
  // Matching text: Simplified and half-width, the same length as the original so offsets carry over to quotes.
  const simple = clean.kept.map((k) => toHalfWidth(toSimplifiedAligned(k.text)));

  const found = input.date === undefined ? findArticleDate(simple) : undefined;
  const date =
    input.date !== undefined
      ? { value: input.date, from: 'option' as const }
      : found !== undefined
        ? { value: found.date, from: 'text' as const }
        : undefined;
  const year = date === undefined ? undefined : Number(date.value.slice(0, 4));

  const allMentions: PlaceMention[] = simple.flatMap((p) => matcher.find(p));
  const main = findMainPairing(allMentions, matcher, year);

  const prefix = /^(\d+)/.exec(input.file)?.[1];
  const facts: DraftFact[] = [];
  let sentenceCount = 0;
  clean.kept.forEach((kept, pi) => {
    const para = simple[pi] ?? '';
    const sentences = splitSentences(para);
    sentenceCount += sentences.length;
    const sentenceMentions = sentences.map((s) => matcher.find(s.text));
    sentences.forEach((s, si) => {
      const original = kept.text.slice(s.start, s.end);
      const mentions = sentenceMentions[si] ?? [];
      const earlierMentions = sentenceMentions.slice(0, si).flat();
      for (const q of findQuantities(s.text)) {
        const clause = clauseAround(s.text, q.start, q.end);
        const unit = q.impliedUnit ?? q.parsed.unit;
        const metric = guessMetric(s.text.slice(clause.start, q.start), q.text, s.text.slice(q.end, clause.end), unit);
        const places = guessPlaces(
          {
            sentence: s.text,
            mentions,
            earlier: earlierMentions,
            figureStart: q.start,
            figureEnd: q.end,
            clauseStart: clause.start,
            clauseEnd: clause.end,
            metric: metric.metric,
            main,
          },
          matcher,
        );
        const earlier = sentences
          .slice(0, si)
          .reverse()
          .map((e) => e.text);
        const period = guessPeriod([s.text.slice(0, q.end), ...earlier], date?.value);
        const target =
          STATUS_TARGET.exec(s.text.slice(clause.start, q.start)) ?? STATUS_TARGET.exec(s.text.slice(0, clause.start));
        const n = String(facts.length + 1).padStart(2, '0');
        const review: ReviewHint[] = ['metric', 'places', 'period', 'status'];
        if (q.impliedUnit !== undefined) review.push('unit');
        const notes = [
          `DRAFT — metric: ${metric.why}`,
          `places: ${places.why}`,
          `status: ${target === null ? 'no plan/target words' : `“${target[0]}” → target`}`,
        ];
        if (q.impliedUnit !== undefined)
          notes.push(`unit: no unit written; “${s.text.slice(q.end, q.end + 6)}…” suggests persons`);
        const fact: DraftFact = {
          id: `${prefix ?? 'draft'}-${n}-${metricSlug(metric.metric)}`,
          metric: metric.metric,
          expression: original.slice(q.start, q.end),
          value: q.parsed.value,
          unit,
          qualifier: q.parsed.qualifier,
          status: target === null ? 'outcome' : 'target',
          ...(places.from === undefined ? {} : { from: places.from }),
          ...(places.to === undefined ? {} : { to: places.to }),
          ...(places.at === undefined ? {} : { at: places.at }),
          period: period.period,
          periodNote: period.note,
          evidence: { quote: quoteClause(original, q.start, q.end), paragraph: kept.paragraph },
          note: `${notes.join('; ')}.`,
          _review: review,
        };
        facts.push(fact);
      }
    });
  });

  const topic =
    main.kind === 'pairing'
      ? `${main.east}-${main.west}`
      : main.kind === 'west'
        ? main.west
        : main.kind === 'national'
          ? 'national'
          : 'topic';
  const month = date === undefined ? 'undated' : date.value.slice(0, 7);
  const id = input.id ?? `unknown-${month}-${topic}`;
  const title =
    clean.paragraphs.find((p) => p.length <= 40 && !/[。！？]/u.test(p) && /\p{Script=Han}/u.test(p)) ?? 'TODO';
  const source: CuratedSource = {
    id,
    title,
    outlet: 'TODO',
    authors: [],
    published: {
      date: date?.value ?? '0000-00-00',
      inferred: date === undefined,
      note:
        date === undefined
          ? 'TODO: no date printed; work it out and say how'
          : date.from === 'option'
            ? 'Given by the editor (--date); say where it is printed.'
            : `Printed in the text: ${found?.text ?? date.value}.`,
    },
    script: traditional ? 'traditional' : 'simplified',
    evidence: 'archived-text',
    file: input.file,
    confidence: 'medium',
    confidenceNote: 'TODO: draft from the extraction helper; set high once reviewed, or say why not',
    noise: clean.removed.map(
      (r) =>
        `${r.kind}: ${r.what} (${r.count}× on line${r.lines.length > 1 ? 's' : ''} ${r.lines.slice(0, 8).join(', ')}${r.lines.length > 8 ? ', …' : ''})`,
    ),
    note: `DRAFT from scripts/extract.ts. Main scope: ${main.why}.`,
  };
  const draft: DraftFile = {
    _review: [
      'Fill in source.title, outlet, authors, published and confidence (TODO marks what the helper could not know).',
      'For every fact: check metric, places, period and status against the quote (its note says how each was guessed), delete facts that are not cooperation figures (rates, prices, anecdotes), and add the figures the helper missed.',
      'Rename ids if you like (unique across data/curated/), then delete every "_review" field and the DRAFT notes, move the file to data/curated/<source.id>.json and run npm run check.',
    ],
    source,
    facts,
  };
  return {
    ok: true,
    draft,
    report: {
      removed: clean.removed,
      paragraphs: clean.kept.length,
      sentences: sentenceCount,
      date,
      main,
      script: source.script,
    },
  };
}
