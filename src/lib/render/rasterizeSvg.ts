import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** The bundled CJK font (Noto Sans SC, OFL), so PNGs render Chinese text on any machine, fonts installed or not. */
export const CJK_FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
];
export const CJK_FONT_FAMILY = 'Noto Sans SC';

export interface RasterizeOptions {
  /** Scale factor of the SVG's own size (2 for sharp downloads); ignored when `width` is set. */
  readonly zoom?: number;
  /** Output width in pixels. */
  readonly width?: number;
  /** Background colour; transparent when absent. */
  readonly background?: string;
}

/** Renders an SVG string to PNG bytes with the bundled font only (no system fonts, so the output is reproducible). */
export function rasterizeSvg(svg: string, options: RasterizeOptions = {}): Uint8Array<ArrayBuffer> {
  const fitTo =
    options.width !== undefined
      ? { mode: 'width' as const, value: options.width }
      : options.zoom !== undefined
        ? { mode: 'zoom' as const, value: options.zoom }
        : undefined;
  const resvg = new Resvg(svg, {
    font: { fontFiles: CJK_FONT_FILES, loadSystemFonts: false, defaultFontFamily: CJK_FONT_FAMILY },
    ...(fitTo === undefined ? {} : { fitTo }),
    ...(options.background === undefined ? {} : { background: options.background }),
  });
  // A copy with its own ArrayBuffer, which Response and Blob accept as a body.
  return new Uint8Array(resvg.render().asPng());
}
