import type { MetricId } from '../model/metrics';
import { findQuantities } from '../quantity/parseQuantity';
import type { CuratedFact, CuratedSource } from '../schema/curatedFile';
import { type CleanParagraph, cleanArticle, type RemovedNoise, toHalfWidth } from '../text/normalizeArticle';
import { createPlaceMatcher, type PlaceMention, type ReferenceLists } from './createPlaceMatcher';
import { findArticleDate } from './findArticleDate';
import { findMainPairing, type MainScope } from './findMainPairing';
import { findTrap } from './findTrap';
import { guessMetric } from './guessMetric';
import { guessPeriod, type PeriodContext } from './guessPeriod';
import { guessPlaces } from './guessPlaces';
import { quoteClause } from './quoteClause';
import { type Masthead, readMasthead } from './readMasthead';
import { clauseAround, splitSentences } from './splitSentences';
import { looksTraditional, toSimplifiedAligned } from './toSimplifiedAligned';
import { withSelfMentions } from './withSelfMentions';

/** What the editor must check in a drafted fact. Removed with `_review` when the file moves to data/curated/. */
export type ReviewHint = 'metric' | 'places' | 'period' | 'status' | 'unit' | 'id' | 'trap';

/**
 * How sure the helper is of each guessed field: `high` read from the figure's own clause, `medium` carried from
 * nearby (the paragraph, the article's main pairing, a keyword further off), `low` a default the text did not
 * support. Check the `low` ones first.
 */
export type FieldConfidence = Record<'metric' | 'places' | 'period' | 'status', 'high' | 'medium' | 'low'>;

/** A drafted fact: a curated fact plus `_review` and `_confidence` (drafts only; the curated schema refuses them). */
export type DraftFact = CuratedFact & { _review: ReviewHint[]; _confidence: FieldConfidence };

/** A draft curated file, written to data/curated/drafts/<id>.draft.json. */
export interface DraftFile {
  /** What to do before moving the file to data/curated/ (drafts only). */
  _review: string[];
  source: CuratedSource;
  facts: DraftFact[];
  /** Figures the helper read but does not propose (training courses, meeting counts, percentages), with why. */
  _setAside?: SetAside[];
}

/** A figure left out of the draft's facts on purpose, so the editor sees it was read and why it was not proposed. */
export interface SetAside {
  expression: string;
  quote: string;
  paragraph: number;
  why: string;
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

/** The masthead lines set aside, in the cleaner's noise form (one entry per kind). */
function mastheadNoise(masthead: Masthead, kept: readonly CleanParagraph[]): RemovedNoise[] {
  const byKind = new Map<string, number[]>();
  for (const [i, kind] of masthead.kinds) byKind.set(kind, [...(byKind.get(kind) ?? []), kept[i]?.paragraph ?? 0]);
  return [...byKind].map(([kind, lines]) => ({
    kind: 'chrome',
    what: `page ${kind} line`,
    count: lines.length,
    lines,
  }));
}

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

  const masthead = readMasthead(clean.kept.map((k) => k.text));
  const isBody = (pi: number): boolean => !masthead.chrome.has(pi);

  // Header lines count too: the outlet (陕西日报) says which end the article is written from.
  const allMentions: PlaceMention[] = simple.flatMap((p) => matcher.find(p));
  const main = findMainPairing(allMentions, matcher, year);
  const findPlaces = (text: string): PlaceMention[] => withSelfMentions(text, matcher.find(text), main, matcher);

  const prefix = /^(\d+)/.exec(input.file)?.[1];
  const facts: DraftFact[] = [];
  const setAside: SetAside[] = [];
  // Sentences of the lead paragraph (the first body paragraph of full sentences): the article-level period context.
  let lead: string[] | undefined;
  let sentenceCount = 0;
  clean.kept.forEach((kept, pi) => {
    if (!isBody(pi)) return;
    const para = simple[pi] ?? '';
    const sentences = splitSentences(para);
    sentenceCount += sentences.length;
    const sentenceMentions = sentences.map((s) => findPlaces(s.text));
    sentences.forEach((s, si) => {
      const original = kept.text.slice(s.start, s.end);
      const mentions = sentenceMentions[si] ?? [];
      const earlierMentions = sentenceMentions.slice(0, si).flat();
      for (const q of findQuantities(s.text)) {
        const clause = clauseAround(s.text, q.start, q.end);
        const unit = q.impliedUnit ?? q.parsed.unit;
        const before = s.text.slice(clause.start, q.start);
        const after = s.text.slice(q.end, clause.end);
        const trap = findTrap(before, q.text, after);
        if (trap?.setAside) {
          setAside.push({
            expression: original.slice(q.start, q.end),
            quote: quoteClause(original, q.start, q.end),
            paragraph: kept.paragraph,
            why: trap.why,
          });
          continue;
        }
        const metric = guessMetric(before, q.text, after, unit, s.text.slice(0, clause.start));
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
        const contexts: PeriodContext[] = [
          { text: s.text.slice(0, q.end), where: 'sentence' },
          ...sentences
            .slice(0, si)
            .reverse()
            .map((e) => ({ text: e.text, where: 'paragraph' as const })),
          ...(lead ?? []).map((text) => ({ text, where: 'article' as const })),
        ];
        const target = STATUS_TARGET.exec(before) ?? STATUS_TARGET.exec(s.text.slice(0, clause.start));
        const period = guessPeriod(contexts, date?.value, target === null ? 'outcome' : 'target');
        const n = String(facts.length + 1).padStart(2, '0');
        const review: ReviewHint[] = ['metric', 'places', 'period', 'status'];
        if (q.impliedUnit !== undefined) review.push('unit');
        if (trap !== undefined) review.push('trap');
        const notes = [
          ...(trap === undefined ? [] : [`TRAP — ${trap.why}`]),
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
          _confidence: {
            metric: trap !== undefined ? 'low' : metric.confidence,
            places: places.confidence,
            period: period.confidence,
            status: target === null ? 'high' : 'medium',
          },
        };
        facts.push(fact);
      }
    });
    if (lead === undefined && para.length >= 20 && /[。！？]/u.test(para)) lead = sentences.map((s) => s.text);
  });

  const removed = [...clean.removed, ...mastheadNoise(masthead, clean.kept)];
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
  const title = masthead.title ?? 'TODO';
  const source: CuratedSource = {
    id,
    title,
    outlet: masthead.outlet ?? 'TODO',
    authors: [...masthead.authors],
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
    noise: removed.map(
      (r) =>
        `${r.kind}: ${r.what} (${r.count}× on line${r.lines.length > 1 ? 's' : ''} ${r.lines.slice(0, 8).join(', ')}${r.lines.length > 8 ? ', …' : ''})`,
    ),
    note: `DRAFT from scripts/extract.ts. Main scope: ${main.why}.`,
  };
  const draft: DraftFile = {
    _review: [
      'Fill in source.title, outlet, authors, published and confidence (TODO marks what the helper could not know).',
      'For every fact: check metric, places, period and status against the quote (its note says how each was guessed), delete facts that are not cooperation figures (rates, prices, anecdotes), and add the figures the helper missed.',
      'Check first what "_confidence" marks low, and every fact whose "_review" lists "trap" (training, meetings): fix its metric or delete it. "_setAside" lists figures not proposed (per-person averages), with why.',
      'Rename ids if you like (unique across data/curated/), then delete every "_review", "_confidence" and "_setAside" field and every TODO and DRAFT text, move the file to data/curated/<source.id>.json, run npm run format and npm run check (it refuses anything left unfinished).',
    ],
    source,
    facts,
    ...(setAside.length === 0 ? {} : { _setAside: setAside }),
  };
  return {
    ok: true,
    draft,
    report: {
      removed,
      paragraphs: clean.kept.length,
      sentences: sentenceCount,
      date,
      main,
      script: source.script,
    },
  };
}
