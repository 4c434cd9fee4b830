import { findMetric, type MetricId } from '../model/metrics';
import { NATIONAL, type PlaceMatcher, type PlaceMention } from './createPlaceMatcher';
import type { MainScope } from './findMainPairing';

/** Guessed places of a fact (`from`/`to` for a flow, `at` for a figure about one place) and why. */
export interface PlacesGuess {
  readonly from?: string;
  readonly to?: string;
  readonly at?: string;
  readonly why: string;
  /** `high`: both ends (or the place) named around the figure; `medium`: filled in from the paragraph or the article; `low`: none found. */
  readonly confidence: 'high' | 'medium' | 'low';
}

export interface PlacesInput {
  /** The sentence (Simplified). */
  readonly sentence: string;
  /** Places named in the sentence, offsets in `sentence`. */
  readonly mentions: readonly PlaceMention[];
  /** Places named in the earlier sentences of the paragraph, nearest last (used when the sentence names none). */
  readonly earlier: readonly PlaceMention[];
  /** Offsets of the figure and of its clause in `sentence`. */
  readonly figureStart: number;
  readonly figureEnd: number;
  readonly clauseStart: number;
  readonly clauseEnd: number;
  readonly metric: MetricId;
  readonly main: MainScope;
}

// Words between two places that make the first the giver: 广东选派…到广西, 黔西南州向惠州市, 城阳区…赴渭源.
const TOWARDS = /(?:向|到|赴|前往|至)$/u;

function place(
  from: string | undefined,
  to: string | undefined,
  why: string,
  confidence: PlacesGuess['confidence'] = 'high',
): PlacesGuess {
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }), why, confidence };
}

/**
 * Drops a place written right before a place inside it (广西忻城县, 广东省惠州市): the inner one is meant.
 */
function innermost(mentions: readonly PlaceMention[], matcher: PlaceMatcher): PlaceMention[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    return !(next !== undefined && next.start - m.end <= 1 && matcher.ancestors(next.id).includes(m.id));
  });
}

/** The place containing all of `ids` (their lowest common ancestor), or undefined when they share no province. */
function commonPlace(ids: readonly string[], matcher: PlaceMatcher): string | undefined {
  const [first, ...rest] = ids;
  if (first === undefined) return undefined;
  return matcher.ancestors(first).find((a) => rest.every((id) => matcher.ancestors(id).includes(a)));
}

/**
 * Guesses the places of a figure from the places named in its sentence up to the end of its clause (or, when the
 * sentence names none, the nearest ones earlier in the paragraph), the metric's flow and the article's main
 * pairing:
 * - 全国/东部8个省市 named → `at: national`;
 * - a metric measured at a place (count.other, count.jobs, count.output), or 项目投入 with no eastern giver named
 *   → `at` the nearest place before the figure, or the main pairing's western end;
 * - "A向B", "A…到/赴/前往B", "接收A…到B" in the figure's clause → from A to B;
 * - otherwise the programme roles: the eastern places named give to the nearest western place (the other way for
 *   workers transferred east). Several eastern givers (天津市、山东省) become their common province, or none.
 *   A missing end, or a province that contains the main pairing's end, is taken from the main pairing.
 */
export function guessPlaces(input: PlacesInput, matcher: PlaceMatcher): PlacesGuess {
  const { sentence, clauseStart, clauseEnd, main } = input;
  const metric = findMetric(input.metric);
  const inSentence = innermost(
    input.mentions.filter((m) => m.start < clauseEnd),
    matcher,
  );
  const fromParagraph = inSentence.length === 0;
  const seen = fromParagraph ? innermost(input.earlier, matcher).slice(-3) : inSentence;
  const before = fromParagraph ? seen : seen.filter((m) => m.end <= input.figureStart);
  const where = fromParagraph ? 'earlier in the paragraph' : 'in the sentence';

  if (seen.some((m) => m.id === NATIONAL))
    return { at: NATIONAL, why: `全国/东部8个省市 named ${where}`, confidence: fromParagraph ? 'medium' : 'high' };

  const roleOf = (m: PlaceMention): string => matcher.role(m.id);
  const noGiver = !seen.some((m) => roleOf(m) === 'east');
  if (metric?.flow === 'at the place' || (input.metric === 'funds.project' && noGiver)) {
    const near = [...before].reverse().find((m) => roleOf(m) === 'west') ?? before.at(-1) ?? seen[0];
    const kind = metric?.flow === 'at the place' ? 'figure about one place' : '项目投入 with no giver named';
    if (near !== undefined) {
      return {
        at: near.id,
        why: `${kind}: ${near.name}, named ${where}`,
        confidence: fromParagraph ? 'medium' : 'high',
      };
    }
    if (main.kind === 'pairing' || main.kind === 'west')
      return { at: main.west, why: `${kind}: the article’s western place`, confidence: 'medium' };
    if (main.kind === 'national')
      return { at: NATIONAL, why: `${kind}; the article is national`, confidence: 'medium' };
    return { why: 'no place found', confidence: 'low' };
  }

  const flips = input.metric === 'labor.transferred-east';
  // Explicit direction words between two places of the figure's clause.
  const clause = seen.filter((m) => !fromParagraph && m.start >= clauseStart);
  for (let i = 0; i + 1 < clause.length; i++) {
    const a = clause[i];
    const b = clause[i + 1];
    if (a === undefined || b === undefined || a.id === b.id) continue;
    const between = sentence.slice(a.end, b.start);
    const lead = sentence.slice(Math.max(0, a.start - 2), a.start);
    if (/接收$/u.test(lead) && /到$/u.test(between)) return place(a.id, b.id, `接收${a.name}…到${b.name}`);
    // "A向B、C…": a list of receivers, handled below (the figure is not B's alone).
    const c = clause[i + 2];
    const listed = c !== undefined && /^[、和及与]$/u.test(sentence.slice(b.end, c.start)) && roleOf(c) === roleOf(b);
    if (!listed && (TOWARDS.test(between) || /^[省市县区州]?向/u.test(between))) {
      return place(a.id, b.id, `${a.name}…${between.slice(-1)}${b.name}`);
    }
  }
  const lone = clause.length === 1 ? clause[0] : undefined;
  if (lone !== undefined && /^[省市县区州]?向东部/u.test(sentence.slice(lone.end))) {
    return place(lone.id, undefined, `${lone.name}向东部: the receivers are not named`, 'medium');
  }

  const notes: string[] = [];
  // Givers: the eastern places named before the figure (all of them: 天津市、山东省 give together).
  const easts = [...new Set(before.filter((m) => roleOf(m) === 'east').map((m) => m.id))];
  const eastAfter = seen.find((m) => roleOf(m) === 'east');
  let giver = easts.length > 1 ? commonPlace(easts, matcher) : (easts[0] ?? eastAfter?.id);
  if (easts.length > 1) notes.push(`several givers (${easts.map((id) => matcher.nameOf(id)).join('、')})`);
  else if (giver !== undefined) notes.push(`${matcher.nameOf(giver)} (east) ${where}`);
  const west = [...before].reverse().find((m) => roleOf(m) === 'west') ?? seen.find((m) => roleOf(m) === 'west');
  let taker = west?.id;
  // Receivers: several western places named before the figure, none inside another (帮扶甘肃、青海两省…).
  const wests = [...new Set(before.filter((m) => roleOf(m) === 'west').map((m) => m.id))].filter(
    (id, _, all) => !all.some((other) => other !== id && matcher.ancestors(other).includes(id)),
  );
  const several = wests.length > 1;
  if (several) {
    taker = commonPlace(wests, matcher);
    notes.push(
      `several receivers (${wests.map((id) => matcher.nameOf(id)).join('、')}): ${taker === undefined ? 'split the figure per receiver if the article does' : `their common place ${matcher.nameOf(taker)}`}`,
    );
  } else if (west !== undefined) notes.push(`${west.name} (west) ${where}`);

  const inside = (id: string | undefined, scope: string): boolean =>
    id === undefined || matcher.ancestors(id).includes(scope) || matcher.ancestors(scope).includes(id);
  if (main.kind === 'pairing') {
    const fits = inside(giver, main.east) && inside(taker, main.west);
    if (fits && giver !== main.east && easts.length <= 1) {
      giver = main.east;
      notes.push(`${matcher.nameOf(main.east)} from the main pairing`);
    }
    if (
      fits &&
      !several &&
      taker !== main.west &&
      (taker === undefined || matcher.ancestors(main.west).includes(taker))
    ) {
      taker = main.west;
      notes.push(`${matcher.nameOf(main.west)} from the main pairing`);
    }
  } else if (main.kind === 'west' && taker === undefined && !several) {
    taker = main.west;
    notes.push(`${matcher.nameOf(main.west)} from the article`);
  } else if (main.kind === 'national' && giver === undefined && taker === undefined) {
    return { at: NATIONAL, why: 'no place named; the article is national', confidence: 'medium' };
  }
  if (giver === undefined && taker === undefined) return { why: 'no place found', confidence: 'low' };
  const why = `${notes.join(', ')}; flow east → west${flips ? ', reversed for workers going east' : ''}`;
  const named =
    !fromParagraph && easts.length + (west === undefined ? 0 : 1) >= 2 && !notes.some((n) => n.includes('from the'));
  const confidence = giver === undefined || taker === undefined || several ? 'low' : named ? 'high' : 'medium';
  return flips ? place(taker, giver, why, confidence) : place(giver, taker, why, confidence);
}
