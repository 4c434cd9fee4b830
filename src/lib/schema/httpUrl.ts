import { z } from 'zod';

/**
 * A URL stored in content and shown as a link: `http:` or `https:` only, with a host. zod's plain `z.url()` accepts
 * `javascript:`, `data:`, `vbscript:` and `file:` URLs, which would run script on the site's origin when clicked.
 */
export const httpUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'a web address must start with http:// or https:// and name a host (other schemes are refused)',
});

/** The same rule for a URL read anywhere at render time (defence in depth: only http(s) becomes a link). */
export function isHttpUrl(url: string): boolean {
  return httpUrl.safeParse(url).success;
}
