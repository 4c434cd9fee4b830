/**
 * What a Chinese reader would stumble over in a built page: Latin words that are not on a short allow-list, raw
 * ids (place slugs, source ids, metric ids) and curator jargon, in the text readers see or hear (text nodes, and
 * the `alt`, `title`, `aria-label` and `placeholder` attributes). Quotes (`<blockquote>`, `<q>`, `<cite>` titles of
 * articles), code (`<code>`, `<pre>`, `<textarea>` snippets, `<script>`, `<style>`) and elements marked `lang`
 * other than Chinese are left out: there the original wording is the point.
 */
import { parseHTML } from 'linkedom';

/** Latin words a Chinese reader is expected to know: file formats, the licence, the brand, standard units. */
export const ALLOWED_LATIN = new Set([
  'CSV',
  'SVG',
  'PNG',
  'JSON',
  'CC',
  'BY',
  'Shanhai',
  'UTF',
  'BOM',
  'URL',
  'HTML',
  'iframe',
  'km',
  'kg',
  'px',
  'GB',
  'T',
  'QR',
  // Names readers meet as they are: the code licence, the map approval number's prefix (GS(2025)1234号), a
  // spreadsheet program, and two abbreviations Chinese pages use as such (ICP备案号, ESG).
  'MIT',
  'GS',
  'Excel',
  'ICP',
  'ESG',
]);

/**
 * Words our own curators use that readers should not meet (the examples), including what the build's
 * note rewriting leaves of them: an archive file name (`000_<hash>.txt`) becomes “另一份存档”, “地点 id” becomes
 * “地点编号”, and a note that cites the research notes (研究笔记) or the scraped page (抓取) speaks of our tools.
 */
export const CURATOR_JARGON = [
  '原标题未录',
  '抓取文本中的噪声',
  '研究笔记',
  '另一份存档',
  '地点编号',
  '地点 id',
  '抓取',
  '整理者所拟',
];
/** Labels that are jargon on their own, e.g. the source page's old “字体” (meaning the script: 简体/繁体). */
const JARGON_LABELS = new Set(['字体', '字体：简体', '字体：繁体']);
/** Paragraph numbers of the scraped text, e.g. "（第11段）". */
const PARAGRAPH_REFERENCE = /（第\d+段）/u;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'CODE', 'PRE', 'TEXTAREA', 'BLOCKQUOTE', 'Q', 'NOSCRIPT']);
const ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];
/**
 * Web addresses are references, not words: a source read from a mirror names the mirror's address so a reader can
 * find it. They (and parts of them: a path `/china/202312/`, a query `page=21`) are taken out before the scan.
 */
const WEB_ADDRESS =
  /(?:https?:\/\/\S+)|(?:[a-z0-9-]+\.)+(?:com|cn|net|org|hk)(?:\.[a-z]{2})?(?:\/[\w./%#?=&-]*)?|[\w-]+=[\w-]*|\/[\w.-]+(?:\/[\w.-]*)*|\bcontent_\d+/giu;
/**
 * A raw id: a slug of lower-case words and digits joined by hyphens, with a letter in it (`jiangsu--xining`,
 * `r-gmrb-2024-01-national`; dates like 2024-01-03 are not ids), or a dotted metric id (`labor.employed`).
 */
const RAW_ID = /\b(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-{1,2}[a-z0-9]+)+\b|\b[a-z]+\.[a-z][a-z-]*\b|\b\d{3}-\d{2}\b/u;
const LATIN_WORD = /[A-Za-z][A-Za-z'’]*/gu;

/** One thing found, with a little of the text around it. */
export interface ForeignText {
  kind: 'latin' | 'raw id' | 'jargon';
  found: string;
  context: string;
}

/** The problems in one piece of reader text. */
export function findForeignInText(raw: string): ForeignText[] {
  const out: ForeignText[] = [];
  const text = raw.replace(WEB_ADDRESS, ' ');
  const context = (at: number): string => text.slice(Math.max(0, at - 20), at + 30).replace(/\s+/gu, ' ');
  const id = RAW_ID.exec(text);
  if (id !== null) out.push({ kind: 'raw id', found: id[0], context: context(id.index) });
  for (const match of text.matchAll(LATIN_WORD)) {
    if (ALLOWED_LATIN.has(match[0])) continue;
    if (id?.[0].includes(match[0])) continue;
    out.push({ kind: 'latin', found: match[0], context: context(match.index) });
  }
  for (const jargon of CURATOR_JARGON) {
    const at = text.indexOf(jargon);
    if (at >= 0) out.push({ kind: 'jargon', found: jargon, context: context(at) });
  }
  if (JARGON_LABELS.has(raw.trim())) out.push({ kind: 'jargon', found: raw.trim(), context: raw.trim() });
  const paragraph = PARAGRAPH_REFERENCE.exec(text);
  if (paragraph !== null) out.push({ kind: 'jargon', found: paragraph[0], context: context(paragraph.index) });
  return out;
}

/** True when the element or an ancestor is left out of the scan. */
function isSkipped(el: Element | null): boolean {
  for (let e = el; e !== null; e = e.parentElement) {
    if (SKIPPED.has(e.tagName.toUpperCase())) return true;
    if (e.hasAttribute('data-quote')) return true;
    const lang = e.getAttribute('lang');
    if (lang !== null && !lang.startsWith('zh')) return e.tagName.toUpperCase() !== 'HTML';
    if (lang !== null) return false;
  }
  return false;
}

/** The problems in one built page's HTML. */
export function findForeignInPage(html: string): ForeignText[] {
  const { document } = parseHTML(html);
  const out: ForeignText[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const parent = child.parentElement;
        if (!isSkipped(parent)) out.push(...findForeignInText(child.textContent ?? ''));
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkipped(el)) continue;
        for (const name of ATTRIBUTES) {
          const value = el.getAttribute(name);
          if (value !== null) out.push(...findForeignInText(value));
        }
        walk(el);
      }
    }
  };
  const body = document.querySelector('body');
  const title = document.querySelector('title');
  if (title !== null) out.push(...findForeignInText(title.textContent ?? ''));
  if (body !== null) walk(body);
  return out;
}
