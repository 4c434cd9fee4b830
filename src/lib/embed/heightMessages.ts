/**
 * The messages an embed page posts to its parent whenever its height changes. Four formats, so our embeds
 * resize wherever a newsroom already listens:
 *
 * - ours: `{ type: 'shanhai:height', id, height }` — `public/embed.js` applies it;
 * - Pym.js: the string `pym` + `xPYMx` + id + `xPYMx` + `height` + `xPYMx` + height (Pym's `_makeMessage`), which
 *   a Pym parent (`new pym.Parent(id, …)`) reads when the iframe URL carries Pym's `childId`;
 * - Datawrapper: `{ 'datawrapper-height': { [id]: height } }`, which Datawrapper's embed script applies to the
 *   iframe whose `contentWindow` sent it (or, in its older script, the iframe whose `src` contains the id: hence
 *   `?id=` in our snippets);
 * - AMP: `{ sentinel: 'amp', type: 'embed-size', height }`, which a resizable `<amp-iframe>` applies.
 *
 * `height` is in CSS px, a whole number.
 */

export const HEIGHT_MESSAGE_TYPE = 'shanhai:height';
/** The parent script asks every embed to post its height again (it may load after the first message). */
export const HEIGHT_REQUEST_TYPE = 'shanhai:height-request';
const PYM_DELIMITER = 'xPYMx';

export interface ShanhaiHeightMessage {
  readonly type: typeof HEIGHT_MESSAGE_TYPE;
  readonly id: string;
  readonly height: number;
}

/** The four messages for one height, in the order they are posted. */
export function heightMessages(
  id: string,
  height: number,
): [
  ShanhaiHeightMessage,
  string,
  { 'datawrapper-height': Record<string, number> },
  { sentinel: 'amp'; type: 'embed-size'; height: number },
] {
  const px = Math.ceil(height);
  return [
    { type: HEIGHT_MESSAGE_TYPE, id, height: px },
    ['pym', id, 'height', String(px)].join(PYM_DELIMITER),
    { 'datawrapper-height': { [id]: px } },
    { sentinel: 'amp', type: 'embed-size', height: px },
  ];
}

/**
 * A usable id: letters and digits of any script (a Pym parent's id may be Chinese, `图表-1`), `_ . : -`; no spaces,
 * quotes or markup, at most 100 characters.
 */
const EMBED_ID = /^[\p{L}\p{N}_.:-]{1,100}$/u;

/**
 * The embed's id, from its own URL: `?id=` when the snippet sets one, else Pym's `?childId=` (a Pym parent adds
 * it), else `fallback` (the embed's path, so every embed has one).
 */
export function embedIdFrom(search: string, fallback: string): string {
  const params = new URLSearchParams(search);
  const id = params.get('id') ?? params.get('childId') ?? '';
  return EMBED_ID.test(id) ? id : fallback;
}

/** Reads our height message; undefined for anything else (or a height no page should take). */
export function readHeightMessage(data: unknown): ShanhaiHeightMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.type !== HEIGHT_MESSAGE_TYPE || typeof m.height !== 'number' || typeof m.id !== 'string') return undefined;
  if (!Number.isFinite(m.height) || m.height <= 0 || m.height > 20_000) return undefined;
  return { type: HEIGHT_MESSAGE_TYPE, id: m.id, height: Math.ceil(m.height) };
}
