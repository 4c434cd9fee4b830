import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/data/loadContent';
import type { Problem } from '../src/lib/problems/problem';
import { ContentError, formatProblem } from '../src/lib/problems/problem';
import { loadStories } from '../src/lib/stories/loadStories';
import { parseStoryBody } from '../src/lib/stories/parseStoryBody';
import { curatedContent } from './support/curatedContent';

/**
 * Bad input, tried: each bad file is put into a temporary copy of the content, and the test checks the editor's
 * message, that nothing is published (the data build exits non-zero and leaves an existing output folder alone; a
 * bad story stops the story loader) and that nothing is lost (the bad file is byte-identical afterwards).
 */

const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

/** Copies data/ to a temp folder, lets `spoil` write one bad curated file, and returns where it is. */
function spoiled(spoil: (curated: string) => string): { root: string; data: string; bad: string; bytes: Buffer } {
  const root = mkdtempSync(join(tmpdir(), 'shanhai-bad-'));
  const data = join(root, 'data');
  cpSync('data/reference', join(data, 'reference'), { recursive: true });
  cpSync('data/curated', join(data, 'curated'), { recursive: true, filter: (src) => !src.includes('drafts') });
  const bad = spoil(join(data, 'curated'));
  return { root, data, bad, bytes: readFileSync(bad) };
}

const GANSU = 'gsrb-2021-10-gansu.json';

/** Rewrites one fact of the 甘肃 file (a valid archived source) in the temp copy. */
function editGansu(edit: (facts: Record<string, unknown>[]) => void) {
  return (curated: string): string => {
    const path = join(curated, GANSU);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { facts: Record<string, unknown>[] };
    edit(file.facts);
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    return path;
  };
}

/**
 * Runs the checks and the data build on the spoiled copy; returns the problems (message — fix) and asserts that
 * nothing is published and nothing lost.
 */
function tryBadData(spoil: (curated: string) => string): { problems: readonly Problem[]; stderr: string } {
  const { root, data, bad, bytes } = spoiled(spoil);
  const result = loadContent({ reference: join(data, 'reference'), curated: join(data, 'curated') });
  expect(result.ok).toBe(false);
  const problems = result.ok ? [] : result.problems;

  const out = join(root, 'public-data');
  mkdirSync(out);
  writeFileSync(join(out, 'facts.json'), '["the last good build"]\n');
  const build = tsx('scripts/build-data.ts', [], { SHANHAI_DATA_DIR: data, SHANHAI_OUT_DIR: out });
  expect(build.status).toBe(1);
  expect(build.stderr).toContain('Data build stopped:');
  expect(build.stderr).toContain('Nothing was written.');
  expect(readFileSync(join(out, 'facts.json'), 'utf8')).toBe('["the last good build"]\n');
  expect(readFileSync(bad).equals(bytes)).toBe(true);
  return { problems, stderr: build.stderr };
}

const said = (problems: readonly Problem[]): string[] => problems.map((p) => `${p.message} — ${p.fix}`);

describe('bad curated data: a clear message, nothing published, nothing lost', { timeout: 60_000 }, () => {
  it('malformed JSON', () => {
    const { problems, stderr } = tryBadData((curated) => {
      const path = join(curated, GANSU);
      writeFileSync(path, readFileSync(path, 'utf8').replace('"outlet":', '"outlet"'));
      return path;
    });
    expect(said(problems)).toEqual([
      'malformed JSON: ColonExpected — check for a missing comma, quote or bracket just before this place',
    ]);
    expect(problems[0]).toMatchObject({ line: 5 });
    expect(stderr).toMatch(/data\/curated\/gsrb-2021-10-gansu\.json:5:\d+ — malformed JSON: ColonExpected/);
  });

  it('a fact id used twice', () => {
    const { problems } = tryBadData(
      editGansu((facts) => {
        (facts[1] as { id: string }).id = '004-01-funds-fiscal-gansu';
      }),
    );
    expect(said(problems)).toEqual([
      `fact id "004-01-funds-fiscal-gansu" is already used in ${problems[0]?.file}:28 — give this fact a new, unique id`,
    ]);
    expect(problems[0]?.path).toBe('facts[1].id');
  });

  it('a value that disagrees with its expression', () => {
    const { problems } = tryBadData(
      editGansu((facts) => {
        (facts[0] as { value: number }).value = 321_400_000;
      }),
    );
    expect(said(problems)).toEqual([
      'value 321400000 disagrees with its expression "32.14億元", which reads as 3214000000 — set "value": 3214000000 (or correct the expression if the article writes it differently)',
    ]);
  });

  it('an unknown place', () => {
    const { problems } = tryBadData(
      editGansu((facts) => {
        (facts[0] as { to: string }).to = 'atlantis';
      }),
    );
    expect(said(problems)).toEqual([
      'unknown place "atlantis" — use a province id (e.g. "shandong"), a place id from data/reference/places.json or "national"; add a new place to places.json first',
    ]);
  });

  it('a file that is not UTF-8', () => {
    const { problems } = tryBadData((curated) => {
      const path = join(curated, 'gbk.json');
      writeFileSync(path, Buffer.from([0x7b, 0xb6, 0xab, 0xce, 0xf7, 0x7d])); // "{东西}" in GBK
      return path;
    });
    expect(said(problems)).toEqual([
      'the file is not valid UTF-8 text (the first bad byte is here) — save it as UTF-8 (without GBK/Big5 encoding)',
    ]);
    expect(problems[0]).toMatchObject({ line: 1, col: 2 });
  });

  it('an empty file', () => {
    const { problems } = tryBadData((curated) => {
      const path = join(curated, 'empty.json');
      writeFileSync(path, '');
      return path;
    });
    expect(said(problems)).toEqual(['the file is empty — write { "source": {…}, "facts": [] } or delete the file']);
  });
});

describe('bad articles given to the extraction helper', { timeout: 60_000 }, () => {
  const tryArticle = (bytes: Buffer): { status: number | null; stderr: string; ms: number; out: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'shanhai-article-'));
    const article = join(dir, '099_bad.txt');
    writeFileSync(article, bytes);
    const out = join(dir, 'drafts');
    const started = performance.now();
    const run = tsx('scripts/extract.ts', [article, '--out', out, '--date', '2024-01-01']);
    const ms = performance.now() - started;
    expect(readFileSync(article).equals(bytes)).toBe(true);
    return { status: run.status, stderr: run.stderr.trim(), ms, out: `${article}: ` };
  };

  it('a 5 MB article is refused at once with a clear message, and no draft is written', () => {
    const big = Buffer.from('东西部协作帮扶资金3000万元。\n'.repeat(150_000));
    expect(big.length).toBeGreaterThan(5_000_000);
    const { status, stderr, ms, out } = tryArticle(big);
    expect(status).toBe(1);
    expect(stderr).toBe(
      `${out.slice(0, -2)}: the file is 5.9 MB; the helper reads articles up to 500,000 characters — is this really one article? Split it or cut the page chrome first`,
    );
    expect(ms).toBeLessThan(10_000);
  });

  it('an article that is not UTF-8', () => {
    const { status, stderr, out } = tryArticle(Buffer.from([0xb6, 0xab, 0xce, 0xf7, 0xb2, 0xbf]));
    expect(status).toBe(1);
    expect(stderr).toBe(`${out}the file is not valid UTF-8 text — save it as UTF-8 (without GBK/Big5 encoding)`);
  });

  it('a binary file is refused, and no 0-fact draft is written', () => {
    const { status, stderr, out } = tryArticle(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    expect(status).toBe(1);
    expect(stderr).toBe(
      `${out}the file holds binary data (a NUL byte), not text — give the helper the article saved as plain text`,
    );
  });

  it('a folder is refused as a folder, not as "not valid UTF-8"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shanhai-article-dir-'));
    const run = tsx('scripts/extract.ts', [dir, '--out', join(dir, 'drafts'), '--date', '2024-01-01']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${dir}: is a folder, not an article — give the path of one article's text file`);
  });

  it('an empty article', () => {
    const { status, stderr, out } = tryArticle(Buffer.from('\n\n'));
    expect(status).toBe(1);
    expect(stderr).toBe(`${out}the article is empty — check the file name`);
  });
});

describe('bad stories: a clear message, nothing published, nothing lost', () => {
  const { ctx } = curatedContent();
  const FRONT = [
    '---',
    'title: 测试',
    'dek: 一句话。',
    'date: 2024-03-01',
    'byline: 编辑部',
    'provinces: [guangdong, guangxi]',
    'sources: [rmrb-2023-11-yuegui]',
    'hero:',
    '  metric: funds',
    '  period: "2023"',
    '---',
    '',
  ].join('\n');

  /** Writes the story into a temp content/stories and loads it the way the site build does. */
  function loadStory(text: string) {
    const root = mkdtempSync(join(tmpdir(), 'shanhai-story-'));
    mkdirSync(join(root, 'content/stories'), { recursive: true });
    const path = join(root, 'content/stories/bad.md');
    writeFileSync(path, text);
    try {
      return { stories: loadStories(ctx, root), problems: [] as readonly Problem[] };
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      return { stories: [], problems: error.problems };
    } finally {
      expect(readFileSync(path, 'utf8')).toBe(text);
    }
  }

  it('malformed YAML front matter', () => {
    // The commonest slip: a colon and a space inside unquoted text.
    const { stories, problems } = loadStory(`${FRONT.replace('title: 测试', 'title: 粤桂协作: 三年')}正文。\n`);
    expect(stories).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'content/stories/bad.md:2:8 — a second ": " in this line; YAML reads the text after the first one as a nested field — put the value in quotes, e.g. title: "粤桂协作: 三年"',
    ]);
  });

  it('a story block naming a missing fact', () => {
    const { stories, problems } = loadStory(`${FRONT}正文。\n\n\`\`\`fact\nid: 001-99-no-such-fact\n\`\`\`\n`);
    expect(stories).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'content/stories/bad.md',
        line: 14,
        path: 'fact.id',
        message: '"001-99-no-such-fact" is not a curated fact',
        fix: 'use the "id" of a fact in data/curated/ (search the folder for it)',
      },
    ]);
  });

  it('a <script> tag and a javascript: link render inert', () => {
    const body =
      '正文<script>alert(1)</script>。\n\n<script>alert(2)</script>\n\n[点我](javascript:alert(3)) 和 [点](JAVASCRIPT:alert(4))\n';
    const { stories, problems } = loadStory(`${FRONT}${body}`);
    // The links are refused (and the story with them), so neither is ever published as raw Markdown.
    expect(stories).toEqual([]);
    expect(problems.map((p) => `${p.line} ${p.path}`)).toEqual([
      '16 [点我](javascript:alert(3))',
      '16 [点](JAVASCRIPT:alert(4))',
    ]);
    const parsed = parseStoryBody(body, 12, 'content/stories/bad.md', ctx);
    const html = parsed.segments.map((s) => (s.kind === 'prose' ? s.html : '')).join('\n');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('[点我](javascript:alert(3))');
  });
});
