/**
 * The pages of the built site, read from `dist/` (never a hand-kept list, so new templates —
 * stories, embeds — are covered as soon as they are built), grouped into templates by the
 * `src/pages/` route each was built from.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DIST } from '../../../scripts/serve-dist';

/** The built site (`$SHANHAI_DIST` or `dist/`). */
export const DIST = DEFAULT_DIST;

/** One built page. */
export interface SitePage {
  /** URL path with a trailing slash, e.g. `/province/gansu/`. */
  path: string;
  /** The `index.html` file on disk. */
  file: string;
  /** The route it was built from: `home`, `about`, `province/[id]`, `stories/[slug]` … (see `src/pages/`). */
  template: string;
}

/** Every file under `dir`, recursively, as absolute paths. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out.sort();
}

/** The site's page routes, from the file names under `src/pages/` (`.astro` pages only). */
const PAGES_DIR = fileURLToPath(new URL('../../../src/pages', import.meta.url));

interface Route {
  /** `home`, `about`, `province/[id]`, `embed/map/[metric]/[period]` … */
  name: string;
  pattern: RegExp;
  dynamic: number;
}

/** Page routes, static before dynamic, fewer parameters first: the order in which Astro matches them. */
function pageRoutes(): Route[] {
  if (!existsSync(PAGES_DIR)) return [];
  return listFiles(PAGES_DIR)
    .filter((f) => f.endsWith('.astro'))
    .map((f) => {
      const name = relative(PAGES_DIR, f)
        .split(sep)
        .join('/')
        .replace(/\.astro$/, '')
        .replace(/(^|\/)index$/, '');
      const source = name
        .split('/')
        .filter((part) => part !== '')
        .map((part) => (part.startsWith('[...') ? '.*' : part.replace(/\[[^\]]+\]/g, '[^/]+')))
        .join('/');
      const pattern = new RegExp(`^/${source}${source === '' ? '' : '/'}$`);
      return { name: name === '' ? 'home' : name, pattern, dynamic: (name.match(/\[/g) ?? []).length };
    })
    .sort((a, b) => a.dynamic - b.dynamic || b.name.length - a.name.length);
}

/** Template of a page path: the route file it was built from (`province/[id]`), else the path itself. */
function templateOf(path: string, routes: readonly Route[]): string {
  return routes.find((r) => r.pattern.test(path))?.name ?? path;
}

/** The template of a URL path (`/province/gansu/` → `province/[id]`), from the routes under `src/pages/`. */
export function templateOfPath(path: string): string {
  return templateOf(path, pageRoutes());
}

/** Every HTML page in `dir` (default `dist/`), with its template. Throws when the site is not built. */
export function listSitePages(dir: string = DIST): SitePage[] {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run \`npm run build\` before the browser tests`);
  }
  const routes = pageRoutes();
  return listFiles(dir)
    .filter((f) => f.endsWith(`${sep}index.html`))
    .map((file) => {
      const path = `/${relative(dir, file).split(sep).slice(0, -1).join('/')}/`.replace('//', '/');
      return { path, file, template: templateOf(path, routes) };
    });
}

/** One page per template (the first in path order), for the per-template checks. */
export function templatePages(dir: string = DIST): SitePage[] {
  const seen = new Map<string, SitePage>();
  for (const page of listSitePages(dir)) if (!seen.has(page.template)) seen.set(page.template, page);
  return [...seen.values()];
}

/** Pages whose HTML contains `needle` (e.g. `<shanhai-map`), home first. */
export function pagesContaining(needle: string, dir: string = DIST): SitePage[] {
  return listSitePages(dir)
    .filter((p) => readFileSync(p.file, 'utf8').includes(needle))
    .sort((a, b) => Number(b.template === 'home') - Number(a.template === 'home'));
}
