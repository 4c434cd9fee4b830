import type { PlaceMatcher, PlaceMention } from './createPlaceMatcher';
import { NATIONAL } from './createPlaceMatcher';

/**
 * What an article is about, as far as places go: a pairing (east → west), only its western end when several
 * eastern partners share it (天津 and 山东 both help 甘肃), or the whole country.
 */
export type MainScope =
  | { readonly kind: 'pairing'; readonly east: string; readonly west: string; readonly why: string }
  | { readonly kind: 'west'; readonly west: string; readonly why: string }
  | { readonly kind: 'national'; readonly why: string }
  | { readonly kind: 'none'; readonly why: string };

const LEVEL_RANK = { county: 3, prefecture: 2, province: 1 } as const;

/**
 * The article's main pairing: among the pairings running in `year` (all running ones when the year is not known),
 * the one whose two ends are both named most often (the smaller of the two counts, at least 2). When another
 * eastern partner of the same western place is named nearly as often, only the western end is kept. An article
 * that names 全国 or 东部8个省市 more often than any pairing is national.
 */
export function findMainPairing(
  mentions: readonly PlaceMention[],
  matcher: PlaceMatcher,
  year: number | undefined,
): MainScope {
  const count = new Map<string, number>();
  for (const m of mentions) count.set(m.id, (count.get(m.id) ?? 0) + 1);
  const n = (id: string): number => count.get(id) ?? 0;
  const running = matcher.pairings.filter((p) => p.until === undefined || (year !== undefined && p.until > year));
  const scored = running
    .map((p) => ({ p, score: Math.min(n(p.east), n(p.west)) }))
    .filter((x) => x.score >= 2)
    .sort((a, b) => b.score - a.score || LEVEL_RANK[b.p.level] - LEVEL_RANK[a.p.level] || a.p.id.localeCompare(b.p.id));
  const best = scored[0];
  if (best === undefined || n(NATIONAL) > best.score) {
    if (n(NATIONAL) > 0) {
      return { kind: 'national', why: `全国/东部8个省市 named ${n(NATIONAL)} times and no pairing more often` };
    }
    // One western province named often whose only eastern partner is a province (内蒙古 ← 北京): that pairing.
    const alone = running
      .filter((p) => p.level === 'province' && n(p.west) >= 2)
      .filter((p, _, all) => all.filter((q) => q.west === p.west).length === 1)
      .sort((a, b) => n(b.west) - n(a.west))[0];
    if (alone !== undefined) {
      return {
        kind: 'pairing',
        east: alone.east,
        west: alone.west,
        why: `pairing ${alone.id}: ${matcher.nameOf(alone.west)} named ${n(alone.west)}× and ${matcher.nameOf(alone.east)} is its only eastern partner`,
      };
    }
    return { kind: 'none', why: 'no pairing named at both ends at least twice' };
  }
  const { p } = best;
  const rival = running.find((q) => q.west === p.west && q.east !== p.east && n(q.east) >= Math.max(2, n(p.east) / 2));
  const names = `${matcher.nameOf(p.east)} (${n(p.east)}×) and ${matcher.nameOf(p.west)} (${n(p.west)}×)`;
  if (rival !== undefined) {
    return {
      kind: 'west',
      west: p.west,
      why: `${matcher.nameOf(p.west)} is helped by ${matcher.nameOf(p.east)} and ${matcher.nameOf(rival.east)}, both named often`,
    };
  }
  return { kind: 'pairing', east: p.east, west: p.west, why: `pairing ${p.id}: ${names} named most` };
}
