import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const extract = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8' });

describe('npm run extract', () => {
  const out = mkdtempSync(join(tmpdir(), 'drafts-'));
  const article = 'tests/fixtures/extract/article-traditional.txt';
  const args = [article, '--out', out, '--id', 'test-2021-10-fixture'];
  const draft = join(out, 'test-2021-10-fixture.draft.json');

  it('writes a draft and reports the cleaning on stdout', () => {
    const run = extract(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('removed spam: j9九游会-真人游戏第一品牌 — 1× (line 5)');
    expect(run.stdout).toContain('removed gloss: (xié) — 1× (line 4)');
    expect(run.stdout).toContain(`Wrote 5 candidate facts to ${draft}`);
    expect(run.stdout).toContain('Source: “東西協作新聞”, TODO, no byline found.');
    // The draft is written as biome formats it, so it passes npm run lint once moved to data/curated/.
    const formatted = spawnSync('node_modules/.bin/biome', ['format', '--stdin-file-path=data/curated/x.json'], {
      input: readFileSync(draft, 'utf8'),
      encoding: 'utf8',
    });
    expect(formatted.stdout).toBe(readFileSync(draft, 'utf8'));
    const file = JSON.parse(readFileSync(draft, 'utf8')) as { source: { id: string }; facts: { _review: string[] }[] };
    expect(file.source.id).toBe('test-2021-10-fixture');
    expect(file.facts.every((f) => f._review.includes('metric'))).toBe(true);
  });

  it('never overwrites an existing draft without --force', () => {
    writeFileSync(draft, 'reviewed by hand\n');
    const run = extract(args);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `${draft} already exists; nothing was written. Pass --id <another-id>, or --force to write the draft anyway.`,
    );
    expect(readFileSync(draft, 'utf8')).toBe('reviewed by hand\n');
    expect(extract([...args, '--force']).status).toBe(0);
    expect(readFileSync(draft, 'utf8')).not.toBe('reviewed by hand\n');
  });

  it('refuses a curated id that already exists', () => {
    const run = extract([article, '--out', out, '--id', 'gsrb-2021-10-gansu']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'data/curated/gsrb-2021-10-gansu.json already exists; nothing was written. Pass --id <another-id>, or --force to write the draft anyway.',
    );
  });
});
