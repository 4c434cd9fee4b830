import { escapeMarkup } from '../map/escapeMarkup';

/** A social card (1200×630) as SVG: the site's mark, a kicker, the title and a dek. Pure; text is escaped. */
export interface SocialCard {
  readonly kicker: string;
  readonly title: string;
  readonly dek?: string;
  /** `en` for the English edition's cards: words wrapped at spaces, the mark and footer in English. */
  readonly lang?: 'zh' | 'en';
}

/** Splits text into lines of at most `perLine` characters at spaces (English), with … when it runs over. */
export function wrapWords(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/u).filter((w) => w !== '');
  for (const [i, word] of words.entries()) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= perLine || line === '') {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      lines[maxLines - 1] = `${lines[maxLines - 1]?.replace(/[\s,.;:–-]*$/u, '')}…`;
      return lines;
    }
    if (i === words.length - 1) break;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Splits text into lines of at most `perLine` characters (CJK text has no spaces to break at). */
export function wrapCjk(text: string, perLine: number, maxLines: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length && lines.length < maxLines; i += perLine) {
    lines.push(chars.slice(i, i + perLine).join(''));
  }
  if (chars.length > perLine * maxLines && lines.length > 0) {
    const last = [...(lines.at(-1) ?? '')];
    lines[lines.length - 1] = `${last.slice(0, -1).join('')}…`;
  }
  return lines;
}

export function renderSocialCard(card: SocialCard, fontFamily: string): string {
  const en = card.lang === 'en';
  const title = en ? wrapWords(card.title, 30, 3) : wrapCjk(card.title, 16, 2);
  const dek = card.dek === undefined ? [] : en ? wrapWords(card.dek, 56, 2) : wrapCjk(card.dek, 30, 2);
  const titleSize = en ? 60 : 68;
  const titleLine = en ? 72 : 84;
  const titleY = en ? 220 : 250;
  const text = (x: number, y: number, size: number, weight: number, fill: string, s: string): string =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" font-family="${fontFamily}">${escapeMarkup(s)}</text>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">',
    '<rect width="1200" height="630" fill="#fbfaf7"/>',
    '<rect x="0" y="0" width="24" height="630" fill="#b23a1f"/>',
    '<path d="M900 560 L990 380 L1050 480 L1100 410 L1170 560 Z" fill="#1f5f8b" opacity="0.15"/>',
    text(90, 130, 40, 700, '#b23a1f', en ? 'Shanhai' : '山海'),
    text(en ? 270 : 190, 130, 30, 400, '#4a545b', card.kicker),
    ...title.map((line, i) => text(90, titleY + i * titleLine, titleSize, 700, '#1d2327', line)),
    ...dek.map((line, i) => text(90, titleY + title.length * titleLine + 40 + i * 48, 34, 400, '#4a545b', line)),
    text(
      90,
      580,
      26,
      400,
      '#4a545b',
      en ? "China's East-West cooperation in data · every figure sourced" : '东西部协作数据新闻 · 每个数字都有出处',
    ),
    '</svg>',
  ].join('');
}
