/**
 * Every text a reader can see on the page, with its colour against what is behind it, in the page's current
 * colour scheme: WCAG contrast under 4.5:1 (3:1 for large text: 24 px, or 18.66 px bold) is reported. HTML text is
 * read against the nearest background behind it; SVG text against its halo (a stroke painted first, as the map's
 * labels have), the badge it sits in, or the page behind the drawing. Runs inside the page.
 */
import type { Page } from 'playwright-core';

export function findLowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA | undefined => {
      const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+%?))?\)/.exec(c);
      if (m === null) return undefined;
      const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
      return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
    };
    const over = (top: RGBA, under: RGBA): RGBA => {
      const a = top[3];
      return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
    };
    const luminance = (c: RGBA): number => {
      const ch = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (ch[0] ?? 0) + 0.7152 * (ch[1] ?? 0) + 0.0722 * (ch[2] ?? 0);
    };
    const ratio = (a: RGBA, b: RGBA): number => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    const canvas: RGBA = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
    /** The background behind an element: its own and its ancestors' backgrounds, composited. */
    const backgroundOf = (el: Element | null): RGBA => {
      const layers: RGBA[] = [];
      for (let e = el; e !== null; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg !== undefined && bg[3] > 0) {
          layers.push(bg);
          if (bg[3] >= 1) break;
        }
      }
      return layers.reduceRight((under, top) => over(top, under), canvas);
    };
    const opacityOf = (el: Element): number => {
      let o = 1;
      for (let e: Element | null = el; e !== null; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const hiddenBox = (el: Element): boolean => {
      for (let e: Element | null = el; e !== null; e = e.parentElement) {
        const s = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        if (s.visibility === 'hidden' || (r.width <= 1 && r.height <= 1) || s.clip === 'rect(0px, 0px, 0px, 0px)')
          return true;
        if (s.clipPath === 'inset(50%)') return true;
      }
      return false;
    };
    const problems: string[] = [];
    const check = (el: Element, fg: RGBA, bg: RGBA, text: string): void => {
      const s = getComputedStyle(el);
      const op = opacityOf(el);
      const seen = over([fg[0], fg[1], fg[2], fg[3] * op], bg);
      const scale = el instanceof SVGElement ? (el.ownerSVGElement?.getScreenCTM()?.a ?? 1) : 1;
      const size = Number.parseFloat(s.fontSize) * scale;
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      const need = large ? 3 : 4.5;
      const got = ratio(seen, bg);
      if (got < need - 0.005) {
        const where = el.closest('[id]')?.id ?? el.tagName.toLowerCase();
        problems.push(
          `"${text.slice(0, 24)}" ${got.toFixed(2)}:1 < ${need}:1 (${s.color || s.fill} on rgb(${bg.slice(0, 3).map(Math.round).join(',')}); in #${where})`,
        );
      }
    };
    // HTML text: elements with a text node of their own.
    for (const el of document.body.querySelectorAll('*')) {
      if (el instanceof SVGElement || ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'OPTION'].includes(el.tagName))
        continue;
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (own === '' || el.getClientRects().length === 0 || hiddenBox(el)) continue;
      const fg = parse(getComputedStyle(el).color);
      if (fg !== undefined) check(el, fg, backgroundOf(el), own);
    }
    // SVG text.
    for (const t of document.body.querySelectorAll('svg text')) {
      const text = (t.textContent ?? '').trim();
      if (text === '' || t.getClientRects().length === 0 || hiddenBox(t)) continue;
      const s = getComputedStyle(t);
      const fill = parse(s.fill);
      if (fill === undefined) continue;
      const fillOpacity = Number(s.fillOpacity);
      const behind = backgroundOf(t.closest('svg')?.parentElement ?? null);
      const stroke = parse(s.stroke);
      const scale = (t as SVGTextElement).ownerSVGElement?.getScreenCTM()?.a ?? 1;
      const halo =
        stroke !== undefined && s.paintOrder.startsWith('stroke') && Number.parseFloat(s.strokeWidth) * scale >= 1.5;
      const badge = t.closest('.pm-q')?.querySelector('circle');
      const badgeFill = badge === null || badge === undefined ? undefined : parse(getComputedStyle(badge).fill);
      const bg =
        halo && stroke !== undefined
          ? over(stroke, behind)
          : badgeFill !== undefined
            ? over(badgeFill, behind)
            : behind;
      check(t, [fill[0], fill[1], fill[2], fill[3] * fillOpacity], bg, text);
    }
    return problems;
  });
}
