/**
 * The characters the site's images can draw, known before any page renders: every character of the text files
 * images take their words from — stories (content/), data (data/), the code and message tables that build labels,
 * titles and credits (src/), and site.config.json (the 审图号). One font subset of these serves every image of a
 * build, where a subset per image cost two harfbuzz runs over 20 MB of font on the thread that renders pages.
 * An image that draws a character outside the set (e.g. from a value computed at build time) gets its own subset
 * (`fontCharactersFor`), so the set needs to be generous, never complete.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { charactersOf } from './charactersOf';

/** Where the drawn words come from, relative to the project root. */
const SOURCES = ['content', 'data', 'src', 'site.config.json'];
const TEXT = new Set(['.md', '.json', '.ts', '.astro', '.mjs', '.js', '.css', '.yaml', '.yml', '.txt']);

function textFiles(path: string): string[] {
  try {
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && TEXT.has(extname(e.name)))
      .map((e) => join(e.parentPath, e.name));
  } catch {
    // A file, not a folder (site.config.json), or absent.
    return TEXT.has(extname(path)) ? [path] : [];
  }
}

const memo = new Map<string, string>();

/** The sorted, unique characters (as `charactersOf`) of the site's text sources under `root`; read once per root. */
export function siteCharacters(root: string = process.cwd()): string {
  let chars = memo.get(root);
  if (chars === undefined) {
    const seen = new Set<string>();
    for (const source of SOURCES) {
      for (const file of textFiles(join(root, source))) {
        try {
          for (const ch of charactersOf(readFileSync(file, 'utf8'))) seen.add(ch);
        } catch {
          // Unreadable: its characters fall back to per-image subsets.
        }
      }
    }
    chars = charactersOf([...seen].join(''));
    memo.set(root, chars);
  }
  return chars;
}

/**
 * The characters to subset the font to for an image drawing `imageCharacters`: the build-wide set when it covers
 * them all (one subset for every image), else the image's own (a subset for it alone). Both are sorted and unique.
 */
export function fontCharactersFor(imageCharacters: string, buildCharacters: string): string {
  const available = new Set(buildCharacters);
  for (const ch of imageCharacters) if (!available.has(ch)) return imageCharacters;
  return buildCharacters;
}
