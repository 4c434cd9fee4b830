import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../src/lib/period/formatPeriod';
import { parsePeriod, parseValidPeriod } from '../src/lib/period/parsePeriod';

describe('parsePeriod', () => {
  it('reads a calendar year as January to December', () => {
    expect(parseValidPeriod('2023')).toEqual({
      text: '2023',
      start: '2023-01',
      end: '2023-12',
      withinOneYear: true,
      wholeYear: true,
    });
  });
  it('reads "2021年以来 … 今年1至9月" as a month range across years', () => {
    expect(parseValidPeriod('2021-01..2023-09')).toMatchObject({
      start: '2021-01',
      end: '2023-09',
      withinOneYear: false,
      wholeYear: false,
    });
  });
  it('reads a cumulative figure with an unknown start', () => {
    expect(parseValidPeriod('..2023-10')).toMatchObject({ start: undefined, end: '2023-10' });
  });
  it('reads year ranges inclusively', () => {
    expect(parseValidPeriod('2021..2023')).toMatchObject({ start: '2021-01', end: '2023-12' });
  });
  it.each([
    ['2023年', '"2023年" is not a period; write 2023, 2023-05, 2021..2023, 2021-01..2023-09 or ..2023-10'],
    ['2023-13', '"2023-13" is not a period; write 2023, 2023-05, 2021..2023, 2021-01..2023-09 or ..2023-10'],
    ['2023..2021', '"2023..2021" ends before it starts; write the earlier bound first'],
    ['1890', '"1890" lies outside 1990–2035; check the year'],
    [
      '2021..2022..2023',
      '"2021..2022..2023" is not a period; write 2023, 2023-05, 2021..2023, 2021-01..2023-09 or ..2023-10',
    ],
  ])('rejects %s with a message saying how to write it', (text, error) => {
    expect(parsePeriod(text)).toEqual({ ok: false, error });
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2023', '2023年'],
    ['2023-01..2023-09', '2023年1—9月'],
    ['2021..2023', '2021—2023年'],
    ['2021-01..2023-09', '2021年1月—2023年9月'],
    ['..2023-10', '截至2023年10月'],
    ['2023-05', '2023年5月'],
  ])('%s → %s', (text, label) => {
    expect(formatPeriod(parseValidPeriod(text))).toBe(label);
  });
});
