import markdownIt, { type MarkdownIt } from 'markdown-it';
import { FACT_LINK, isSafeUrl } from './isSafeUrl';

/**
 * The Markdown renderer for story prose: raw HTML off (tags render as text), no linkify, no typographic
 * replacements, and links limited by `isSafeUrl` plus `fact:` links, which `linkFactFigures` rewrites.
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
  return md;
}
