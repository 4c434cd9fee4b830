/**
 * Formats base-unit values (yuan, persons) in the unit labels the map's legend uses:
 * 亿元 (1e8 yuan), 万人 (1e4 persons), 人.
 */
import { englishNumberFormat } from '../i18n/english/englishNumberFormat';

export type MapUnitLabel = '亿元' | '万人' | '人';

const DIVISORS: Record<MapUnitLabel, number> = { 亿元: 1e8, 万人: 1e4, 人: 1 };

/** The value in the label's unit, e.g. 2_000_000_000 yuan in 亿元 → 20. */
export function toUnit(value: number, unitLabel: MapUnitLabel): number {
  return value / DIVISORS[unitLabel];
}

/** "20亿元", "3.57亿元", "1,500人", "40万人": at most two decimals, trailing zeros dropped. */
export function formatMapValue(value: number, unitLabel: MapUnitLabel): string {
  const n = toUnit(value, unitLabel);
  const text = englishNumberFormat(2, n >= 10_000).format(n);
  return `${text}${unitLabel}`;
}
