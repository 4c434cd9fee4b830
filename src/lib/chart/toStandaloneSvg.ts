import { translator } from '../i18n/messages';
import { escapeMarkup } from '../map/escapeMarkup';
import { wrapText } from '../text/wrapText';
import { CHART_COLORS, chartFontFamily } from './renderFigureChartSvg';
import type { FigureChart } from './types';

const PAD = 16;
const TITLE_HEIGHT = 30;
const LINE = 18;

/**
 * A chart SVG made self-contained for download: white background, the title (and a story chart's caption) above, the notes (targets, units) and
 * the credit with its sources below, fixed colours and the CJK font stack written on the elements (no stylesheet,
 * so any editor or renderer draws it the same).
 */
export function toStandaloneSvg(chart: FigureChart, chartSvg: string, credit: string): string {
  const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chartSvg);
  if (size === null) throw new Error('toStandaloneSvg: the chart SVG has no viewBox');
  const w = Number(size[1]);
  const h = Number(size[2]);
  const t = translator(chart.lang ?? 'zh');
  const sources = chart.sources.map((s) => `${s.outlet}${t('embed.sourceDate', { date: s.date })}`);
  // Each note wrapped to the chart's width at 11 px (a chart with seven sources ran off the image's edge).
  const notes = [
    ...(chart.hasTargets ? [t('embed.svg.targetNote')] : []),
    t('embed.svg.figuresNote'),
    `${t('embed.sources')}${sources.join(t('embed.sourceSeparator'))}`,
    credit,
  ].flatMap((note) => wrapText(note, w / 11, 4));
  // A story chart's caption under the title, at 12 px: it says what is counted inside what.
  const captionLines = chart.caption === undefined ? [] : wrapText(chart.caption, w / 12, 3);
  const top = PAD + TITLE_HEIGHT + captionLines.length * LINE;
  const width = w + 2 * PAD;
  const height = top + h + 10 + notes.length * LINE + PAD;
  const inner = chartSvg
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>$/, '')
    .replace(/<title[^>]*>.*?<\/title><desc[^>]*>.*?<\/desc>/s, '');
  const noteLines = notes
    .map((n, i) => `<text x="${PAD}" y="${top + h + 10 + (i + 1) * LINE - 4}">${escapeMarkup(n)}</text>`)
    .join('');
  const caption = captionLines
    .map((c, i) => `<text x="${PAD}" y="${PAD + TITLE_HEIGHT + (i + 1) * LINE - 8}">${escapeMarkup(c)}</text>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"` +
    ` font-family='${chartFontFamily(chart)}' font-size="12" fill="${CHART_COLORS.ink}" color="${CHART_COLORS.ink}">` +
    `<title>${escapeMarkup(chart.title)}</title><desc>${escapeMarkup(chart.description)}</desc>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${PAD}" y="${PAD + 18}" font-size="17" font-weight="700">${escapeMarkup(chart.title)}</text>` +
    (caption === '' ? '' : `<g fill="${CHART_COLORS.soft}">${caption}</g>`) +
    `<g transform="translate(${PAD},${top})">${inner}</g>` +
    `<g font-size="11" fill="${CHART_COLORS.soft}">${noteLines}</g>` +
    `</svg>\n`
  );
}
