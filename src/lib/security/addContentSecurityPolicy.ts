import { createHash } from 'node:crypto';

/** An inline `<script>` element (no `src`), with its text. */
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP hash source of an inline script's text, as browsers compute it. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy of one page: scripts only from the site or, inline, exactly those the build wrote
 * (by hash, so a script injected into the page does not run); no plugins, no `<base>`, no form posts, no requests
 * to other origins. `wasm` allows WebAssembly (`'wasm-unsafe-eval'`, which runs no JavaScript from strings): only the
 * search page needs it, for Pagefind's index reader. Inline styles stay allowed: the build sizes maps and charts with `style` attributes, and a
 * style cannot run code. (`frame-ancestors` cannot be set from a `<meta>`; embeds are meant to be framed anyway.)
 */
export function buildContentSecurityPolicy(inlineScripts: readonly string[], wasm = false): string {
  const hashes = [...new Set(inlineScripts.map(scriptHash))];
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}${hashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Adds the page's policy as the first element of `<head>`, before any script, so it governs all of them.
 * Returns the page unchanged when it has no `<head>` (not a page of ours) or already carries a policy.
 */
export function addContentSecurityPolicy(html: string): string {
  if (/<meta http-equiv="Content-Security-Policy"/i.test(html)) return html;
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1] ?? '');
  const wasm = html.includes('<shanhai-search');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${buildContentSecurityPolicy(scripts, wasm)}">`;
  const head = /<head>/i.exec(html);
  if (head === null) return html;
  // The charset must stay within the first bytes of the page: keep it first when it opens the head.
  const afterHead = head.index + head[0].length;
  const charset = /^\s*<meta charset="utf-8"\s*\/?>/i.exec(html.slice(afterHead));
  const at = charset ? afterHead + charset[0].length : afterHead;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}
