import { existsSync, lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isOwnOutput, OUTPUT_MARKER, writeOutputMarker } from './outputMarker';

/** Why an output folder was not replaced; the folder and the staged output are left as they were. */
export class PublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublishError';
  }
}

/**
 * Refuses, before anything is built, an output folder the build may not replace: one that exists without the
 * marker (`OUTPUT_MARKER`), or that is not a folder. An empty folder is allowed (nothing in it can be lost).
 */
export function assertReplaceable(target: string): void {
  if (!existsSync(target) && !isDanglingLink(target)) return;
  const stat = lstatSync(target);
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new PublishError(
      `${target} is not a folder the build wrote (it is a ${stat.isSymbolicLink() ? 'symbolic link' : 'file'}) — ` +
        'it was left alone; point the output at another folder or remove it yourself',
    );
  }
  if (!isOwnOutput(target) && readdirSync(target).length > 0) {
    throw new PublishError(
      `${target} was not written by the Shanhai build (it has no ${OUTPUT_MARKER} file) — it was left alone; ` +
        'point the output at another folder, or, if it is an old build, delete it yourself once',
    );
  }
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Swaps a fully built and checked folder in for `target` by renames on the same disk: the old output is moved
 * aside, the new one moved in, then the old one removed. `staged` must sit beside `target` (same filesystem).
 * Throws `PublishError`, changing nothing, when `target` is not the build's own.
 */
export function replaceOutputDir(staged: string, target: string): void {
  assertReplaceable(target);
  writeOutputMarker(staged);
  const old = join(dirname(target), `.${basename(target)}.old-${process.pid}-${Date.now()}`);
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, old);
  try {
    renameSync(staged, target);
  } catch (error) {
    if (hadTarget) renameSync(old, target);
    throw error;
  }
  if (hadTarget) rmSync(old, { recursive: true, force: true });
}
