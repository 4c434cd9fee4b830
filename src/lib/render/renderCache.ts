/**
 * The folder where rendering keeps what it can reuse between builds (font subsets, finished PNGs, QR codes), the one way
 * files are written there (through a temporary name, so a crashed build never leaves half a file for the next one),
 * and its pruning: every entry a build uses is marked (its modification time set), and after a successful build the
 * entries it did not use are deleted, so the folder holds what the current site needs instead of every image ever
 * drawn.
 */
import { readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Ignored by git, survives between builds, safe to delete. `SHANHAI_RENDER_CACHE_DIR` moves it (the scale benchmark
 * keeps its synthetic images out of the site's cache).
 */
export const RENDER_CACHE_DIR =
  process.env.SHANHAI_RENDER_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'shanhai-render');

/** The names rendering writes in the cache folder; pruning never touches any other file. */
const ENTRY = /^(?:png-[0-9a-f]{64}\.png|qr-[0-9a-f]{64}\.svg|font-[0-9a-f]{40}\.ttf)$/;
/** A leftover of a crashed write (`writeAtomically`). */
const PARTIAL = /^(?:png-[0-9a-f]{64}\.png|qr-[0-9a-f]{64}\.svg|font-[0-9a-f]{40}\.ttf)\.\d+\.partial$/;

export function writeAtomically(file: string, bytes: Uint8Array): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** Marks a cache entry as used by this build (pruning keeps it). */
export function markUsed(file: string): void {
  const now = new Date();
  try {
    utimesSync(file, now, now);
  } catch {
    // Gone meanwhile (another build pruned it): it is written again when next needed.
  }
}

/**
 * Deletes the cache entries not used since `since` (ms since the epoch: when the build started), and leftovers of
 * crashed writes older than that. Call only after a build succeeded: a failed build may have stopped before it
 * used everything. Returns how many files and bytes were deleted.
 */
export function pruneRenderCache(since: number, dir: string = RENDER_CACHE_DIR): { files: number; bytes: number } {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { files: 0, bytes: 0 };
  }
  let files = 0;
  let bytes = 0;
  for (const name of names) {
    if (!ENTRY.test(name) && !PARTIAL.test(name)) continue;
    const file = join(dir, name);
    try {
      const stat = statSync(file);
      // A second of slack for file systems that keep modification times in whole seconds.
      if (!stat.isFile() || stat.mtimeMs >= since - 1000) continue;
      unlinkSync(file);
      files++;
      bytes += stat.size;
    } catch {
      // Already gone.
    }
  }
  return { files, bytes };
}
