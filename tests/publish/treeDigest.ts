import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every path under `dir` with a hash of its bytes (or link target), sorted: equal digests mean identical trees. */
export function treeDigest(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .sort()
    .map((path) => {
      const stat = lstatSync(path);
      const kind = stat.isSymbolicLink() ? `link ${readlinkSync(path)}` : stat.isDirectory() ? 'dir' : 'file';
      const bytes = stat.isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex') : '';
      return `${relative(dir, path)} ${kind} ${bytes}`;
    });
}
