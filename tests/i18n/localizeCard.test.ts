import { describe, expect, it } from 'vitest';
import type { CompiledSource, FigureCard } from '../../src/lib/data/types';
import { localizeCard } from '../../src/lib/i18n/english/localizeCard';
import { compiledFact } from '../fixtures/compiledFact';

const fact = compiledFact({ id: 'f1', sourceId: 'src-a' });
const card: FigureCard = {
  factId: 'f1',
  metric: 'funds.fiscal',
  metricLabel: '财政援助资金',
  display: '45.98亿元',
  period: '2023年全年',
  places: '广东 → 广西',
  tags: [],
  source: { href: '/source/src-a/#fact-f1', text: '新华社，2024-03-30' },
  note: '另有 2 个数字',
};
// Only the fields localizeCard reads; a whole CuratedSource would be noise here.
const source = (outlet: string) =>
  ({ id: 'src-a', outlet, published: { date: '2024-03-30' } }) as unknown as CompiledSource;

describe('an English headline card', () => {
  it('names a known outlet in English and links to the English source page', () => {
    const en = localizeCard(card, fact, source('新华社'));
    expect(en.source).toEqual({
      href: '/en/source/src-a/#fact-f1',
      outlet: 'Xinhua News Agency',
      outletLang: 'en',
      date: '2024-03-30',
    });
    expect(en.display).toBe('4.598 billion yuan');
    expect(en.note).toBe('2 more for the same period, kept beside this one (see the source pages).');
  });

  it('keeps an outlet it has no English name for in Chinese, marked', () => {
    expect(localizeCard(card, fact, source('黔西南州（未署报名）')).source).toMatchObject({
      outlet: '黔西南州（未署报名）',
      outletLang: 'zh-CN',
    });
  });

  it('says that an outlet is unknown in English', () => {
    expect(localizeCard(card, fact, source('媒体不详（原网页只注明“新闻中心”栏目）')).source.outlet).toBe(
      'Outlet unknown (the page names only its "news centre" section)',
    );
  });
});
