import { STORY_SLUG } from '../check/checkStoryFiles';
import type { CompiledFact } from '../data/types';

/** What a story skeleton is built from: existing curated facts, so that it validates as written. */
export interface SkeletonInput {
  readonly slug: string;
  /** The story date, `YYYY-MM-DD`. */
  readonly date: string;
  /** A pair id the map knows, e.g. `guangdong--guangxi`. */
  readonly pair: string;
  /** The two provinces of the pair. */
  readonly provinces: readonly [string, string];
  /** Two or more facts of one unit (the chart), the first also shown alone and linked in prose. */
  readonly facts: readonly CompiledFact[];
}

/** True for a story slug: lowercase letters, digits and hyphens. */
export function isStorySlug(slug: string): boolean {
  return STORY_SLUG.test(slug);
}

/**
 * The text of a new story, `content/stories/<slug>.md`: front matter with every field, a note for the editor, a
 * prose paragraph with a figure link, and one ```map, ```chart and ```fact block. Comments are YAML `#` comments
 * (the renderer has raw HTML off, so HTML comments would show); the Markdown note is to be deleted.
 */
export function createStorySkeleton(input: SkeletonInput): string {
  const [first] = input.facts;
  if (first === undefined || input.facts.length < 2) throw new Error('a story skeleton needs at least two facts');
  const sources = [...new Set(input.facts.map((f) => f.sourceId))];
  const year = first.period.slice(0, 4);
  const ids = input.facts.map((f) => f.id).join(', ');
  return `---
# 故事的头信息（front matter）。除 hero.focus 外每一项都必须填写。说明见 content/README.md。
title: 标题写在这里
dek: 一句话摘要，写这篇故事讲什么。
date: ${input.date} # 发布日期，YYYY-MM-DD
byline: 山海编辑部 # 作者
provinces: [${input.provinces.join(', ')}] # 故事涉及的省份 id（拼音）
sources: [${sources.join(', ')}] # 下文用到的每个事实所属来源的 source.id，一个都不能少
hero: # 文章顶部的地图
  focus: ${input.pair} # 省份 id 或配对 id（east--west）；全国视图就删掉这一行
  metric: funds # funds（财政援助资金）、cadres（党政干部）或 labor（劳动力就业）
  period: "${year}" # 时期：2023、2023-05、2021..2023、2021-01..2023-09 或 ..2023-10
---

> **编辑说明（发布前删除）：** 这是 \`npm run new:story -- ${input.slug}\` 生成的骨架，每种图块各一个。把示例换成你的文字和事实，保存后运行 \`npm run check\`。

正文是普通的 Markdown。正文里的数字要写成指向事实的链接，链接文字必须和事实的原文一模一样，例如[${first.expression}](fact:${first.id})；写成 [](fact:${first.id}) 会自动填上。

\`\`\`map
# 地图图块：读到这里时，地图切换到下面的状态。
focus: ${input.pair} # 省份 id 或配对 id；删掉则显示全国
metric: cadres # funds、cadres 或 labor
period: "${year}"
caption: 图注：这张地图显示什么。
\`\`\`

\`\`\`chart
# 条形图图块：两个或更多事实，单位必须相同（人和人次是不同的单位）。
title: 图表标题：比较的是什么
facts: [${ids}]
caption: 图注：数字的时期和口径。
\`\`\`

\`\`\`fact
# 事实图块：突出显示一个数字及其出处。
id: ${first.id}
\`\`\`
`;
}

/**
 * Picks facts for a skeleton from compiled data: the first province pair (in id order) with two outcome totals
 * of one unit between its two provinces. Undefined when the data has none.
 */
export function pickSkeletonFacts(
  facts: readonly CompiledFact[],
  pairs: readonly { readonly id: string; readonly east: string; readonly west: string }[],
): { pair: string; provinces: [string, string]; facts: CompiledFact[] } | undefined {
  for (const p of [...pairs].sort((a, b) => a.id.localeCompare(b.id))) {
    const flows = facts.filter(
      (f) => f.pair === p.id && f.status === 'outcome' && f.basis === 'total' && f.from === p.east && f.to === p.west,
    );
    for (const f of flows) {
      const same = flows.filter((g) => g.unit === f.unit && g.sourceId === f.sourceId);
      if (same.length >= 2) return { pair: p.id, provinces: [p.east, p.west], facts: same.slice(0, 2) };
    }
  }
  return undefined;
}
