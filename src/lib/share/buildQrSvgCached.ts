/**
 * `buildQrSvg` with a cache between builds: a code depends only on its URL and title, and a site keeps almost all of
 * its URLs from one build to the next, so each code is drawn once and read back afterwards (1,000 stories: ~12,000
 * codes). Entries live in the render cache and are marked and pruned like PNGs (src/lib/render/renderCache.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markUsed, RENDER_CACHE_DIR, writeAtomically } from '../render/renderCache';
import { buildQrSvg } from './buildQrSvg';

/** Bump when buildQrSvg's output changes (or qrcode-generator is upgraded), to drop every cached code. */
const QR_CACHE_VERSION = 'qrcode-generator-2.0.4+svg-1';

/** The same string `buildQrSvg(url, title)` returns, from the cache when an earlier build drew it. */
export function buildQrSvgCached(url: string, title: string, cacheDir: string = RENDER_CACHE_DIR): string {
  const key = createHash('sha256')
    .update(JSON.stringify([QR_CACHE_VERSION, url, title]))
    .digest('hex');
  const file = join(cacheDir, `qr-${key}.svg`);
  if (existsSync(file)) {
    markUsed(file);
    return readFileSync(file, 'utf8');
  }
  const svg = buildQrSvg(url, title);
  mkdirSync(cacheDir, { recursive: true });
  writeAtomically(file, new TextEncoder().encode(svg));
  return svg;
}
