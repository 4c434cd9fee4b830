import { describe, expect, it } from 'vitest';
import { selectFigure } from '../../src/lib/map/selectFigure';
import type { MapData, MapFigure } from '../../src/lib/map/types';
import fixture from '../fixtures/map-data.json';

const data = fixture as MapData;

describe('selectFigure', () => {
  it('finds the figure for a pair, metric and period (江苏→陕西 funds 2023: 26.4亿元)', () => {
    const s = selectFigure(data.figures, 'jiangsu--shaanxi', 'funds', '2023');
    expect(s.kind).toBe('figure');
    expect(s.kind === 'figure' && s.figure.expression).toBe('26.4亿元');
    expect(s.kind === 'figure' && s.figure.value).toBe(2_640_000_000);
  });

  it('says "none" — not zero — when the sources have no figure', () => {
    expect(selectFigure(data.figures, 'beijing--neimenggu', 'funds', '2023')).toEqual({ kind: 'none' });
  });

  it('matches the period exactly: 2021 is not 2021..2023', () => {
    expect(selectFigure(data.figures, 'guangdong--guangxi', 'cadres', '2021')).toEqual({ kind: 'none' });
    const s = selectFigure(data.figures, 'guangdong--guangxi', 'cadres', '2021-01..2023-10');
    expect(s.kind === 'figure' && s.figure.expression).toBe('376人次');
  });

  it('never draws a target as delivered (浙江→四川 2022: 33.1亿元 is a target)', () => {
    const s = selectFigure(data.figures, 'zhejiang--sichuan', 'funds', '2022');
    expect(s.kind).toBe('target-only');
    expect(s.kind === 'target-only' && s.target.expression).toBe('33.1亿元');
  });

  it('prefers the east→west flow when both directions have a figure (苏陕 cadres 2021: 148, not 306)', () => {
    const s = selectFigure(data.figures, 'jiangsu--shaanxi', 'cadres', '2021');
    expect(s.kind === 'figure' && s.figure.value).toBe(148);
  });

  it('returns the west→east figure when it is the only one', () => {
    const onlyWest = data.figures.filter((f) => f.factId !== 'sushan-2021-cadres-east');
    const s = selectFigure(onlyWest, 'jiangsu--shaanxi', 'cadres', '2021');
    expect(s.kind === 'figure' && s.figure.direction).toBe('west-to-east');
    expect(s.kind === 'figure' && s.figure.value).toBe(306);
  });

  it('among two outcomes of one direction takes the latest source, whatever the input order', () => {
    const base = data.figures.find((f) => f.factId === 'sushan-2023-funds') as MapFigure;
    const older = { ...base, factId: 'b-older', value: 1, source: { ...base.source, date: '2023-01-01' } };
    const newer = { ...base, factId: 'a-newer', value: 2, source: { ...base.source, date: '2024-05-01' } };
    for (const figures of [
      [older, newer],
      [newer, older],
    ]) {
      const s = selectFigure(figures, 'jiangsu--shaanxi', 'funds', '2023');
      expect(s.kind === 'figure' && s.figure.factId).toBe('a-newer');
    }
  });
});
