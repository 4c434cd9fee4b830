/**
 * The messages an embed page posts to its parent whenever its height changes. Three formats, so our embeds
 * resize wherever a newsroom already listens:
 *
 * - ours: `{ type: 'shanhai:height', id, height }` — `public/embed.js` applies it;
 * - Pym.js: the string `pym` + `xPYMx` + id + `xPYMx` + `height` + `xPYMx` + height (Pym's `_makeMessage`), which
 *   a Pym parent (`new pym.Parent(id, …)`) reads when the iframe URL carries Pym's `childId`;
 * - Datawrapper: `{ 'datawrapper-height': { [id]: height } }`, which Datawrapper's embed script applies to the
 *   iframe whose `contentWindow` sent it.
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

/** The three messages for one height, in the order they are posted. */
export function heightMessages(
  id: string,
  height: number,
): [ShanhaiHeightMessage, string, { 'datawrapper-height': Record<string, number> }] {
  const px = Math.ceil(height);
  return [
    { type: HEIGHT_MESSAGE_TYPE, id, height: px },
    ['pym', id, 'height', String(px)].join(PYM_DELIMITER),
    { 'datawrapper-height': { [id]: px } },
  ];
}

/**
 * The embed's id, from its own URL: `?id=` when the snippet sets one, else Pym's `?childId=` (a Pym parent adds
 * it), else `fallback` (the embed's path, so every embed has one).
 */
export function embedIdFrom(search: string, fallback: string): string {
  const params = new URLSearchParams(search);
  const id = params.get('id') ?? params.get('childId') ?? '';
  return /^[\w.:-]{1,100}$/.test(id) ? id : fallback;
}

/** Reads our height message; undefined for anything else (or a height no page should take). */
export function readHeightMessage(data: unknown): ShanhaiHeightMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.type !== HEIGHT_MESSAGE_TYPE || typeof m.height !== 'number' || typeof m.id !== 'string') return undefined;
  if (!Number.isFinite(m.height) || m.height <= 0 || m.height > 20_000) return undefined;
  return { type: HEIGHT_MESSAGE_TYPE, id: m.id, height: Math.ceil(m.height) };
}
