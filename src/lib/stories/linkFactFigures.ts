import type { Token } from 'markdown-it';
import { formatFigureEn } from '../i18n/english/formatFigureEn';
import type { Problem } from '../problems/problem';
import { checkFigureTextEn } from './checkFigureTextEn';
import { describeFact, factHrefIn } from './describeFact';
import { describeFactTitleEn } from './describeFactTitleEn';
import { FACT_LINK } from './isSafeUrl';
import type { StoryContext } from './storyContext';
import type { StoryLanguage } from './types';

/**
 * Rewrites `[2.8万余人](fact:<id>)` links inside one inline token: the text becomes the fact's expression, the href
 * its source page, the title its period and qualifier. Link text that is not the expression (or empty) is a
 * problem, so prose never shows a figure the fact does not hold. `line` is the file line of the token's first line.
 * In an English story (`lang` en) the text is the figure in English, checked by `checkFigureTextEn` and kept as
 * written ("[3,045 officials](fact:…)"); empty text is filled with the English figure.
 */
export function linkFactFigures(
  inline: Token,
  line: number,
  file: string,
  ctx: StoryContext,
  lang: StoryLanguage = 'zh',
): { factIds: string[]; problems: Problem[] } {
  const factIds: string[] = [];
  const problems: Problem[] = [];
  const children = inline.children ?? [];
  let breaks = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child === undefined) continue;
    if (child.type === 'softbreak' || child.type === 'hardbreak') breaks++;
    if (child.type !== 'link_open') continue;
    const match = FACT_LINK.exec(String(child.attrGet('href') ?? ''));
    if (!match?.[1]) continue;
    const id = match[1];
    const close = children.findIndex((t, j) => j > i && t.type === 'link_close');
    const inner = children.slice(i + 1, close === -1 ? children.length : close);
    const text = inner.map((t) => t.content).join('');
    const at = { file, line: line + breaks };
    const fact = ctx.fact(id);
    factIds.push(id);
    if (fact === undefined) {
      problems.push({
        ...at,
        path: `fact:${id}`,
        message: `"${id}" is not a curated fact`,
        fix: 'use the "id" of a fact in data/curated/ (search the folder for it)',
      });
      continue;
    }
    const english = lang === 'en' ? checkFigureTextEn(text, fact) : undefined;
    if (english !== undefined) problems.push({ ...at, path: `fact:${id}`, ...english });
    if (lang === 'zh' && text !== '' && text !== fact.expression && text !== fact.display) {
      problems.push({
        ...at,
        path: `fact:${id}`,
        message: `the link text "${text}" is not the fact's figure "${fact.expression}"`,
        fix: `write [${fact.expression}](fact:${id}), or [](fact:${id}) to fill it in`,
      });
    }
    const href = factHrefIn(lang, fact);
    child.attrSet('href', href);
    // An English story's figure that links to a Chinese page says so.
    if (lang !== 'zh' && !href.startsWith(`/${lang}/`)) child.attrSet('hreflang', 'zh-CN');
    child.attrSet('title', lang === 'en' ? describeFactTitleEn(fact, ctx) : describeFact(fact, ctx));
    child.attrSet('class', fact.status === 'target' ? 'fact-link is-target' : 'fact-link');
    const TokenClass = child.constructor as new (type: string, tag: string, nesting: 0 | 1 | -1) => Token;
    const replacement = new TokenClass('text', '', 0);
    // The site writes the figure in simplified characters; the quote on the source page keeps the original.
    if (lang === 'zh') replacement.content = fact.display;
    else
      replacement.content = text === '' ? formatFigureEn(fact.value, fact.unit, fact.qualifier, fact.expression) : text;
    children.splice(i + 1, inner.length, replacement);
  }
  return { factIds, problems };
}
