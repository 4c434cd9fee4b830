import type { Token } from 'markdown-it';

/** A run of Chinese characters (and the punctuation between them): 东西部协作, 互派, 脱贫劳动力. */
const CHINESE_RUN = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/gu;

/**
 * In an English story, wraps each run of Chinese characters in the prose in `<span lang="zh-CN">`, so that screen
 * readers pronounce the original term (东西部协作) in Chinese and the page says which words are not English.
 * Works on one inline token's text children; the text itself is escaped as markdown-it escapes text.
 */
export function markChineseRuns(inline: Token): void {
  const children = inline.children ?? [];
  const TokenClass = inline.constructor as new (type: string, tag: string, nesting: 0 | 1 | -1) => Token;
  const make = (type: string, content: string): Token => {
    const token = new TokenClass(type, '', 0);
    token.content = content;
    return token;
  };
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child === undefined || child.type !== 'text' || !CHINESE_RUN.test(child.content)) continue;
    CHINESE_RUN.lastIndex = 0;
    const parts: Token[] = [];
    let at = 0;
    for (const match of child.content.matchAll(CHINESE_RUN)) {
      if (match.index > at) parts.push(make('text', child.content.slice(at, match.index)));
      parts.push(make('html_inline', '<span lang="zh-CN">'), make('text', match[0]), make('html_inline', '</span>'));
      at = match.index + match[0].length;
    }
    if (at < child.content.length) parts.push(make('text', child.content.slice(at)));
    children.splice(i, 1, ...parts);
  }
}
