/** The words the map shows, in one place so the tooltip, the table and the tests agree. */
import { MAP_METRICS } from '../model/metrics';
import type { MapFigure, MapMetric } from './types';

/** What an arc without a figure says. Never drawn or read as zero. */
export const NO_FIGURE_TEXT = '无数字（所据资料中没有此数字，不是零）';

/** Shown for a target-only pair: targets are plans, not deliveries. */
export const TARGET_TEXT = '目标';

const QUALIFIER_TEXT: Record<MapFigure['qualifier'], string> = {
  exact: '',
  approx: '约数',
  'at-least': '下限（至少此数）',
  'at-most': '上限（至多此数）',
};

/** The short mark drawn on an arc with an inexact figure, and put before its value in text. */
export const QUALIFIER_MARK: Record<MapFigure['qualifier'], string> = {
  exact: '',
  approx: '约',
  'at-least': '≥',
  'at-most': '≤',
};

/** "下限（至少此数）" for at-least figures, "" for exact ones. */
export function qualifierText(q: MapFigure['qualifier']): string {
  return QUALIFIER_TEXT[q];
}

/** The metric's label, e.g. 财政援助资金. */
export function metricLabel(metric: MapMetric): string {
  return MAP_METRICS[metric].label;
}

/** The metric's legend unit, e.g. 亿元. */
export function metricUnitLabel(metric: MapMetric): '亿元' | '人' | '万人' {
  return MAP_METRICS[metric].unitLabel;
}

/** "来源：title（outlet，2023-11-07）". */
export function sourceText(figure: MapFigure): string {
  return `${figure.source.title}（${figure.source.outlet}，${figure.source.date}）`;
}
