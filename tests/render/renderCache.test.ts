/**
 * The render cache is pruned after a successful build: entries the build did not use go, entries it used stay, and
 * nothing but the cache's own files is ever deleted (issue 18).
 */
import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markUsed, pruneRenderCache } from '../../src/lib/render/renderCache';
import { formatRenderStats } from '../../src/lib/render/renderStats';

const png = (c: string) => `png-${c.repeat(64)}.png`;
const font = (c: string) => `font-${c.repeat(40)}.ttf`;

describe('pruneRenderCache', () => {
  it('deletes the PNGs and font subsets not used since the build started, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shanhai-render-prune-'));
    const old = new Date('2026-01-01T00:00:00Z');
    const names = [png('a'), png('b'), font('c'), font('d'), `${png('e')}.123.partial`, 'notes.txt', 'png-editor.png'];
    for (const name of names) {
      writeFileSync(join(dir, name), 'x');
      utimesSync(join(dir, name), old, old);
    }
    const buildStart = Date.now();
    markUsed(join(dir, png('a')));
    markUsed(join(dir, font('c')));
    expect(pruneRenderCache(buildStart, dir)).toEqual({ files: 3, bytes: 3 });
    const left = names.filter((n) => existsSync(join(dir, n)));
    expect(left).toEqual([png('a'), font('c'), 'notes.txt', 'png-editor.png']);
  });

  it('keeps everything when the folder is missing or all was used', () => {
    expect(pruneRenderCache(Date.now(), join(tmpdir(), 'shanhai-no-such-cache'))).toEqual({ files: 0, bytes: 0 });
  });
});

describe('formatRenderStats', () => {
  it('summarises drawn and cached PNGs separately, nearest-rank median and p95', () => {
    const drawn = [100, 200, 300, 400].map((ms) => ({ ms, cached: false }));
    const read = [2, 4].map((ms) => ({ ms, cached: true }));
    expect(formatRenderStats([...drawn, ...read])).toBe(
      'PNG renders: 4 drawn (median 200 ms, p95 400 ms), 2 from the cache (median 2 ms, p95 4 ms)',
    );
  });
});
