import type { Locale } from '../i18n/locale';

/**
 * The name of a social card under /og/ (`/og/<name>.png`, src/pages/og/[card].png.ts): `default`, `province-<id>`,
 * `pair-<id>` in Chinese; the English edition's cards add `en` after the kind (`default-en`, `province-en-<id>`),
 * as the English stories' do (`story-en-<slug>`).
 */
export function socialCardName(kind: 'default' | 'province' | 'pair', id: string | undefined, lang: Locale): string {
  return [kind, ...(lang === 'zh' ? [] : [lang]), ...(id === undefined ? [] : [id])].join('-');
}
