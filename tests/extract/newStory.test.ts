import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStorySkeleton, pickSkeletonFacts } from '../../src/lib/extract/createStorySkeleton';
import { parseStory } from '../../src/lib/stories/parseStory';
import { curatedContent } from '../support/curatedContent';

const { datasets, ctx } = curatedContent();
const picked = pickSkeletonFacts(
  datasets.facts,
  datasets.map.pairs.filter((p) => p.level === 'province'),
);

describe('the story skeleton', () => {
  if (picked === undefined) throw new Error('no example facts');
  const text = createStorySkeleton({ slug: 'test-story', date: '2026-11-23', ...picked });

  it('passes the stories’ validation as written', () => {
    const parsed = parseStory(text, 'content/stories/test-story.md', ctx);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('has one block of each type, commented with YAML comments, and a note for the editor', () => {
    const parsed = parseStory(text, 'content/stories/test-story.md', ctx);
    if (!parsed.ok) throw new Error('invalid');
    expect(parsed.story.segments.filter((s) => s.kind !== 'prose').map((s) => s.kind)).toEqual([
      'map',
      'chart',
      'fact',
    ]);
    expect(text.match(/^```(?:map|chart|fact)\n# /gm)).toHaveLength(3);
    expect(text).toContain('编辑说明（发布前删除）');
    expect(text).not.toContain('<!--');
  });

  it('lists the source of every fact it uses', () => {
    expect(text).toContain(`sources: [${[...new Set(picked.facts.map((f) => f.sourceId))].join(', ')}]`);
  });
});

describe('npm run new:story', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-story.ts', ...args], { encoding: 'utf8' });

  it('writes the skeleton and refuses to overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stories-'));
    const first = run(['my-story', '--dir', dir, '--date', '2026-11-23']);
    expect(first.status).toBe(0);
    const file = join(dir, 'my-story.md');
    writeFileSync(file, 'edited by hand\n');
    const second = run(['my-story', '--dir', dir]);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(
      `${file} already exists; nothing was written. Choose another slug or edit that story.`,
    );
    expect(readFileSync(file, 'utf8')).toBe('edited by hand\n');
  });

  it('refuses a slug that is not an id', () => {
    const result = run(['My Story']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      '"My Story" is not a story slug — use lowercase letters, digits and hyphens, e.g. lugan-2023',
    );
  });
});
