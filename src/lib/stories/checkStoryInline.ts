import type { Token } from 'markdown-it';
import type { Problem } from '../problems/problem';
import { isSiteUrl } from './isSafeUrl';

/** Link syntax markdown-it refused, left in the text: `[text](target)` or `![alt](target)`. */
const LEFT_LINK = /(!?)\[([^\]\n]*)\]\(((?:[^()\n]|\([^()\n]*\))*)\)/g;
/** A fact link written with the wrong case or spacing: `FACT:x`, `Fact: x`, `fact:X_1`. */
const FACT_LIKE = /^\s*fact\s*:/i;

/**
 * Checks one inline token of story prose for what would publish wrong: images from anywhere but the site, and
 * link syntax that markdown-it refused (a disallowed scheme, a fact link in the wrong case) and would show as raw
 * `[text](…)`. `line` is the file line of the token's first line.
 */
export function checkStoryInline(inline: Token, line: number, file: string): Problem[] {
  const problems: Problem[] = [];
  let breaks = 0;
  for (const child of inline.children ?? []) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') breaks++;
    const at = { file, line: line + breaks };
    if (child.type === 'image') {
      const src = String(child.attrGet('src') ?? '');
      if (!isSiteUrl(src)) {
        problems.push({
          ...at,
          path: `![${child.content}](${src})`,
          message: `the image "${src}" is not on this site; a story may show only images the site itself serves (no third-party requests, no tracking pixels)`,
          fix: 'put the image in public/images/ and write ![说明](/images/<file>)',
        });
      }
    }
    if (child.type !== 'text') continue;
    for (const match of child.content.matchAll(LEFT_LINK)) {
      const [written, bang, text] = match;
      const target = (match[3] ?? '').trim();
      const where = { ...at, path: written };
      if (FACT_LIKE.test(target)) {
        const id = target.replace(FACT_LIKE, '').trim().toLowerCase();
        problems.push({
          ...where,
          message: `"${target}" is not a fact link: write "fact:" and the id in lowercase, with no space`,
          fix: `write [${text}](fact:${id})`,
        });
      } else {
        problems.push({
          ...where,
          message: `the ${bang ? 'image' : 'link'} target "${target}" is not allowed, so it would show as raw text: links may go to http(s) addresses, mailto: or pages of this site (/…)`,
          fix: bang
            ? 'use an image on this site: ![说明](/images/<file>)'
            : 'use an https:// address or a site path, or remove the link',
        });
      }
    }
  }
  return problems;
}
