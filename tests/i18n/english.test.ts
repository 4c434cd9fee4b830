import { describe, expect, test } from 'vitest';
import { describeFactEn } from '../../src/lib/i18n/english/describeFactEn';
import { formatFigureEn, formatValueEn, qualifierWordsEn } from '../../src/lib/i18n/english/formatFigureEn';
import { coverageLabelEn, formatPeriodEn } from '../../src/lib/i18n/english/formatPeriodEn';
import { basisLabelEn, DIRECTION_LABEL_EN, METRIC_LABEL_EN } from '../../src/lib/i18n/english/labelsEn';
import { placeFullNameEn, placeNameEn } from '../../src/lib/i18n/english/placeNamesEn';
import { parsePeriod } from '../../src/lib/period/parsePeriod';
import { loadReference } from '../../src/lib/reference/loadReference';
import { compiledFact } from '../fixtures/compiledFact';

function period(text: string) {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.period;
}

describe('English figures', () => {
  test('亿元 in billions and millions of yuan, no digit rounded away', () => {
    expect(formatFigureEn(17.58e8, 'yuan')).toBe('1.758 billion yuan');
    expect(formatFigureEn(231.9e8, 'yuan')).toBe('23.19 billion yuan');
    expect(formatFigureEn(3.57e8, 'yuan')).toBe('357 million yuan');
    expect(formatFigureEn(3045.67e4, 'yuan')).toBe('30.4567 million yuan');
    expect(formatFigureEn(850_000, 'yuan')).toBe('850,000 yuan');
  });

  test('people and person-times are different words', () => {
    expect(formatValueEn(2.5e4, 'person')).toBe('25,000 people');
    expect(formatValueEn(1, 'person')).toBe('1 person');
    expect(formatValueEn(3045, 'person-time')).toBe('3,045 person-times');
    expect(formatValueEn(12, 'count')).toBe('12');
  });

  test('qualifiers as the Chinese means them', () => {
    expect(formatFigureEn(2.5e4, 'person', 'approx', '约2.5万人')).toBe('about 25,000 people');
    expect(formatFigureEn(1.2e4, 'person', 'approx', '近1.2万人')).toBe('nearly 12,000 people');
    expect(formatFigureEn(2.8e4, 'person', 'at-least', '2.8万余人')).toBe('more than 28,000 people');
    expect(formatFigureEn(200, 'person', 'at-least', '200多名')).toBe('more than 200 people');
    expect(formatFigureEn(50e8, 'yuan', 'at-least', '超50亿元')).toBe('more than 5 billion yuan');
    expect(formatFigureEn(16e8, 'yuan', 'at-least', '16亿元以上')).toBe('at least 1.6 billion yuan');
    expect(formatFigureEn(1e4, 'person', 'at-most', '不到1万人')).toBe('less than 10,000 people');
    expect(qualifierWordsEn('at-most', '5000人以内')).toBe('at most');
    expect(qualifierWordsEn('at-least')).toBe('at least');
  });
});

describe('English periods', () => {
  test('the shapes of a curated period', () => {
    expect(formatPeriodEn(period('2023'))).toBe('2023');
    expect(formatPeriodEn(period('2023-05'))).toBe('May 2023');
    expect(formatPeriodEn(period('2023-01..2023-11'))).toBe('Jan–Nov 2023');
    expect(formatPeriodEn(period('2021..2024'))).toBe('2021–2024');
    expect(formatPeriodEn(period('2021-04..2023-09'))).toBe('Apr 2021–Sep 2023');
    expect(formatPeriodEn(period('..2023-10'))).toBe('up to Oct 2023');
  });

  test('with what they cover', () => {
    expect(coverageLabelEn('full-year', formatPeriodEn(period('2023')))).toBe('2023, full year');
    expect(coverageLabelEn('multi-year', formatPeriodEn(period('2021..2024')))).toBe('2021–2024, cumulative');
    expect(coverageLabelEn('to-date', formatPeriodEn(period('..2023-11')))).toBe('cumulative up to Nov 2023');
    expect(coverageLabelEn('stock', formatPeriodEn(period('..2024-01')))).toBe('standing at Jan 2024');
    expect(coverageLabelEn('part-year', formatPeriodEn(period('2023-01..2023-09')))).toBe('Jan–Sep 2023');
  });
});

describe('English labels', () => {
  test('direction and basis', () => {
    expect(DIRECTION_LABEL_EN.mutual).toBe('both ways (one figure for both directions)');
    expect(DIRECTION_LABEL_EN['east-to-west']).toBe('east → west');
    expect(basisLabelEn('average', '县均投入财政援助资金3000万元')).toBe('per county on average, not a total');
    expect(basisLabelEn('average', '平均每人')).toBe('an average, not a total');
    expect(basisLabelEn('total', '县均')).toBe('');
  });

  test('metrics', () => {
    expect(METRIC_LABEL_EN['funds.fiscal']).toBe('Fiscal aid');
    expect(METRIC_LABEL_EN['labor.employed']).toBe('Rural workers helped into jobs');
  });

  test('province names: short on maps, full in tables', () => {
    expect(['neimenggu', 'guangxi', 'ningxia', 'xinjiang', 'xizang'].map(placeNameEn)).toEqual([
      'Inner Mongolia',
      'Guangxi',
      'Ningxia',
      'Xinjiang',
      'Tibet',
    ]);
    expect(placeFullNameEn('guangxi')).toBe('Guangxi Zhuang Autonomous Region');
    expect(placeFullNameEn('xizang')).toBe('Tibet (Xizang) Autonomous Region');
    expect(placeFullNameEn('shandong')).toBe('Shandong Province');
    expect(placeFullNameEn('chongqing')).toBe('Chongqing Municipality');
    expect(placeFullNameEn('hongkong')).toBe('Hong Kong Special Administrative Region');
    expect(placeFullNameEn('qingdao-chengyang')).toBe('Chengyang District');
    expect(placeNameEn('linxia')).toBe('Linxia Hui Autonomous Prefecture');
    expect(() => placeNameEn('atlantis')).toThrow('no English name for the place "atlantis"');
  });

  test('every place in the reference data has an English name with no Chinese in it', () => {
    const ref = loadReference();
    for (const id of [...ref.provinces, ...ref.places].map((p) => p.id)) {
      expect(placeFullNameEn(id), id).not.toMatch(/[\u3400-\u9fff]/u);
    }
  });
});

describe('a fact in English', () => {
  test('from its typed fields, not from the Chinese labels', () => {
    const { from: _from, ...fact } = compiledFact({
      id: 'f1',
      expression: '17.58亿元',
      value: 17.58e8,
      period: '2021..2024',
      quote: '县均投入17.58亿元',
      basis: 'average',
      jointFrom: ['tianjin', 'shandong'],
      to: 'gansu',
      stage: 'arrived',
    });
    expect(describeFactEn(fact)).toEqual({
      display: '1.758 billion yuan',
      metric: 'Fiscal aid',
      period: '2021–2024',
      coverage: '2021–2024, cumulative',
      direction: 'east → west',
      basis: 'per county on average, not a total',
      stage: 'arrived',
      places: 'Tianjin and Shandong → Gansu',
    });
  });

  test('a mutual figure and a national one', () => {
    const mutual = compiledFact({
      id: 'f2',
      direction: 'mutual',
      period: '2023-01..2023-11',
      expression: '约3000人',
      value: 3000,
      unit: 'person',
      qualifier: 'approx',
      metric: 'people.cadres',
    });
    expect(describeFactEn(mutual)).toMatchObject({
      display: 'about 3,000 people',
      coverage: 'Jan–Nov 2023',
      places: 'Guangdong ⇄ Guangxi',
    });
    const { from: _f, to: _t, ...national } = compiledFact({ id: 'f3', at: 'national', direction: 'none' });
    expect(describeFactEn(national)).toMatchObject({
      places: 'China (national)',
      direction: '',
      coverage: '2023, full year',
    });
  });

  test('workers helped into jobs in the west are placed where they are; workers who go east keep the arrow', () => {
    const helped = compiledFact({
      id: 'f4',
      metric: 'labor.employed',
      expression: '73.85万人',
      value: 738500,
      unit: 'person',
    });
    expect(describeFactEn(helped).places).toBe("Guangxi (with Guangdong's help)");
    const { from: _f, ...joint } = compiledFact({
      id: 'f5',
      metric: 'labor.local',
      jointFrom: ['tianjin', 'shandong'],
      to: 'gansu',
      unit: 'person',
    });
    expect(describeFactEn(joint).places).toBe("Gansu (with Tianjin and Shandong's help)");
    const east = compiledFact({
      id: 'f6',
      metric: 'labor.transferred-east',
      from: 'guangxi',
      to: 'guangdong',
      direction: 'west-to-east',
      unit: 'person',
    });
    expect(describeFactEn(east).places).toBe('Guangxi → Guangdong');
  });
});
