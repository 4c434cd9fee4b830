import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifySiteOutput } from '../../src/lib/publish/verifySiteOutput';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shanhai-site-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

describe('verifySiteOutput', () => {
  const good = {
    'index.html': '<a href="/stories/yuegui/">粤桂</a>',
    'sitemap-index.xml': '<sitemapindex/>',
    'stories/yuegui/index.html': '<p>粤桂</p>',
    'og/home.png': PNG,
    'pagefind/pagefind.js': 'export {}',
    'pagefind/pagefind-entry.json': JSON.stringify({ languages: { 'zh-cn': { page_count: 3 } } }),
  };

  it('passes a complete site', () => {
    expect(verifySiteOutput(site(good), ['yuegui'])).toEqual([]);
  });

  it('names a missing story page, an unsafe link and a PNG that is not one ("[object Promise]")', () => {
    const dir = site({
      ...good,
      'index.html': '<a href="javascript:alert(1)">x</a>',
      'embed/map/funds/2023/map.png': '[object Promise]',
    });
    expect(verifySiteOutput(dir, ['yuegui', 'gansu-2021'])).toEqual([
      'stories/gansu-2021/index.html was not built',
      'index.html has an unsafe URL: href="javascript:',
      'embed/map/funds/2023/map.png is not a PNG image',
    ]);
  });

  it('names a missing search index, and one without the Chinese pages', () => {
    const { 'pagefind/pagefind.js': _js, ...noIndex } = good;
    expect(verifySiteOutput(site(noIndex), ['yuegui'])).toEqual(['pagefind/ (the search index) was not written']);
    const english = { ...good, 'pagefind/pagefind-entry.json': '{"languages":{"en":{"page_count":2}}}' };
    expect(verifySiteOutput(site(english), ['yuegui'])).toEqual([
      'the search index holds 0 Chinese (zh-cn) page(s), fewer than the 2 it must have',
    ]);
  });
});
