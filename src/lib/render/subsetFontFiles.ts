/**
 * Subsets of the bundled Noto Sans SC (10 MB per weight) holding only the characters an image draws. resvg parses
 * every font file it is given for every image; a subset of a few dozen glyphs makes that ~1 s cost disappear.
 * Subsets are written once to a cache folder (keyed by font file and characters) and reused for the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { markUsed, RENDER_CACHE_DIR, writeAtomically } from './renderCache';

const fontBytes = new Map<string, Buffer>();
const pending = new Map<string, Promise<string>>();

const sha1 = (...parts: readonly string[]) => createHash('sha1').update(parts.join('\u0000')).digest('hex');

async function subsetOne(fontFile: string, characters: string, cacheDir: string): Promise<string> {
  const target = join(cacheDir, `font-${sha1(fontFile, characters)}.ttf`);
  if (existsSync(target)) {
    markUsed(target);
    return target;
  }
  let bytes = fontBytes.get(fontFile);
  if (bytes === undefined) {
    bytes = readFileSync(fontFile);
    fontBytes.set(fontFile, bytes);
  }
  const subset = await subsetFont(bytes, characters, { targetFormat: 'truetype' });
  mkdirSync(cacheDir, { recursive: true });
  writeAtomically(target, subset);
  return target;
}

/** Paths of subset font files (one per input file, same order) that cover `characters`. */
export function subsetFontFiles(
  fontFiles: readonly string[],
  characters: string,
  cacheDir: string = RENDER_CACHE_DIR,
): Promise<string[]> {
  return Promise.all(
    fontFiles.map((fontFile) => {
      const key = `${cacheDir}\u0000${fontFile}\u0000${characters}`;
      let job = pending.get(key);
      if (job === undefined) {
        job = subsetOne(fontFile, characters, cacheDir);
        pending.set(key, job);
      }
      return job;
    }),
  );
}
