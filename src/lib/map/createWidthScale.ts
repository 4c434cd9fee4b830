/**
 * The arc width scale: figure value → ribbon width in pixels. Zero is drawn at the minimum width,
 * never as a gap; a missing figure is not a value and never goes through this scale (the map draws
 * it as a thin dashed line instead). Pure.
 */
import { scaleLinear, scaleSqrt, ticks } from 'd3';
import { formatMapValue, type MapUnitLabel, toUnit } from './formatMapValue';

export interface WidthScaleOptions {
  /** Width of the smallest figure (and of 0), in pixels. */
  min: number;
  /** Width of the largest figure, in pixels. */
  max: number;
  /** `linear`: width ∝ value (clamped up to `min`); `sqrt`: width ∝ √value. Default linear. */
  kind?: 'linear' | 'sqrt';
}

export interface LegendTick {
  value: number;
  label: string;
  width: number;
}

export interface WidthScale {
  /** Width in pixels, rounded to one decimal. */
  width(value: number): number;
  /** The largest value in the domain. */
  readonly domainMax: number;
  /** Up to `count` round values in the label's unit, inside the domain, with their widths. */
  legendTicks(unitLabel: MapUnitLabel, count?: number): LegendTick[];
}

/** Creates a width scale over `values` (negative or non-finite values are a bug and throw). */
export function createWidthScale(values: readonly number[], options: WidthScaleOptions): WidthScale {
  for (const v of values) {
    if (!(Number.isFinite(v) && v >= 0)) throw new Error(`createWidthScale: a figure must be ≥ 0, got ${v}`);
  }
  if (!(options.min > 0 && options.max >= options.min)) {
    throw new Error(`createWidthScale: need 0 < min ≤ max, got min ${options.min}, max ${options.max}`);
  }
  const domainMax = Math.max(0, ...values);
  const base = (options.kind === 'sqrt' ? scaleSqrt() : scaleLinear())
    .domain([0, domainMax || 1])
    .range([0, options.max])
    .clamp(true);
  const width = (value: number): number => Math.round(Math.max(options.min, base(value)) * 10) / 10;
  return {
    width,
    domainMax,
    legendTicks(unitLabel, count = 3) {
      if (domainMax === 0) return [];
      const top = toUnit(domainMax, unitLabel);
      let nice = ticks(0, top, count).filter((t) => t > 0);
      // Keep the largest `count` ticks: the legend should span the data, not crowd its low end.
      if (nice.length > count) nice = nice.slice(nice.length - count);
      const unit = domainMax / top;
      return nice.map((t) => {
        const value = Math.round(t * unit);
        return { value, label: formatMapValue(value, unitLabel), width: width(value) };
      });
    },
  };
}
