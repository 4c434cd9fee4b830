import type { APIRoute, GetStaticPaths } from 'astro';
import { pairMapName } from '../../lib/embed/siteEmbeds';
import { placeFullNameEn } from '../../lib/i18n/english/placeNamesEn';
import { LOCALES, type Locale } from '../../lib/i18n/locale';
import { translator } from '../../lib/i18n/messages';
import { renderSocialCard, type SocialCard } from '../../lib/og/renderSocialCard';
import { socialCardName } from '../../lib/og/socialCardName';
import { CJK_FONT_FAMILY, rasterizeSvg } from '../../lib/render/rasterizeSvg';
import { loadMapData, loadPair, provincePairIds } from '../../lib/site/datasets';
import { listStories } from '../../lib/stories/loadStories';

/** The cards of one edition: its default, each member province's and each province-level pair's (`socialCardName`). */
function editionCards(lang: Locale): { card: string; content: SocialCard }[] {
  const t = translator(lang);
  const words = lang === 'zh' ? {} : { lang };
  const cards = [
    {
      card: socialCardName('default', undefined, lang),
      content: {
        kicker: t('pages.card.defaultKicker'),
        title: t('pages.card.defaultTitle'),
        dek: t('pages.card.defaultDek'),
        ...words,
      },
    },
  ];
  for (const p of loadMapData().provinces.filter((p) => p.programme !== 'none')) {
    cards.push({
      card: socialCardName('province', p.id, lang),
      content: {
        kicker: t(p.programme === 'east' ? 'pages.card.eastKicker' : 'pages.card.westKicker'),
        title: lang === 'zh' ? p.nameZh : placeFullNameEn(p.id),
        dek: t('pages.card.provinceDek'),
        ...words,
      },
    });
  }
  for (const id of provincePairIds()) {
    cards.push({
      card: socialCardName('pair', id, lang),
      content: {
        kicker: t('pages.card.pairKicker'),
        title: pairMapName(id, lang),
        dek: t('pages.card.pairDek', { since: loadPair(id).pair.since }),
        ...words,
      },
    });
  }
  return cards;
}

/**
 * Social-card images (Open Graph), rendered at build time: in each edition a default and one per member province
 * and province-level pair (the English ones `…-en`), and one per story (the English stories' `story-en-<slug>`).
 */
export const getStaticPaths = (() => {
  const cards: { card: string; content: SocialCard }[] = [...LOCALES.flatMap(editionCards)];
  for (const s of listStories())
    cards.push({ card: `story-${s.slug}`, content: { kicker: '报道', title: s.title, dek: s.dek } });
  // The English stories' own cards (a Chinese-only notice shares its Chinese story's card).
  for (const s of listStories(undefined, 'en').filter((s) => s.lang === 'en'))
    cards.push({ card: `story-en-${s.slug}`, content: { kicker: 'Story', title: s.title, dek: s.dek, lang: 'en' } });
  return cards.map(({ card, content }) => ({ params: { card }, props: { content } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await rasterizeSvg(renderSocialCard((props as { content: SocialCard }).content, CJK_FONT_FAMILY));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
