import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** The bundled Noto Sans SC (OFL) files, so a PNG shows its Chinese text on any machine, fonts installed or not. */
export function chartFontFiles(): string[] {
  const root = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  return [join(root, '400Regular', 'NotoSansSC_400Regular.ttf'), join(root, '700Bold', 'NotoSansSC_700Bold.ttf')];
}

/** Renders a standalone chart SVG to PNG at `scale` × its size, with Noto Sans SC and no system fonts. */
export function renderChartPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
  });
  return resvg.render().asPng();
}
