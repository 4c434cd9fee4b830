import type { CompiledSource } from '../data/types';
import { csvPaths } from './csvPaths';
import { SITE_ORIGIN } from './siteOrigin';

/**
 * schema.org `Dataset` for /data/, so dataset search engines (Google Dataset Search and the like) find the data
 * with its licence, coverage in time, and downloads.
 */
export function buildDatasetJsonLd(sources: readonly CompiledSource[]): Record<string, unknown> {
  const dates = sources.map((s) => s.published.date).sort();
  const url = (path: string): string => new URL(`/data/${path}`, SITE_ORIGIN).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: '山海：东西部协作数据',
    alternateName: 'Shanhai: East–West cooperation in figures',
    description:
      '东部省市对口帮扶西部省区市（东西部协作）的数字：财政援助资金、干部与专业技术人才、劳动力就业等，' +
      '每个数字附来源原文语句、时期、限定词和口径。',
    url: new URL('/data/', SITE_ORIGIN).href,
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    creator: { '@type': 'Organization', name: '山海 Shanhai', url: SITE_ORIGIN },
    keywords: ['东西部协作', '对口帮扶', '财政援助资金', '劳务协作'],
    spatialCoverage: { '@type': 'Place', name: '中国' },
    ...(dates.length > 0 ? { temporalCoverage: `${dates[0]}/${dates.at(-1)}` } : {}),
    isBasedOn: sources.flatMap((s) => s.url ?? s.readAt ?? []),
    distribution: [
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: url(csvPaths('facts').excel),
        name: 'Excel（带 BOM）',
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: url(csvPaths('facts').plain),
        name: 'UTF-8（无 BOM）',
      },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: url('facts.json') },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: url('datapackage.json'),
        name: 'Frictionless Data Package',
      },
    ],
  };
}
