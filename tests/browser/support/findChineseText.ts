/**
 * The English edition's counterpart of `findForeignText`: Chinese characters in the text readers of an /en/ page
 * see or hear (text nodes, `<title>`, and the `alt`, `title`, `aria-label`, `placeholder` attributes). Chinese is
 * expected only where we mean it and mark it: quotes (`<blockquote>`, `<q>`, `data-quote`), and names of the
 * original articles and outlets inside an element marked `lang="zh-…"` (which also tells a screen reader to switch
 * voice). Code and the map's frame (`南海诸岛`, `钓鱼岛` on the approved map, in an `aria-hidden` SVG group marked
 * `lang="zh-CN"`) are left out the same way.
 */
import { parseHTML } from 'linkedom';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'CODE', 'PRE', 'TEXTAREA', 'BLOCKQUOTE', 'Q', 'NOSCRIPT']);
const ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/u;

export interface ChineseText {
  found: string;
  context: string;
  where: string;
}

/** True when the element or an ancestor is left out: a quote, code, or marked Chinese. */
function isSkipped(el: Element | null): boolean {
  for (let e = el; e !== null; e = e.parentElement) {
    if (SKIPPED.has(e.tagName.toUpperCase())) return true;
    if (e.hasAttribute('data-quote')) return true;
    const lang = e.getAttribute('lang');
    if (lang !== null) return lang.startsWith('zh') && e.tagName.toUpperCase() !== 'HTML';
  }
  return false;
}

function scan(text: string, where: string): ChineseText[] {
  const match = CJK.exec(text);
  if (match === null) return [];
  const at = match.index;
  return [{ found: match[0], context: text.slice(Math.max(0, at - 30), at + 40).replace(/\s+/gu, ' '), where }];
}

/** Chinese outside quotes and marked names in one built English page. */
export function findChineseInPage(html: string): ChineseText[] {
  const { document } = parseHTML(html);
  const out: ChineseText[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        if (!isSkipped(child.parentElement))
          out.push(...scan(child.textContent ?? '', child.parentElement?.tagName ?? ''));
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkipped(el)) continue;
        for (const name of ATTRIBUTES) {
          const value = el.getAttribute(name);
          if (value !== null) out.push(...scan(value, `${el.tagName}[${name}]`));
        }
        walk(el);
      }
    }
  };
  const title = document.querySelector('title');
  if (title !== null) out.push(...scan(title.textContent ?? '', 'title'));
  const body = document.querySelector('body');
  if (body !== null) walk(body);
  return out;
}
