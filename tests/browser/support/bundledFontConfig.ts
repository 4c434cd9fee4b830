/**
 * A fontconfig configuration that offers Chromium only the Noto Sans SC font the project already ships
 * (`@expo-google-fonts/noto-sans-sc`, OFL). Launched with `FONTCONFIG_FILE` pointing at it, every font the pages ask
 * for resolves to that one family, so text widths, label collisions and screenshots are the same on every Linux
 * machine, whatever fonts (if any) it has installed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The weights the site's CSS uses (400, 600, 700, 800); others would be synthesised from these. */
export const BUNDLED_FONT_WEIGHT_DIRS = ['400Regular', '600SemiBold', '700Bold', '800ExtraBold'] as const;

/** The family name Chromium reports for text drawn with the bundled font. */
export const BUNDLED_FONT_FAMILY = 'Noto Sans SC';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The fonts.conf text for the given font folders and cache folder (pure; tested). */
export function formatFontConfig(fontDirs: readonly string[], cacheDir: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    "<!-- Written by tests/browser/support/bundledFontConfig.ts: only the project's bundled font. -->",
    '<fontconfig>',
    ...fontDirs.map((dir) => `  <dir>${escapeXml(dir)}</dir>`),
    `  <cachedir>${escapeXml(cacheDir)}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

/** Writes the configuration under the temp folder (once per process) and returns its path. */
export function writeBundledFontConfig(): string {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  const dir = join(tmpdir(), 'shanhai-browser-fonts');
  mkdirSync(join(dir, 'cache'), { recursive: true });
  const file = join(dir, 'fonts.conf');
  const fontDirs = BUNDLED_FONT_WEIGHT_DIRS.map((weight) => join(packageDir, weight));
  writeFileSync(file, formatFontConfig(fontDirs, join(dir, 'cache')));
  return file;
}
