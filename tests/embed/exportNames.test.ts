import { describe, expect, it } from 'vitest';
import { buildOEmbed, oembedPath } from '../../src/lib/embed/buildOEmbed';
import { readThemeOption, resolveEmbedTheme } from '../../src/lib/embed/embedTheme';
import { exportName, mapViewName } from '../../src/lib/embed/exportNames';

describe('download file names', () => {
  it('are ASCII and say what they show', () => {
    expect(mapViewName('guangdong--guangxi', 'funds', '2022')).toBe('shanhai-guangdong-guangxi-funds-2022');
    expect(mapViewName('national', 'labor', 'latest')).toBe('shanhai-national-labor-latest');
    expect(exportName('guangdong--guangxi', 'chart')).toBe('shanhai-guangdong-guangxi-chart');
    expect(exportName('chengyang-weiyuan', 2, 'chart')).toBe('shanhai-chengyang-weiyuan-2-chart');
  });

  it('drop anything but letters and digits, and refuse a name with none', () => {
    expect(exportName('Shenzhen Futian', '广东')).toBe('shanhai-shenzhen-futian');
    expect(() => exportName('广东')).toThrow('at least one part');
  });
});

describe('embed theme (?theme=)', () => {
  it('a host’s light or dark wins over the reader’s system; auto and anything else follow it', () => {
    expect(resolveEmbedTheme(readThemeOption('?id=x&theme=light'), true)).toBe('light');
    expect(resolveEmbedTheme(readThemeOption('?theme=dark'), false)).toBe('dark');
    expect(resolveEmbedTheme(readThemeOption('?theme=auto'), true)).toBe('dark');
    expect(resolveEmbedTheme(readThemeOption('?theme=sepia'), false)).toBe('light');
    expect(readThemeOption('')).toBe('auto');
  });
});

describe('oEmbed', () => {
  it('a rich response with the script snippet, its height and the PNG as thumbnail', () => {
    const embed = {
      path: '/embed/pair/guangdong--guangxi/',
      id: 'shanhai-pair-guangdong--guangxi',
      title: '广东 → 广西：历年主要数字',
      height: 1210,
      fullPath: '/pair/guangdong--guangxi/',
      image: { path: '/embed/pair/guangdong--guangxi/shanhai-guangdong-guangxi-chart.png', alt: '图', width: 1080 },
    };
    const o = buildOEmbed(embed, 'https://shanhai.example.org/');
    expect(o).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 1210, thumbnail_width: 1080 });
    expect(o.html).toContain(
      'src="https://shanhai.example.org/embed/pair/guangdong--guangxi/?id=shanhai-pair-guangdong--guangxi"',
    );
    expect(o.thumbnail_url).toBe(
      'https://shanhai.example.org/embed/pair/guangdong--guangxi/shanhai-guangdong-guangxi-chart.png',
    );
    expect(oembedPath('/embed/province/guangdong/?metric=funds&period=2023')).toBe(
      '/embed/province/guangdong/oembed.json',
    );
  });
});
