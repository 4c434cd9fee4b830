import { describe, expect, it } from 'vitest';
import { packViewData, unpackViewData, type ViewData } from '../../src/lib/embed/packViewData';

const view = (metric: string, period: string, files: boolean): ViewData => ({
  metric,
  period,
  path: `/embed/province/gansu/?metric=${metric}&period=${period}`,
  id: `shanhai-gansu-${metric}-${period}`,
  title: `甘肃的东西部协作结对：${metric}（${period}）`,
  fullPath: `/province/gansu/?metric=${metric}&period=${period}`,
  height: 1260,
  name: `shanhai-gansu-${metric}-${period}`,
  ...(files
    ? {
        files: {
          svg: `/embed/province/gansu/${metric}/${period}/shanhai-gansu-${metric}-${period}.svg`,
          png: `/embed/province/gansu/${metric}/${period}/shanhai-gansu-${metric}-${period}.png`,
          csv: `/embed/province/gansu/${metric}/${period}/shanhai-gansu-${metric}-${period}.csv`,
        },
      }
    : {}),
});

describe('packViewData', () => {
  const views = [view('funds', '2021', true), view('cadres', '2022', false), view('labor', 'latest', true)];

  it('writes each address once as a template and each view with its own fields only', () => {
    const packed = packViewData(views);
    expect(packed.templates.path).toBe('/embed/province/gansu/?metric={metric}&period={period}');
    expect(packed.templates.png).toBe('/embed/province/gansu/{metric}/{period}/shanhai-gansu-{metric}-{period}.png');
    expect(packed.views[1]).toEqual({ metric: 'cadres', period: '2022', title: views[1]?.title, height: 1260 });
    // A map's 18 views: less than half the text.
    const all = ['funds', 'cadres', 'labor'].flatMap((m) =>
      ['2021', '2022', '2023', '2024', '2025', 'latest'].map((p) => view(m, p, true)),
    );
    expect(JSON.stringify(packViewData(all)).length).toBeLessThan(JSON.stringify(all).length / 2);
  });

  it('unpacks to exactly the views it was given, a view its template does not fit included', () => {
    const odd = { ...view('funds', '2023', true), path: '/embed/map/funds/2023/' };
    expect(unpackViewData(packViewData([...views, odd]))).toEqual([...views, odd]);
    expect(packViewData([...views, odd]).views.at(-1)?.path).toBe('/embed/map/funds/2023/');
  });
});
