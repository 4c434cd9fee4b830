import type { APIRoute, GetStaticPaths } from 'astro';
import { renderSocialCard, type SocialCard } from '../../lib/og/renderSocialCard';
import { CJK_FONT_FAMILY, rasterizeSvg } from '../../lib/render/rasterizeSvg';
import { loadMapData, loadPair, provincePairIds } from '../../lib/site/datasets';
import { listStories } from '../../lib/stories/loadStories';

/** Social-card images (Open Graph), one per story, province and pair, and a default; rendered at build time. */
export const getStaticPaths = (() => {
  const cards: { card: string; content: SocialCard }[] = [
    {
      card: 'default',
      content: {
        kicker: '东西部协作',
        title: '山海相连：东西部协作的数字',
        dek: '谁帮谁、帮了多少：资金、干部人才与劳务协作。',
      },
    },
  ];
  for (const s of listStories())
    cards.push({ card: `story-${s.slug}`, content: { kicker: '报道', title: s.title, dek: s.dek } });
  // The English stories' own cards (a Chinese-only notice shares its Chinese story's card).
  for (const s of listStories(undefined, 'en').filter((s) => s.lang === 'en'))
    cards.push({ card: `story-en-${s.slug}`, content: { kicker: 'Story', title: s.title, dek: s.dek, lang: 'en' } });
  for (const p of loadMapData().provinces.filter((p) => p.programme !== 'none')) {
    cards.push({
      card: `province-${p.id}`,
      content: {
        kicker: p.programme === 'east' ? '东部协作方' : '西部协作方',
        title: p.nameZh,
        dek: '结对伙伴与历年数字，每个数字附来源。',
      },
    });
  }
  for (const id of provincePairIds()) {
    const { pair } = loadPair(id);
    cards.push({
      card: `pair-${id}`,
      content: {
        kicker: '结对',
        title: `${pair.eastName} → ${pair.westName}`,
        dek: `${pair.since}年起结对协作：资金、干部人才与劳务。`,
      },
    });
  }
  return cards.map(({ card, content }) => ({ params: { card }, props: { content } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await rasterizeSvg(renderSocialCard((props as { content: SocialCard }).content, CJK_FONT_FAMILY));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
