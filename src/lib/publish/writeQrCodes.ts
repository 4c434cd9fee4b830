import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { translate } from '../i18n/messages';
import { buildQrSvgCached } from '../share/buildQrSvgCached';

/** The share box's marker (src/components/SharePage.astro) and the page's canonical URL it carries. */
const SHARE = /<shanhai-share data-url="([^"]+)"/;
/** A map view drawn in the page (src/components/map/): its metric and period. */
const VIEW = /class="pm-view\b[^"]*"[^>]*?\sdata-metric="([a-z0-9-]+)"[^>]*?\sdata-period="([a-z0-9-]+)"/g;

/**
 * Writes the QR codes the share box shows, beside each page that has one: `qr.svg` for the page's canonical URL and
 * `qr-<metric>-<period>.svg` for each map view drawn on it (the URL with `?metric=&period=`, as the map keeps it).
 * Runs on the staged site after Astro, so codes and pages are published together; codes an earlier build drew come
 * from the render cache (`cacheDir`, default node_modules/.cache/shanhai-render). Returns the number written.
 */
export function writeQrCodes(dir: string, cacheDir?: string): number {
  let written = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const share = SHARE.exec(html);
    if (share?.[1] === undefined) continue;
    const page = share[1].replace(/&amp;/g, '&');
    const folder = dirname(file);
    // The code's <title> in the page's language (read from the canonical URL: English pages live under /en/).
    const locale = new URL(page).pathname.startsWith('/en/') ? 'en' : 'zh';
    writeFileSync(join(folder, 'qr.svg'), buildQrSvgCached(page, translate(locale, 'common.share.qrAlt'), cacheDir));
    written++;
    const views = new Set([...html.matchAll(VIEW)].map((m) => `${m[1]}-${m[2]}`));
    for (const view of views) {
      const [metric, period] = view.split(/-(.*)/s);
      const url = new URL(page);
      url.searchParams.set('metric', metric ?? '');
      url.searchParams.set('period', period ?? '');
      writeFileSync(
        join(folder, `qr-${view}.svg`),
        buildQrSvgCached(url.href, translate(locale, 'common.share.qrViewTitle'), cacheDir),
      );
      written++;
    }
  }
  return written;
}
