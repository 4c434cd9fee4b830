/**
 * The first-load client JS budget of issue 14: at most 15 KB gzipped per page, counting every script the page runs
 * before the reader does anything (inline scripts and every module it loads, imports included). Search is excluded
 * until opened: Pagefind's script must not be among them (tests/browser/search.test.ts checks it loads on demand).
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { listSitePages } from './support/sitePages';
import { useSiteInBrowser } from './support/useSiteInBrowser';

const BUDGET = 15 * 1024;
const site = useSiteInBrowser();

const firstOfTemplate = new Map<string, string>();
for (const page of listSitePages())
  if (!page.template.startsWith('embed/') && !firstOfTemplate.has(page.template))
    firstOfTemplate.set(page.template, page.path);

test.each([...firstOfTemplate.entries()])('%s (%s): first-load JS within 15 KB gz', async (_template, path) => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const scripts: Promise<{ url: string; gz: number }>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script')
      scripts.push(r.body().then((b) => ({ url: new URL(r.url()).pathname, gz: gzipSync(b, { level: 9 }).length })));
  });
  await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
  const inline = await page.$$eval('script:not([src])', (s) => s.map((x) => x.textContent ?? ''));
  const loaded = await Promise.all(scripts);
  const total = loaded.reduce((sum, s) => sum + s.gz, 0) + inline.reduce((sum, s) => sum + gzipSync(s).length, 0);
  await page.close();
  expect(loaded.map((s) => s.url).filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
  expect(total, loaded.map((s) => `${s.url} ${s.gz}`).join(', ')).toBeLessThanOrEqual(BUDGET);
});
