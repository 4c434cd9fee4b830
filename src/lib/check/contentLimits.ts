/**
 * Size limits of content files, checked before a file is read. The 5 MB files tried in issue 13 ran the site build
 * for over 20 minutes (a story) and made 12 MB province pages (curated facts); these limits leave ample room above
 * today's largest files and stop such a file at `npm run check`, in milliseconds.
 */
export const CONTENT_LIMITS = {
  /** Largest curated file today: 36 KB (49 facts). 512 KB holds some 700 facts: far more than one article gives. */
  curatedBytes: 512 * 1024,
  /** Largest story today: 3.4 KB. 128 KB is a long read of some 40,000 Chinese characters. */
  storyBytes: 128 * 1024,
} as const;

/** A byte count as an editor reads it: `5.2 MB`, `36 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}
