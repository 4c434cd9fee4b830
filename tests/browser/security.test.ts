/**
 * Nothing unsafe is published, checked on the built site in Chromium: no page links to or loads a script URL;
 * every page carries a Content-Security-Policy whose hashes are exactly its inline scripts; source and story pages
 * open no dialog; XSS attempts in story prose render inert even with the policy off; with it on, a script injected
 * into a page does not run while the page's own scripts (and an embed's) do.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { scriptHash } from '../../src/lib/security/addContentSecurityPolicy';
import { parseStoryBody } from '../../src/lib/stories/parseStoryBody';
import { FILE, fixtureContext } from '../fixtures/stories/storyContext';
import { DIST, listFiles, listSitePages } from './support/sitePages';
import { useSiteInBrowser } from './support/useSiteInBrowser';

const site = useSiteInBrowser();
const htmlFiles = listFiles(DIST).filter((f) => f.endsWith('.html'));

/** Records dialogs and CSP violations on a page (the listener is installed before any page script runs). */
async function watchSecurity(page: Page): Promise<{ dialogs: string[]; violations: () => Promise<string[]> }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    dialogs,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

describe('the built site in dist/', () => {
  test('no page links to or loads a javascript:, vbscript:, data: or file: URL', () => {
    const unsafe = /\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript|vbscript|data|file):/i;
    const found = htmlFiles.filter((f) => unsafe.test(readFileSync(f, 'utf8')));
    expect(htmlFiles.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  test('every page has a Content-Security-Policy, before its first script, hashing exactly its inline scripts', () => {
    const wrong: string[] = [];
    for (const file of htmlFiles) {
      const html = readFileSync(file, 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
      if (policy === null || policy.index > html.indexOf('<script')) {
        wrong.push(`${file}: no policy before the first script`);
        continue;
      }
      const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      const hashes = (policy[1] ?? '').match(/'sha256-[^']+'/g) ?? [];
      const expected = [...new Set(inline.map(scriptHash))];
      if (hashes.join(' ') !== expected.join(' ')) wrong.push(`${file}: hashes ${hashes.join(' ')}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('in Chromium', () => {
  const pages = listSitePages().filter((p) => p.template === 'source/[id]' || p.template === 'stories/[slug]');

  test('source and story pages open no dialog, break no policy, and link only to http(s), mailto or the site', async () => {
    expect(pages.length).toBeGreaterThan(40);
    const page = await site.browser.newPage();
    const watch = await watchSecurity(page);
    const problems: string[] = [];
    for (const { path } of pages) {
      await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
      // SVG links too (they have no .protocol): resolve every href against the page.
      const schemes = await page.$$eval('a[href]', (links) =>
        links.map((a) => new URL(a.getAttribute('href') ?? '', location.href).protocol),
      );
      const odd = [...new Set(schemes)].filter((s) => !['http:', 'https:', 'mailto:'].includes(s));
      if (odd.length > 0) problems.push(`${path}: links with ${odd.join(', ')}`);
      const violations = await watch.violations();
      if (violations.length > 0) problems.push(`${path}: ${violations.join('; ')}`);
    }
    await page.close();
    expect(watch.dialogs).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);

  test('XSS attempts in story prose render inert: no link made, no dialog, even with the policy switched off', async () => {
    const attempts = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(2)>',
      '[a](javascript:alert(3))',
      '[b](JaVaScRiPt:alert(4))',
      '[c](&#106;avascript:alert(5))',
      '[d](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)',
      '![e](javascript:alert(7))',
      '<a href="javascript:alert(8)">f</a>',
      '<javascript:alert(9)>',
      '[g](vbscript:msgbox(10))',
      '[h](%6A%61vascript:alert(11))',
    ];
    const html = parseStoryBody(attempts.join('\n\n'), 1, FILE, fixtureContext)
      .segments.map((s) => (s.kind === 'prose' ? s.html : ''))
      .join('\n');
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const watch = await watchSecurity(page);
    const url = `${site.server.origin}/xss-test/`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><body><main>${html}</main></body></html>`,
      }),
    );
    await page.goto(url);
    for (const link of await page.$$('main a')) await link.click({ noWaitAfter: true }).catch(() => undefined);
    await page.waitForTimeout(300);
    expect(await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href')))).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    await context.close();
  });

  test('a script injected into a built page does not run; the page’s own scripts do', async () => {
    const page = await site.browser.newPage();
    const watch = await watchSecurity(page);
    const home = `${site.server.origin}/`;
    await page.route(home, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        /<body[^>]*>/,
        (tag) =>
          `${tag}<script>window.__injected = true; alert("injected")</script><img src="/x.png" onerror="window.__onerror = true">`,
      );
      expect(body).toContain('window.__injected');
      await route.fulfill({ response, body });
    });
    await page.goto(home, { waitUntil: 'load' });
    const state = await page.evaluate(() => ({
      injected: (window as unknown as { __injected?: boolean }).__injected ?? false,
      onerror: (window as unknown as { __onerror?: boolean }).__onerror ?? false,
      jsClass: document.documentElement.classList.contains('js'),
      mapElement: customElements.get('shanhai-map') !== undefined,
    }));
    expect(state).toEqual({ injected: false, onerror: false, jsClass: true, mapElement: true });
    expect(watch.dialogs).toEqual([]);
    const violations = await watch.violations();
    expect(violations.length).toBeGreaterThanOrEqual(2);
    expect(violations.every((v) => v.startsWith('script-src'))).toBe(true);
    await page.close();
  });

  test('an embed runs its inline script under its policy and posts its height to the page around it', async () => {
    const page = await site.browser.newPage();
    const watch = await watchSecurity(page);
    const host = `${site.server.origin}/csp-host/`;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html><body><iframe src="/embed/pair/guangdong--guangxi/" title="embed"></iframe><script>window.__heights = []; addEventListener("message", (e) => window.__heights.push(e.data));</script></body></html>',
      }),
    );
    await page.goto(host, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      (window as unknown as { __heights: { type?: string }[] }).__heights.some((m) => m?.type === 'shanhai:height'),
    );
    const embed = page.frames().find((f) => f.url().includes('/embed/pair/'));
    expect(await embed?.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    await page.close();
  });
});
