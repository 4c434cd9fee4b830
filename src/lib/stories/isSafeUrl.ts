/**
 * The link policy for story prose: http(s), mailto and site-relative URLs (`/…`, `#…`) only. Anything else —
 * `javascript:`, `data:`, `vbscript:`, protocol-relative `//host`, relative paths — is refused, and markdown-it then
 * leaves the link as plain text.
 */
export function isSafeUrl(url: string): boolean {
  const u = url.trim();
  if (/^https?:\/\/[^\s/]/i.test(u)) return true;
  if (/^mailto:[^\s]/i.test(u)) return true;
  if (u.startsWith('#')) return true;
  return isSiteUrl(u);
}

/** A path on this site (`/images/x.png`): the only place a story may load an image from (no tracking pixels). */
export function isSiteUrl(url: string): boolean {
  const u = url.trim();
  return u.startsWith('/') && !u.startsWith('//') && !u.startsWith('/\\');
}

/** The pseudo-scheme an editor uses to link a figure in prose to a curated fact: `[2.8万余人](fact:<id>)`. */
export const FACT_LINK = /^fact:([a-z0-9]+(?:-[a-z0-9]+)*)$/;
