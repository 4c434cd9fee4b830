import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** The bundled CJK font (Noto Sans SC, OFL), so PNGs render Chinese text on any machine. */
export const CJK_FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
];
export const CJK_FONT_FAMILY = 'Noto Sans SC';

/** Renders an SVG string to PNG bytes with the bundled font only (no system fonts: the output is reproducible). */
export function rasterizeSvg(svg: string, width?: number): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    font: { fontFiles: CJK_FONT_FILES, loadSystemFonts: false, defaultFontFamily: CJK_FONT_FAMILY },
    ...(width === undefined ? {} : { fitTo: { mode: 'width' as const, value: width } }),
  });
  // A copy with its own ArrayBuffer, which Response and Blob accept as a body.
  return new Uint8Array(resvg.render().asPng());
}
