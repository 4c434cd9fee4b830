/**
 * The folder where rendering keeps what it can reuse between builds (font subsets, finished PNGs), and the one way
 * files are written there: through a temporary name, so a crashed build never leaves half a file for the next one.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Ignored by git, survives between builds, safe to delete. */
export const RENDER_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'shanhai-render');

export function writeAtomically(file: string, bytes: Uint8Array): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}
