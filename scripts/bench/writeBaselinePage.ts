/**
 * The conventional way to put this map on a page, for the benchmark's baseline: a page that loads
 * the whole of d3 and Observable Plot (UMD bundles from node_modules, served locally, no CDN), the
 * province GeoJSON and the map data, then draws provinces and one line per pairing in the browser,
 * width by value. Its geometry is our own TopoJSON expanded to GeoJSON, so both maps have the
 * same detail and only the way of drawing differs.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** A file in node_modules (d3 and Plot do not export their UMD bundles, so no require.resolve). */
const nodeModule = (path: string): string => fileURLToPath(new URL(`../../node_modules/${path}`, import.meta.url));

/** Writes the baseline site (index.html, scripts, GeoJSON, map.json) into `dir` from a built `dist`. */
export function writeBaselinePage(dist: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(nodeModule('d3/dist/d3.min.js'), join(dir, 'd3.min.js'));
  copyFileSync(nodeModule('@observablehq/plot/dist/plot.umd.min.js'), join(dir, 'plot.umd.min.js'));
  copyFileSync(join(dist, 'data/map.json'), join(dir, 'map.json'));
  const topology = JSON.parse(readFileSync(join(dist, 'geo/china-provinces.topo.json'), 'utf8')) as Topology;
  const name = Object.keys(topology.objects)[0] as string;
  writeFileSync(join(dir, 'china.geojson'), JSON.stringify(feature(topology, name)));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Baseline: client-side d3 + Plot map</title>
<link rel="icon" href="data:,">
<script src="/d3.min.js"></script>
<script src="/plot.umd.min.js"></script>
</head>
<body>
<h1>东西部协作结对地图</h1>
<div id="map"></div>
<script>
(async () => {
  const [geo, data] = await Promise.all([
    fetch('/china.geojson').then((r) => r.json()),
    fetch('/map.json').then((r) => r.json()),
  ]);
  const { metric, period } = data.defaults;
  const at = new Map(data.provinces.map((p) => [p.id, p.label]));
  const value = new Map(
    data.figures.filter((f) => f.metric === metric && f.period === period && f.status === 'outcome').map((f) => [f.pair, f.value]),
  );
  const links = data.pairs
    .filter((p) => p.level === 'province' && p.until === undefined)
    .map((p) => ({ from: at.get(p.east), to: at.get(p.west), value: value.get(p.id) }))
    .filter((l) => l.from && l.to);
  const max = d3.max(links, (l) => l.value) || 1;
  const plot = Plot.plot({
    width: Math.min(960, document.body.clientWidth),
    projection: { type: 'conic-equal-area', rotate: [-105, 0], parallels: [25, 47], domain: geo },
    marks: [
      Plot.geo(geo, { fill: '#efeeea', stroke: '#999', strokeWidth: 0.5 }),
      Plot.link(links, {
        x1: (d) => d.from[0], y1: (d) => d.from[1], x2: (d) => d.to[0], y2: (d) => d.to[1],
        stroke: '#b23a1e', strokeWidth: (d) => (d.value === undefined ? 1 : 1.5 + (22 * d.value) / max),
        strokeDasharray: (d) => (d.value === undefined ? '4 3' : null), markerEnd: 'arrow',
      }),
      Plot.text(data.provinces, { x: (d) => d.label[0], y: (d) => d.label[1], text: 'shortZh', fontSize: 10 }),
    ],
  });
  document.getElementById('map').append(plot);
})();
</script>
</body>
</html>
`,
  );
}
