import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_MARKER, writeOutputMarker } from '../../src/lib/publish/outputMarker';
import { publishAtomically } from '../../src/lib/publish/publishAtomically';
import { PublishError, replaceOutputDir } from '../../src/lib/publish/replaceOutputDir';
import { treeDigest } from './treeDigest';

/** A temp folder holding a "last good" site in `dist/` (marked as the build's own). */
function lastGoodSite(): { root: string; dist: string; before: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'shanhai-publish-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'stories', 'yuegui'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>山海</title>\n');
  writeFileSync(join(dist, 'stories', 'yuegui', 'index.html'), '<p>粤桂</p>\n');
  writeOutputMarker(dist);
  return { root, dist, before: treeDigest(dist) };
}

describe('publishing atomically', () => {
  it('a build that fails half-way leaves the last good output byte-identical and removes its staging folder', () => {
    const { root, dist, before } = lastGoodSite();
    const staged = join(root, '.build', 'dist');
    expect(() =>
      publishAtomically([{ staged, target: dist }], () => {
        // Like Astro crashing while rendering: some pages written, then an error.
        writeFileSync(join(staged, 'index.html'), '<p>half a site</p>');
        throw new Error('render crashed');
      }),
    ).toThrow('render crashed');
    expect(treeDigest(dist)).toEqual(before);
    expect(existsSync(staged)).toBe(false);
  });

  it('a build that succeeds replaces the whole output, marker included, and leaves nothing beside it', () => {
    const { root, dist } = lastGoodSite();
    const staged = join(root, '.build', 'dist');
    publishAtomically([{ staged, target: dist }], () => writeFileSync(join(staged, 'index.html'), '<p>new</p>'));
    expect(readdirSync(dist).sort()).toEqual([OUTPUT_MARKER, 'index.html']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<p>new</p>');
    expect(readdirSync(root)).toEqual(['.build', 'dist']);
    expect(readdirSync(join(root, '.build'))).toEqual([]);
  });

  it('refuses, before building, a folder that is not its own; nothing in it is touched', () => {
    const root = mkdtempSync(join(tmpdir(), 'shanhai-victim-'));
    const victim = join(root, 'victim');
    mkdirSync(victim);
    writeFileSync(join(victim, 'thesis.docx'), 'years of work');
    const before = treeDigest(victim);
    let built = false;
    expect(() =>
      publishAtomically([{ staged: join(root, 'staged'), target: victim }], () => {
        built = true;
      }),
    ).toThrow(
      new PublishError(
        `${victim} was not written by the Shanhai build (it has no .shanhai-output file) — it was left alone; point the output at another folder, or, if it is an old build, delete it yourself once`,
      ),
    );
    expect(built).toBe(false);
    expect(treeDigest(victim)).toEqual(before);
  });

  it('refuses a file or a symbolic link as the output, and takes an empty folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'shanhai-odd-out-'));
    const staged = () => {
      const dir = join(root, `staged-${Math.random().toString(36).slice(2)}`);
      mkdirSync(dir);
      return dir;
    };
    writeFileSync(join(root, 'a-file'), 'x');
    expect(() => replaceOutputDir(staged(), join(root, 'a-file'))).toThrow(
      `${join(root, 'a-file')} is not a folder the build wrote (it is a file) — it was left alone; point the output at another folder or remove it yourself`,
    );
    mkdirSync(join(root, 'elsewhere'));
    writeOutputMarker(join(root, 'elsewhere'));
    symlinkSync(join(root, 'elsewhere'), join(root, 'a-link'));
    expect(() => replaceOutputDir(staged(), join(root, 'a-link'))).toThrow('(it is a symbolic link)');
    expect(existsSync(join(root, 'elsewhere', OUTPUT_MARKER))).toBe(true);
    mkdirSync(join(root, 'empty'));
    replaceOutputDir(staged(), join(root, 'empty'));
    expect(readdirSync(join(root, 'empty'))).toEqual([OUTPUT_MARKER]);
  });
});
