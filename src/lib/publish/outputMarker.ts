import { existsSync, lstatSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The file every output folder of the build carries (`dist/`, `public/data/`). The build only ever removes or
 * replaces a folder that has it, so a mistyped `SHANHAI_OUT_DIR` can never delete someone's files.
 */
export const OUTPUT_MARKER = '.shanhai-output';

const MARKER_TEXT =
  'This folder is written by the Shanhai build (npm run build / npm run build:data) and replaced whole by the next\n' +
  'build. Do not keep your own files here.\n';

/** Marks a folder the build has just written as its own. */
export function writeOutputMarker(dir: string): void {
  writeFileSync(join(dir, OUTPUT_MARKER), MARKER_TEXT);
}

/** True when `dir` is a real folder (not a link) that carries the marker of a Shanhai build. */
export function isOwnOutput(dir: string): boolean {
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) return false;
  const marker = join(dir, OUTPUT_MARKER);
  return existsSync(marker) && lstatSync(marker).isFile();
}
