import { escapeMarkup } from '../map/escapeMarkup';
import { wrapText } from '../text/wrapText';

/** A social card (1200×630) as SVG: the site's mark, a kicker, the title and a dek. Pure; text is escaped. */
export interface SocialCard {
  readonly kicker: string;
  readonly title: string;
  readonly dek?: string;
  /** `en` for the English edition's cards: words wrapped at spaces, the mark and footer in English. */
  readonly lang?: 'zh' | 'en';
}

export function renderSocialCard(card: SocialCard, fontFamily: string): string {
  const en = card.lang === 'en';
  // Widths in em of each font size (wrapText: CJK 1, Latin 0.55): the title keeps a 90 px right margin, the dek
  // (34 px) stops short of the mountains drawn from x = 900.
  const title = en ? wrapText(card.title, 17, 3) : wrapText(card.title, 15, 2);
  const dek = card.dek === undefined ? [] : wrapText(card.dek, 23.5, 2);
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
