import { describe, expect, it } from 'vitest';
import { viewCredits } from '../../src/lib/embed/viewCredits';
import { layoutPairingMap } from '../../src/lib/map/layoutPairingMap';
import { loadChinaTopology } from '../../src/lib/map/loadChinaTopology';
import type { MapData } from '../../src/lib/map/types';
import fixture from '../fixtures/map-data.json';

const data = fixture as MapData;
const credit = (focus: string | undefined, metric: string, period: string): string[] => {
  const layout = layoutPairingMap(data, loadChinaTopology(), {
    width: 720,
    height: 560,
    ...(focus === undefined ? {} : { focus }),
  });
  const view = viewCredits(layout).find((c) => c.metric === metric && c.period === period);
  return (view?.sources ?? []).map((s) => s.href);
};

describe('embed credits name the sources of the figures shown', () => {
  it('a focused map credits its own figures, not the national view’s', () => {
    // 江苏→陕西 funds 2023 come from 陕西日报 2024-02-14; the national total from article 000.
    expect(credit('shaanxi', 'funds', '2023')).toEqual(['/source/shaanxi-daily-2024-02-14/']);
    expect(credit(undefined, 'funds', '2023')).toContain('/source/unknown-2024-02-national/');
    expect(credit(undefined, 'funds', '2023')).toContain('/source/shaanxi-daily-2024-02-14/');
  });

  it('each view has its own credit', () => {
    expect(credit('shaanxi', 'funds', '2021')).toEqual(['/source/shaanxi-daily-2022-02-16/']);
    expect(credit('guangxi', 'funds', '2022')).toEqual(['/source/guangxi-2023-06-01-yuegui/']);
  });
});
