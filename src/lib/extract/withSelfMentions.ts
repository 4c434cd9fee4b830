import type { PlaceMatcher, PlaceMention } from './createPlaceMatcher';
import type { MainScope } from './findMainPairing';

// How a western paper names its own province or region: 我省, 全省, 本省, 我区, 全区 (自治区).
const SELF = /我省|全省|本省|我区|全区|本区/gu;

/**
 * Adds the places a western outlet names by reference to itself (我省 = 陕西 in 陕西日报) to the places found in a
 * sentence, when the article's main scope has a western end; keeps the mentions in text order.
 */
export function withSelfMentions(
  text: string,
  mentions: readonly PlaceMention[],
  main: MainScope,
  matcher: PlaceMatcher,
): PlaceMention[] {
  if (main.kind !== 'pairing' && main.kind !== 'west') return [...mentions];
  const province = matcher.ancestors(main.west).at(-1) ?? main.west;
  const self = [...text.matchAll(SELF)]
    .map((m) => ({ id: province, name: m[0], start: m.index, end: m.index + m[0].length }))
    .filter((s) => !mentions.some((m) => m.start < s.end && s.start < m.end));
  return [...mentions, ...self].sort((a, b) => a.start - b.start);
}
