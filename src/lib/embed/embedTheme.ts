/**
 * The colour scheme of an embed page, from `?theme=light|dark|auto` in its URL. A host chooses `light` or `dark` to
 * match its own page (a light article on a phone in dark mode keeps a light chart); `auto` or no option follows
 * the reader's system setting.
 */
export type EmbedTheme = 'light' | 'dark';
export type EmbedThemeOption = EmbedTheme | 'auto';

/** The option as written in the URL; anything else is `auto`. */
export function readThemeOption(search: string): EmbedThemeOption {
  const value = new URLSearchParams(search).get('theme');
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/** The scheme to draw: the host's choice, else the reader's system setting. */
export function resolveEmbedTheme(option: EmbedThemeOption, prefersDark: boolean): EmbedTheme {
  if (option !== 'auto') return option;
  return prefersDark ? 'dark' : 'light';
}
