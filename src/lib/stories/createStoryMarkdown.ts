import markdownIt, { type MarkdownIt } from 'markdown-it';
import { FACT_LINK, isSafeUrl, isSiteUrl } from './isSafeUrl';

let shared: MarkdownIt | undefined;

/** The story renderer, made once: it keeps no state between documents (each parse gets its own env). */
export function storyMarkdown(): MarkdownIt {
  shared ??= createStoryMarkdown();
  return shared;
}

/**
 * The Markdown renderer for story prose: raw HTML off (tags render as text), no linkify, no typographic
 * replacements, links limited by `isSafeUrl` plus `fact:` links, which `linkFactFigures` rewrites, and images
 * only from the site itself (any other image renders as its alt text; `checkStoryInline` reports it).
 */
export function createStoryMarkdown(): MarkdownIt {
  const md = new markdownIt({ html: false, linkify: false, typographer: false, breaks: false });
  md.validateLink = (url: string): boolean => isSafeUrl(url) || FACT_LINK.test(url);
  const defaultLinkOpen =
    md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (token && /^https?:/i.test(String(token.attrGet('href') ?? ''))) token.attrSet('rel', 'noopener');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  const defaultImage =
    md.renderer.rules.image ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (token && isSiteUrl(String(token.attrGet('src') ?? ''))) return defaultImage(tokens, idx, options, env, self);
    return md.utils.escapeHtml(token?.content ?? '');
  };
  return md;
}
