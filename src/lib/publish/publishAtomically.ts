import { mkdirSync, rmSync } from 'node:fs';
import { assertReplaceable, replaceOutputDir } from './replaceOutputDir';

/** One output of a build: the fresh folder it is built in and the published folder it replaces. */
export interface StagedOutput {
  readonly staged: string;
  readonly target: string;
}

/**
 * Builds into fresh folders and publishes only when every step succeeded: first every target is checked to be
 * the build's own (so nothing is built in vain), then `build` writes the staged folders, then each target is
 * swapped for its staged folder. When `build` throws, the staged folders are removed and the targets are
 * untouched — the last good output stays published. `cleanup` names folders to remove in any case.
 */
export function publishAtomically(
  outputs: readonly StagedOutput[],
  build: () => void,
  cleanup: readonly string[] = [],
): void {
  for (const { target } of outputs) assertReplaceable(target);
  try {
    for (const { staged } of outputs) {
      rmSync(staged, { recursive: true, force: true });
      mkdirSync(staged, { recursive: true });
    }
    build();
    for (const { staged, target } of outputs) replaceOutputDir(staged, target);
  } finally {
    for (const { staged } of outputs) rmSync(staged, { recursive: true, force: true });
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  }
}
