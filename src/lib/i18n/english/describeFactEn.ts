/**
 * The English words for one compiled fact, worked out from its typed fields (the build's `labels` are Chinese):
 * the figure, its metric, period and what the period covers, direction, basis, stage and places. The quote stays
 * in Chinese; pages show it as the evidence.
 */
import type { CompiledFact } from '../../data/types';
import { workersInHelpedPlace } from '../../model/figureMeasure';
import { parseValidPeriod } from '../../period/parsePeriod';
import { listEn } from './describeSourceEn';
import { formatFigureEn } from './formatFigureEn';
import { coverageLabelEn, formatPeriodEn } from './formatPeriodEn';
import { basisLabelEn, DIRECTION_LABEL_EN, METRIC_LABEL_EN, STAGE_LABEL_EN } from './labelsEn';
import { placeNameEn } from './placeNamesEn';

export interface FactTextEn {
  /** 17.58亿元 → 1.758 billion yuan, 2.8万余人 → more than 28,000 people. */
  readonly display: string;
  readonly metric: string;
  /** Jan–Nov 2023, 2021–2024, up to Oct 2023. */
  readonly period: string;
  /** 2023, full year; 2021–2024, cumulative; … */
  readonly coverage: string;
  /** east → west, both ways …, or empty. */
  readonly direction: string;
  /** per county on average, not a total …, or empty for a total. */
  readonly basis: string;
  /** allocated, arrived, spent, signed (a target), or empty. */
  readonly stage: string;
  /** Guangdong → Guangxi, Tianjin and Shandong → Gansu, China (national), or empty. */
  readonly places: string;
}

type FactFields = Pick<
  CompiledFact,
  | 'metric'
  | 'value'
  | 'unit'
  | 'qualifier'
  | 'expression'
  | 'period'
  | 'coverage'
  | 'direction'
  | 'basis'
  | 'quote'
  | 'from'
  | 'to'
  | 'at'
  | 'jointFrom'
  | 'jointTo'
> &
  Partial<Pick<CompiledFact, 'stage'>>;

/** Tianjin's, Tianjin and Shandong's. */
const possessiveEn = (names: string): string => `${names}'s`;

/** Several places as a list: Tianjin and Shandong; Guangdong, Fujian and Zhejiang. */
function listNames(ids: readonly string[]): string {
  return listEn(ids.map(placeNameEn));
}

/** The places of a figure in English, as `labels.places` has them in Chinese (浙江 → 四川). */
export function placesTextEn(fact: Omit<FactFields, 'stage'> & { direction: CompiledFact['direction'] }): string {
  const side = (one: string | undefined, joint: readonly string[] | undefined): string =>
    joint !== undefined ? listNames(joint) : one === undefined ? '(not named)' : placeNameEn(one);
  if (fact.from !== undefined || fact.to !== undefined || fact.jointFrom !== undefined || fact.jointTo !== undefined) {
    const helped = fact.from !== undefined || fact.jointFrom !== undefined;
    return workersInHelpedPlace(fact.metric, fact.direction)
      ? helped
        ? `${side(fact.to, fact.jointTo)} (with ${possessiveEn(side(fact.from, fact.jointFrom))} help)`
        : side(fact.to, fact.jointTo)
      : `${side(fact.from, fact.jointFrom)} ${fact.direction === 'mutual' ? '⇄' : '→'} ${side(fact.to, fact.jointTo)}`;
  }
  return fact.at === undefined ? '' : placeNameEn(fact.at);
}

/** The English words for a fact. */
export function describeFactEn(fact: FactFields): FactTextEn {
  const period = formatPeriodEn(parseValidPeriod(fact.period));
  return {
    display: formatFigureEn(fact.value, fact.unit, fact.qualifier, fact.expression),
    metric: METRIC_LABEL_EN[fact.metric],
    period,
    coverage: coverageLabelEn(fact.coverage, period),
    direction: DIRECTION_LABEL_EN[fact.direction],
    basis: basisLabelEn(fact.basis, fact.quote),
    stage: fact.stage === undefined ? '' : STAGE_LABEL_EN[fact.stage],
    places: placesTextEn(fact),
  };
}
