// @ts-check
import { resolve } from 'node:path';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { splitMapViewsIntegration } from './src/lib/map/splitMapViewsIntegration.ts';
import { renderStatsIntegration } from './src/lib/render/renderStats.ts';
import { contentSecurityPolicy } from './src/lib/security/cspIntegration.ts';
import { loadMapApproval, MAP_APPROVAL_WARNING } from './src/lib/site/loadMapApproval';
import { isChineseOnlyNotice } from './src/lib/stories/chineseOnlyNotices.ts';

/**
 * In `astro dev`, stories (content/stories) and the generated datasets (public/data, rebuilt by scripts/dev.ts when
 * data/ changes) are read by pages through module-level caches: on a save, drop every module and reload the page.
 * @type {import('astro').AstroIntegration}
 */
const reloadOnContentChange = {
  name: 'shanhai-reload-on-content-change',
  hooks: {
    'astro:server:setup': ({ server }) => {
      const dirs = [resolve('content/stories'), resolve('public/data')];
      server.watcher.add(dirs);
      /** @param {string} file */
      const reload = (file) => {
        if (!dirs.some((dir) => file.startsWith(dir))) return;
        server.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['change', 'add', 'unlink']) server.watcher.on(event, reload);
    },
  },
};

/**
 * Reads the 审图号 setting (site.config.json) before the build: a malformed value stops it, an unset one is a warning.
 * @type {import('astro').AstroIntegration}
 */
const mapApproval = {
  name: 'shanhai-map-approval',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (loadMapApproval() === undefined) logger.warn(MAP_APPROVAL_WARNING);
    },
  },
};

export default defineConfig({
  site: 'https://shanhai.example.org',
  // scripts/build.ts builds into a fresh folder (astro build --outDir) with the new datasets in a staged public
  // folder, and publishes both only when the whole build succeeded.
  publicDir: process.env.SHANHAI_PUBLIC_DIR ?? 'public',
  trailingSlash: 'always',
  // The CSS is small (about 3 KB gzipped): inline it rather than block first paint on extra requests.
  // Several routes at once: PNGs render in worker threads (src/lib/render/renderPool.ts) while pages are written.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  server: { host: '127.0.0.1', port: 4321 },
  // Chinese is the default edition, at the root; English lives under /en/ (src/lib/i18n).
  i18n: { defaultLocale: 'zh', locales: ['zh', 'en'], routing: { prefixDefaultLocale: false } },
  // Page scripts are modules (deferred: they never hold up the first paint), so they go in files the browser caches
  // from page to page rather than inline in every page (Astro inlines scripts under this limit; ~3 KB gz per map
  // page). Other assets keep Vite's default.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // Embeds are for other sites' iframes (noindex), not for search engines.
  integrations: [
    sitemap({
      // Chinese-only notices (/en/stories/<slug>/ of a story without an English edition) are not counterparts.
      filter: (page) => !page.includes('/embed/') && !isChineseOnlyNotice(page),
      // Each URL lists its other-language page (xhtml:link alternates), as the pages' hreflang links do.
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
    }),
    reloadOnContentChange,
    mapApproval,
    splitMapViewsIntegration,
    contentSecurityPolicy,
    renderStatsIntegration,
  ],
});
