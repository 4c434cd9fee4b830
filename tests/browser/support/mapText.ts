/**
 * Measures the words of a built map in Chromium: every visible text of the first `<shanhai-map>` (province and
 * place names, years on arcs, qualifier badges, the inset's names), the badges' circles and the city dots, as
 * screen boxes; which overlap, which cross the map's edge, and the rendered text sizes. Runs inside the page.
 */
import type { Page } from 'playwright-core';

export interface MapTextReport {
  /** "天津" × "北京" for each overlapping pair. */
  collisions: string[];
  /** Texts that reach past the edge of the map's drawing. */
  cut: string[];
  /** Texts rendered under 11 px, with their size. */
  small: string[];
}

/** Switches the map to a view the way its script does (all views are in the page; one is marked active). */
export async function showView(page: Page, metric: string, period: string): Promise<void> {
  await page.evaluate(
    ([m, p]) => {
      const root = document.querySelector('shanhai-map') as HTMLElement;
      for (const el of root.querySelectorAll(
        '.pm-view,.pm-view-rows,.pm-legend-metric,.pm-national,.pm-view-caption',
      )) {
        const period = el.getAttribute('data-period');
        el.toggleAttribute('data-active', el.getAttribute('data-metric') === m && (period === null || period === p));
      }
    },
    [metric, period],
  );
}

/**
 * The (metric, period) of every view of the first map on the page. A site page keeps only the active view's arcs
 * (`splitMapViews`); every view's caption stays, so the list comes from the captions, and with JS the other views
 * are fetched first (as when a reader reaches for the map), so that they can be measured.
 */
export async function listViews(page: Page): Promise<[string, string][]> {
  const all = await page.evaluate(() => {
    const seen = new Map<string, [string, string]>();
    for (const el of document.querySelector('shanhai-map')?.querySelectorAll('.pm-view-caption') ?? []) {
      const view: [string, string] = [el.getAttribute('data-metric') ?? '', el.getAttribute('data-period') ?? ''];
      seen.set(view.join('/'), view);
    }
    return [...seen.values()];
  });
  if (await page.evaluate(() => document.documentElement.classList.contains('js'))) {
    await page.locator('shanhai-map').first().dispatchEvent('pointerover');
    await page.waitForFunction(
      (n) => (document.querySelector('shanhai-map')?.querySelectorAll('.pm-view').length ?? 0) >= n,
      all.length,
    );
  }
  return all;
}

/**
 * Measures the map's text now. Boxes are em squares: Noto Sans SC's line box is about 1.45 em tall (ascent 1.16,
 * descent 0.29) while its glyphs sit in the 1 em square, so two names whose line boxes merely touch are not
 * counted; a half-pixel overlap is tolerated.
 */
export function measureMapText(page: Page): Promise<MapTextReport> {
  return page.evaluate(() => {
    const svg = document.querySelector('shanhai-map svg.pm-svg') as SVGSVGElement;
    const frame = svg.getBoundingClientRect();
    const scale = svg.getScreenCTM()?.a ?? 1;
    interface Box {
      name: string;
      group: Element | null;
      x0: number;
      y0: number;
      x1: number;
      y1: number;
    }
    const boxes: Box[] = [];
    const cut: string[] = [];
    const small: string[] = [];
    const shown = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    for (const t of svg.querySelectorAll('text')) {
      const text = (t.textContent ?? '').trim();
      if (text === '' || !shown(t)) continue;
      const r = t.getBoundingClientRect();
      const size = Number.parseFloat(getComputedStyle(t).fontSize) * scale;
      const mid = r.top + r.height / 2;
      const box = {
        name: text,
        group: t.closest('.pm-q'),
        x0: r.left,
        x1: r.right,
        y0: mid - size / 2,
        y1: mid + size / 2,
      };
      boxes.push(box);
      if (size < 10.95) small.push(`"${text}" ${size.toFixed(1)}px`);
      if (
        box.x0 < frame.left - 0.5 ||
        box.x1 > frame.right + 0.5 ||
        box.y0 < frame.top - 0.5 ||
        box.y1 > frame.bottom + 0.5
      )
        cut.push(`"${text}"`);
    }
    for (const c of svg.querySelectorAll('.pm-q circle, circle.pm-point')) {
      if (!shown(c)) continue;
      const r = c.getBoundingClientRect();
      const q = c.closest('.pm-q');
      const name = q === null ? '城市点' : `徽标“${q.textContent ?? ''}”`;
      boxes.push({ name, group: q, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom });
    }
    const collisions: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as Box;
        const b = boxes[j] as Box;
        if (a.group !== null && a.group === b.group) continue;
        if (a.name === '城市点' && b.name === '城市点') continue;
        const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (w > 0.5 && h > 0.5) collisions.push(`"${a.name}" × "${b.name}"`);
      }
    }
    return { collisions, cut, small };
  });
}
