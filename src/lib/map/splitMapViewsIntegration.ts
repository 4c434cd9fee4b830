import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { splitMapViews } from './splitMapViews';

/**
 * Moves the inactive views of each page's switchable map into a file beside the page (`splitMapViews`) once Astro
 * has written the site. Embeds keep every view: a sandboxed iframe has no origin of its own to fetch from.
 * Runs before the content-security policy is added, which hashes only scripts.
 */
export const splitMapViewsIntegration: AstroIntegration = {
  name: 'shanhai-split-map-views',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const root = fileURLToPath(dir);
      for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || entry.name !== 'index.html') continue;
        const url = `/${relative(root, entry.parentPath).split(sep).join('/')}/`.replace('//', '/');
        if (url.startsWith('/embed/') || url.startsWith('/en/embed/')) continue;
        const file = join(entry.parentPath, entry.name);
        const html = readFileSync(file, 'utf8');
        if (!html.includes('<shanhai-map')) continue;
        const split = splitMapViews(html, url);
        if (split.files.length === 0) continue;
        for (const f of split.files) writeFileSync(join(entry.parentPath, f.name), f.content);
        writeFileSync(file, split.html);
      }
    },
  },
};
