/**
 * A link checker for a built static site: every `href`/`src`/`srcset` of every HTML page, every
 * `url()` in its CSS and every `<loc>` of its sitemaps and `robots.txt`, requested from a server of
 * that site. Links to the site's public origin (canonical URLs) are checked as local paths;
 * `#fragments` must name an element of the target page. Other origins are listed, not fetched.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { listFiles } from './sitePages';

/** One link that does not resolve. */
export interface BrokenLink {
  /** The file the link is in, relative to the site folder. */
  from: string;
  /** The link as written. */
  link: string;
  /** What went wrong: `HTTP 404`, `no element #x`. */
  reason: string;
}

export interface LinkReport {
  broken: BrokenLink[];
  /** Unique internal URLs requested. */
  checked: number;
  /** Links to other origins (not fetched). */
  external: string[];
}

const LINK_ATTRS: [selector: string, attr: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['source[src]', 'src'],
  ['video[poster]', 'poster'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
];

function pageUrl(dir: string, file: string, origin: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  return `${origin}/${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`;
}

/** Links written in one HTML document. */
function htmlLinks(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  for (const [selector, attr] of LINK_ATTRS) {
    for (const el of document.querySelectorAll(selector)) {
      const v = el.getAttribute(attr);
      if (v !== null) out.push(v);
    }
  }
  for (const el of document.querySelectorAll('[srcset]')) {
    for (const part of (el.getAttribute('srcset') ?? '').split(',')) {
      const url = part.trim().split(/\s+/)[0];
      if (url !== undefined && url !== '') out.push(url);
    }
  }
  for (const el of document.querySelectorAll('style')) out.push(...cssLinks(el.textContent ?? ''));
  return out;
}

function cssLinks(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2] as string);
}

function ids(html: string): Set<string> {
  const { document } = parseHTML(html);
  const out = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) out.add(el.getAttribute('id') ?? '');
  for (const el of document.querySelectorAll('a[name]')) out.add(el.getAttribute('name') ?? '');
  return out;
}

/**
 * Checks every link in the site folder `dir`, served at `origin`. `publicOrigin` (the `site` of
 * astro.config.mjs) is treated as the same site.
 */
export async function findBrokenLinks(dir: string, origin: string, publicOrigin?: string): Promise<LinkReport> {
  const links: { from: string; base: string; link: string }[] = [];
  for (const file of listFiles(dir)) {
    const from = relative(dir, file).split(sep).join('/');
    const base = pageUrl(dir, file, origin);
    const push = (link: string) => links.push({ from, base, link });
    if (file.endsWith('.html')) htmlLinks(readFileSync(file, 'utf8')).forEach(push);
    else if (file.endsWith('.css')) cssLinks(readFileSync(file, 'utf8')).forEach(push);
    else if (file.endsWith('.xml')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) push(m[1] as string);
    } else if (file.endsWith('robots.txt')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/^Sitemap:\s*(\S+)/gim)) push(m[1] as string);
    }
  }

  const broken: BrokenLink[] = [];
  const external = new Set<string>();
  // A reset connection is the busy local server, not a broken link: asked again (twice at most) before it counts.
  const fetchRetrying = async (url: string, left = 2): Promise<Response> => {
    try {
      return await fetch(url, { redirect: 'follow' });
    } catch (error) {
      if (left === 0) throw error;
      await new Promise((wait) => setTimeout(wait, 200));
      return fetchRetrying(url, left - 1);
    }
  };
  const status = new Map<string, Promise<{ status: number; ids?: Set<string> }>>();
  // A few requests at a time: thousands at once (every per-view image, CSV and QR code) made the local server
  // reset connections (ECONNRESET) on a busy machine.
  const MAX_IN_FLIGHT = 16;
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const request = async (url: string) => {
    if (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((go) => waiting.push(go));
    inFlight += 1;
    try {
      const res = await fetchRetrying(url);
      const type = res.headers.get('content-type') ?? '';
      const html = type.startsWith('text/html') ? await res.text() : undefined;
      if (html === undefined) await res.body?.cancel();
      return html === undefined ? { status: res.status } : { status: res.status, ids: ids(html) };
    } finally {
      inFlight -= 1;
      waiting.shift()?.();
    }
  };
  const fetchOnce = (url: string) => {
    let p = status.get(url);
    if (p === undefined) {
      p = request(url);
      status.set(url, p);
    }
    return p;
  };

  await Promise.all(
    links.map(async ({ from, base, link }) => {
      const trimmed = link.trim();
      if (trimmed === '' || /^(mailto|tel|data|javascript):/i.test(trimmed)) return;
      let url: URL;
      try {
        url = new URL(trimmed, base);
      } catch {
        broken.push({ from, link, reason: 'not a URL' });
        return;
      }
      if (publicOrigin !== undefined && url.origin === new URL(publicOrigin).origin) {
        url = new URL(url.pathname + url.search + url.hash, origin);
      }
      if (url.origin !== origin) {
        external.add(url.href);
        return;
      }
      const target = url.origin + url.pathname + url.search;
      const res = await fetchOnce(target);
      if (res.status >= 400) {
        broken.push({ from, link, reason: `HTTP ${res.status}` });
        return;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment !== '' && res.ids !== undefined && !res.ids.has(fragment)) {
        broken.push({ from, link, reason: `no element #${fragment}` });
      }
    }),
  );
  broken.sort((a, b) => a.from.localeCompare(b.from) || a.link.localeCompare(b.link));
  return { broken, checked: status.size, external: [...external].sort() };
}
