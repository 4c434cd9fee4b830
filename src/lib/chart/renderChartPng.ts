import { rasterizeSvg } from '../render/rasterizeSvg';

/** Renders a standalone chart SVG to PNG at `scale` × its size, on white, with the bundled Noto Sans SC. */
export function renderChartPng(svg: string, scale = 2): Promise<Uint8Array<ArrayBuffer>> {
  return rasterizeSvg(svg, { zoom: scale, background: '#ffffff' });
}
