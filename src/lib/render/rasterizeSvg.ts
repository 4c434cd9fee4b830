import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { charactersOf } from './charactersOf';
import { markUsed, RENDER_CACHE_DIR, writeAtomically } from './renderCache';
import { renderPngInWorker } from './renderPool';
import { recordRender } from './renderStats';
import { fontCharactersFor, siteCharacters } from './siteCharacters';
import { subsetFontFiles } from './subsetFontFiles';

const require = createRequire(import.meta.url);

/** The bundled CJK font (Noto Sans SC, OFL), so PNGs render Chinese text on any machine, fonts installed or not. */
export const CJK_FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
];
export const CJK_FONT_FAMILY = 'Noto Sans SC';

/** Bump when the rendering itself changes (resvg version, font handling), to drop every cached PNG. */
const RENDER_CACHE_VERSION = 'resvg-2.6.2+noto-sans-sc-subset-1';

export interface RasterizeOptions {
  /** Scale factor of the SVG's own size (2 for sharp downloads); ignored when `width` is set. */
  readonly zoom?: number;
  /** Output width in pixels. */
  readonly width?: number;
  /** Background colour; transparent when absent. */
  readonly background?: string;
  /** Folder for font subsets and finished PNGs (default: node_modules/.cache/shanhai-render). */
  readonly cacheDir?: string;
}

/**
 * Renders an SVG string to PNG bytes with the bundled font only (no system fonts, so the output is reproducible).
 * The font is subset to the site's characters (`siteCharacters`; resvg then loads hundreds of kilobytes, not 20 MB), rendering and encoding run in
 * worker threads (`renderPngInWorker`, so a build renders one per core while it writes other pages), and a PNG whose SVG and options are unchanged since
 * an earlier build is read back from the cache instead of rendered again.
 */
export async function rasterizeSvg(svg: string, options: RasterizeOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const cacheDir = options.cacheDir ?? RENDER_CACHE_DIR;
  const fitTo =
    options.width !== undefined
      ? { mode: 'width' as const, value: options.width }
      : options.zoom !== undefined
        ? { mode: 'zoom' as const, value: options.zoom }
        : undefined;
  const key = createHash('sha256')
    .update(JSON.stringify([RENDER_CACHE_VERSION, fitTo ?? null, options.background ?? null]))
    .update(svg)
    .digest('hex');
  const cached = join(cacheDir, `png-${key}.png`);
  // A copy with its own ArrayBuffer, which Response and Blob accept as a body.
  const started = performance.now();
  if (existsSync(cached)) {
    markUsed(cached);
    recordRender({ ms: performance.now() - started, cached: true });
    return new Uint8Array(readFileSync(cached));
  }
  // One subset of the site's characters for every image (the same pixels as a subset of the image's own: glyphs are
  // copied, not changed), so the font is subset once per build, not twice per image.
  const fontFiles = await subsetFontFiles(
    CJK_FONT_FILES,
    fontCharactersFor(charactersOf(svg), siteCharacters()),
    cacheDir,
  );
  const subsetMs = performance.now() - started;
  const { png, ms } = await renderPngInWorker(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CJK_FONT_FAMILY },
    ...(fitTo === undefined ? {} : { fitTo }),
    ...(options.background === undefined ? {} : { background: options.background }),
  });
  mkdirSync(cacheDir, { recursive: true });
  writeAtomically(cached, png);
  recordRender({ ms: subsetMs + ms, cached: false });
  return png;
}
