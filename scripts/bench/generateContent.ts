/**
 * Synthetic content for the scale benchmark: a copy of the repository's working parts in a temporary
 * folder (node_modules linked, not copied) whose `data/curated/` holds the real files plus synthetic
 * sources up to `facts` facts, and whose `content/stories/` holds the real stories copied under new
 * slugs up to `stories` stories. Synthetic facts are real facts re-issued by made-up sources, their
 * places spread over every member province, so every check and aggregation runs on valid data.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SyntheticSize {
  facts: number;
  stories: number;
}

interface Fact {
  id: string;
  from?: string;
  to?: string;
  at?: string;
  [key: string]: unknown;
}

interface CuratedFile {
  source: Record<string, unknown> & { id: string };
  facts: Fact[];
}

const FACTS_PER_SOURCE = 50;
/** What a copy needs to check and build; everything else (dist, .git, tests) stays behind. */
const COPIED = [
  'src',
  'scripts',
  'content',
  'data',
  'public',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'site.config.json',
];

function readCurated(dir: string): CuratedFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as CuratedFile);
}

/** Province-level pairings (east, west) from the reference data, to re-address facts to other pairs. */
function provincePairs(root: string): [string, string][] {
  const raw = JSON.parse(readFileSync(join(root, 'data/reference/pairings.json'), 'utf8')) as unknown;
  const list = (Array.isArray(raw) ? raw : ((raw as { pairings?: unknown[] }).pairings ?? [])) as {
    east?: string;
    west?: string;
    level?: string;
  }[];
  return list
    .filter((p) => p.level === 'province' && p.east !== undefined && p.west !== undefined)
    .map((p) => [p.east as string, p.west as string]);
}

/**
 * Writes the synthetic copy into `dir` (emptied first) from the repository at `root`.
 * Returns the numbers actually written.
 */
export function generateContent(root: string, dir: string, size: SyntheticSize): SyntheticSize {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of COPIED) {
    cpSync(join(root, name), join(dir, name), {
      recursive: true,
      filter: (src) => !src.startsWith(join(root, 'public', 'data')),
    });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');

  // Facts: the real ones, then re-issues of real province-to-province facts under synthetic sources.
  const real = readCurated(join(root, 'data/curated'));
  let facts = real.reduce((n, f) => n + f.facts.length, 0);
  const pairs = provincePairs(root);
  const provinceIds = new Set(pairs.flat());
  const templates = real.flatMap((f) =>
    f.facts.filter(
      (x) =>
        x.from !== undefined &&
        x.to !== undefined &&
        provinceIds.has(x.from) &&
        provinceIds.has(x.to) &&
        // Every province pairing holds from 2021, so only periods from 2021 fit any pair.
        /^202[1-9]/.test(String(x.period)),
    ),
  );
  if (templates.length === 0 || pairs.length === 0) throw new Error('generateContent: no province-level facts to copy');
  let sourceNo = 0;
  while (facts < size.facts) {
    sourceNo++;
    const id = `synthetic-${String(sourceNo).padStart(4, '0')}`;
    const n = Math.min(FACTS_PER_SOURCE, size.facts - facts);
    const out: Fact[] = [];
    for (let i = 0; i < n; i++) {
      const t = templates[(sourceNo * FACTS_PER_SOURCE + i) % templates.length] as Fact;
      const [east, west] = pairs[(sourceNo + i) % pairs.length] as [string, string];
      const eastToWest = provinceIds.has(t.from ?? '') && pairs.some(([e]) => e === t.from);
      const { at: _at, partOf: _partOf, ...rest } = t;
      out.push({
        ...rest,
        id: `${id}-${String(i + 1).padStart(2, '0')}`,
        from: eastToWest ? east : west,
        to: eastToWest ? west : east,
      });
    }
    const file: CuratedFile = {
      source: {
        id,
        title: `合成来源 ${sourceNo}（基准测试）`,
        outlet: '合成媒体',
        authors: [],
        published: { date: `2026-0${1 + (sourceNo % 9)}-15`, inferred: false },
        script: 'simplified',
        evidence: 'clause-only',
        readAt: `https://example.org/synthetic/${sourceNo}`,
        confidence: 'low',
        confidenceNote: 'Synthetic source for the scale benchmark.',
        noise: [],
      },
      facts: out,
    };
    writeFileSync(join(dir, 'data/curated', `${id}.json`), `${JSON.stringify(file, null, 2)}\n`);
    facts += n;
  }

  // Stories: the real ones, then copies under new slugs.
  const storyDir = join(dir, 'content/stories');
  const realStories = readdirSync(storyDir).filter((n) => n.endsWith('.md') && !n.startsWith('_') && n !== 'README.md');
  let stories = realStories.length;
  for (let i = 0; stories < size.stories; i++, stories++) {
    const name = realStories[i % realStories.length] as string;
    const text = readFileSync(join(storyDir, name), 'utf8');
    const copy = text.replace(/^title: (.*)$/m, (_m, title: string) => `title: ${title}（副本 ${i + 1}）`);
    writeFileSync(join(storyDir, `${name.replace(/\.md$/, '')}-copy-${String(i + 1).padStart(4, '0')}.md`), copy);
  }
  return { facts, stories };
}
