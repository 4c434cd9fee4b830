/**
 * How long each PNG of a build took (font subset, then render and encode in a worker; or the cache read), for the
 * build log: with routes built several at once, the times Astro prints per route include waiting for others. Kept
 * on `globalThis` because the pages (bundled by Vite) and the integration that prints the summary (loaded by the
 * config) are separate copies of this module in one process.
 */
import type { AstroIntegration } from 'astro';
import { quantile } from '../stats/quantile';

interface RenderRecord {
  readonly ms: number;
  readonly cached: boolean;
}

const KEY = Symbol.for('shanhai.renderStats');
type Holder = { [KEY]?: RenderRecord[] };

function records(): RenderRecord[] {
  const holder = globalThis as Holder;
  holder[KEY] ??= [];
  return holder[KEY];
}

export function recordRender(record: RenderRecord): void {
  records().push(record);
}

/** The summary line the build prints (`scripts/bench/timeBuild.ts` reads it). */
export function formatRenderStats(list: readonly RenderRecord[]): string {
  const drawn = list.filter((r) => !r.cached).map((r) => r.ms);
  const read = list.filter((r) => r.cached).map((r) => r.ms);
  const ms = (values: readonly number[], q: number) => (values.length === 0 ? 0 : Math.round(quantile(values, q)));
  return `PNG renders: ${drawn.length} drawn (median ${ms(drawn, 0.5)} ms, p95 ${ms(drawn, 0.95)} ms), ${read.length} from the cache (median ${ms(read, 0.5)} ms, p95 ${ms(read, 0.95)} ms)`;
}

/** Prints the summary when Astro has written the site. */
export const renderStatsIntegration: AstroIntegration = {
  name: 'shanhai-render-stats',
  hooks: {
    'astro:build:done': ({ logger }) => {
      const list = records();
      if (list.length > 0) logger.info(formatRenderStats(list));
    },
  },
};
