/**
 * Draws a `MapFrame` (see `layoutMapFrame`) as SVG markup for the end of the map's `<svg>`: the 南海诸岛 inset on
 * top of everything at the lower right, the dash line, 钓鱼岛 and 赤尾屿 named, "台湾省资料暂缺" beside Taiwan and
 * the 审图号 at the lower left. Colours are presentation attributes, so a downloaded SVG or PNG looks the same
 * without the site's stylesheet (map.css may still override them). Pure string building.
 */
import type { Locale } from '../i18n/locale';
import { escapeMarkup as esc } from './escapeMarkup';
import type { InsetLayout, MapFrame } from './layoutMapFrame';

/** The mainland's base colour (map.css `--pm-land`), the sea and the lines. */
export const FRAME_COLORS = {
  land: '#efeeea',
  edge: '#9a9893',
  sea: '#ffffff',
  ink: '#1f2328',
  muted: '#5c6166',
} as const;
export const APPROVAL_PREFIX = '审图号：';

/**
 * The frame's names on an English map (official English names; the layout placed the Chinese ones, and the English
 * ones are drawn at the same anchors).
 */
const FRAME_TEXT_EN: Readonly<Record<string, string>> = {
  南海诸岛: 'South China Sea Islands',
  钓鱼岛: 'Diaoyu Dao',
  赤尾屿: 'Chiwei Yu',
  台湾省资料暂缺: 'Taiwan Province: no data yet',
  '审图号：': 'Map approval no. ',
};

/** A frame text in the map's language. */
function frameText(text: string, locale: Locale): string {
  return locale === 'zh' ? text : (FRAME_TEXT_EN[text] ?? text);
}

/** A path, or a `<use>` of the same shape when the page defines it once (`buildSharedOutlines`). */
function shape(d: string, attributes: string, shared: ReadonlyMap<string, string> | undefined): string {
  const id = shared?.get(d);
  return id === undefined ? `<path ${attributes} d="${d}"/>` : `<use ${attributes} href="#${id}"/>`;
}

function renderInset(inset: InsetLayout, shared: ReadonlyMap<string, string> | undefined, locale: Locale): string {
  const { x, y, width, height } = inset;
  return (
    `<g class="pm-inset" data-inset="南海诸岛">` +
    `<rect class="pm-inset-frame" x="${x}" y="${y}" width="${width}" height="${height}" fill="${FRAME_COLORS.sea}" stroke="${FRAME_COLORS.muted}" stroke-width="1"/>` +
    shape(
      inset.land,
      `class="pm-inset-land" fill="${FRAME_COLORS.land}" stroke="${FRAME_COLORS.edge}" stroke-width="0.6" stroke-linejoin="round"`,
      shared,
    ) +
    shape(
      inset.islands,
      `class="pm-inset-islands" fill="${FRAME_COLORS.edge}" stroke="${FRAME_COLORS.edge}" stroke-width="1.2" stroke-linejoin="round"`,
      shared,
    ) +
    shape(
      inset.dashLine,
      `class="pm-dash" fill="none" stroke="${FRAME_COLORS.ink}" stroke-width="1.4" stroke-linecap="round"`,
      shared,
    ) +
    `<text class="pm-inset-label" x="${inset.label.x}" y="${inset.label.y}" text-anchor="end" font-size="13" fill="${FRAME_COLORS.ink}">${esc(frameText(inset.label.text, locale))}</text>` +
    `</g>`
  );
}

/**
 * The frame's markup. `approvalNumber` is the site's 审图号 setting: printed when set; when unset the slot is an
 * empty `<text data-slot="approval">`, so every map has the same place for it. `sharedInset` names the inset shapes
 * the page defines once (by path string); the rest is drawn here, so an export stays self-contained.
 */
export function renderMapFrame(
  frame: MapFrame,
  approvalNumber: string | undefined,
  sharedInset?: ReadonlyMap<string, string>,
  locale: Locale = 'zh',
): string {
  const dash =
    frame.dashLine === ''
      ? ''
      : `<path class="pm-dash" d="${frame.dashLine}" fill="none" stroke="${FRAME_COLORS.ink}" stroke-width="1.4" stroke-linecap="round"/>`;
  const islands = frame.islandLabels
    .map(
      (l) =>
        `<g class="pm-island"><circle cx="${l.x}" cy="${l.y}" r="1.8" fill="${FRAME_COLORS.edge}"/>` +
        `<text class="pm-island-label" x="${l.labelX}" y="${l.labelY}" text-anchor="${l.anchor}" font-size="10" fill="${FRAME_COLORS.muted}">${esc(frameText(l.text, locale))}</text></g>`,
    )
    .join('');
  const note = frame.taiwanNote;
  // Above the inset the note ends at its right edge; beside Taiwan it starts there.
  const taiwan =
    note === undefined
      ? ''
      : `<text class="pm-note pm-note--taiwan" x="${note.x}" y="${note.y}" text-anchor="${frame.inset === undefined ? 'start' : 'end'}" font-size="11" fill="${FRAME_COLORS.muted}">${esc(frameText(note.text, locale))}</text>`;
  const number = approvalNumber?.trim() ?? '';
  const approval =
    `<text class="pm-approval" data-slot="approval" x="${frame.approval.x}" y="${frame.approval.y}" font-size="10" fill="${FRAME_COLORS.muted}">` +
    `${number === '' ? '' : esc(`${frameText(APPROVAL_PREFIX, locale)}${number}`)}</text>`;
  return (
    `<g class="pm-frame" aria-hidden="true">${dash}${islands}${taiwan}` +
    `${frame.inset === undefined ? '' : renderInset(frame.inset, sharedInset, locale)}${approval}</g>`
  );
}
