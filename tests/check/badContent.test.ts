import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * `npm run check` on a copy of the content with one bad file per kind of bad input the issue lists: every one is
 * found, each on one line `file[:line:col] (path) — what — fix`, and check stays fast (a 5 MB file is refused by
 * its size, unread). The wording of each message is pinned here.
 */
const REPO = resolve('.');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function copyContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'shanhai-check-'));
  cpSync('data/reference', join(root, 'data/reference'), { recursive: true });
  cpSync('data/curated', join(root, 'data/curated'), { recursive: true, filter: (src) => !src.includes('drafts') });
  cpSync('content/stories', join(root, 'content/stories'), { recursive: true });
  return root;
}

function check(root: string): { status: number | null; lines: string[]; ms: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', TSX, join(REPO, 'scripts/check.ts')], {
    cwd: root,
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  // Problems come after any (non-blocking) warnings, one indented line each under a heading per file or fact.
  const problems = run.stderr.split(/warning\(s\): worth a look, not blocking\.\n/).at(-1) ?? '';
  const lines = problems
    .split('\n')
    .filter((l) => l.startsWith('  ') && l.includes(' — '))
    .map((l) => l.trim());
  return { status: run.status, lines, ms };
}

type Json = Record<string, unknown> & { source: Record<string, unknown>; facts: Record<string, unknown>[] };
function editJson(path: string, edit: (file: Json) => void): void {
  const file = JSON.parse(readFileSync(path, 'utf8')) as Json;
  edit(file);
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}

// Each test spawns a script (1–3 s alone, more on a loaded machine).
describe('npm run check finds every bad file, with its place and a fix', { timeout: 60_000 }, () => {
  it('bad files as files: names, extensions, case, encoding, size, links and folders', () => {
    const root = copyContent();
    const stories = join(root, 'content/stories');
    const curated = join(root, 'data/curated');
    const yuegui = readFileSync(join(stories, 'yuegui.md'));
    writeFileSync(join(stories, '粤桂 协作.md'), yuegui);
    writeFileSync(join(stories, 'yue..gui.md'), yuegui);
    writeFileSync(join(stories, 'Yuegui.md'), yuegui);
    writeFileSync(join(stories, 'extra.MD'), yuegui);
    writeFileSync(join(stories, 'notes.txt'), 'todo\n');
    writeFileSync(
      join(stories, 'gbk.md'),
      Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xb6, 0xab, 0xce, 0xf7])]),
    );
    writeFileSync(join(stories, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
    writeFileSync(join(stories, 'big.md'), Buffer.alloc(5 * 1024 * 1024, '东'));
    symlinkSync('/etc/hostname', join(stories, 'outside.md'));
    symlinkSync(join(stories, 'nowhere.md'), join(stories, 'dangling.md'));
    mkdirSync(join(stories, 'old'));
    writeFileSync(join(curated, 'big.json'), Buffer.alloc(5 * 1024 * 1024, ' '));
    mkdirSync(join(curated, 'more'));
    symlinkSync(join(curated, 'nowhere.json'), join(curated, 'dangling.json'));

    const { status, lines, ms } = check(root);
    expect(status).toBe(1);
    // File problems come first, in file order; then the story names, which need the files listed.
    expect(lines).toEqual([
      'data/curated/big.json — the file is 5.0 MB; .json files here may be at most 512 KB (one source’s facts; bigger files made pages of many megabytes) — split it into several files, or check that it holds what you meant to save',
      'data/curated/dangling.json — is a symbolic link; content files must be real files in the repository (a link may point outside it, or nowhere) — replace the link with a copy of the file',
      'data/curated/more — is a folder; the build reads only .json files directly in data/curated/ — move the files inside it up into data/curated/, or the folder out of it',
      'content/stories/big.md — the file is 5.0 MB; .md files here may be at most 128 KB (one story; a bigger one ran the site build for over 20 minutes) — split it into several files, or check that it holds what you meant to save',
      'content/stories/binary.md:3:1 — the file holds binary data (a NUL byte), not text — save it as plain UTF-8 text, or move it out of content/stories/',
      'content/stories/dangling.md — is a symbolic link; content files must be real files in the repository (a link may point outside it, or nowhere) — replace the link with a copy of the file',
      'content/stories/extra.MD — ends in ".MD", not ".md", so the build would pass over it — rename it to extra.md',
      'content/stories/gbk.md:2:8 — the file is not valid UTF-8 text (the first bad byte is here) — save it as UTF-8 (without GBK/Big5 encoding)',
      'content/stories/notes.txt — is not a .md file, so the build would pass over it — name it <name>.md, or move it out of content/stories/',
      'content/stories/old — is a folder; the build reads only .md files directly in content/stories/ — move the files inside it up into content/stories/, or the folder out of it',
      'content/stories/outside.md — is a symbolic link; content files must be real files in the repository (a link may point outside it, or nowhere) — replace the link with a copy of the file',
      'content/stories/Yuegui.md — the name differs from yuegui.md only in case; on macOS and Windows they are one file, and the site would have one page for both — merge the two stories or give this one another lowercase name',
      'content/stories/yue..gui.md — the name "yue..gui" cannot be a page address (/stories/yue..gui/): story names use lowercase letters a–z, digits and single hyphens — rename the file, e.g. to yue-gui.md (pinyin for Chinese names)',
      'content/stories/粤桂 协作.md — the name "粤桂 协作" cannot be a page address (/stories/粤桂 协作/): story names use lowercase letters a–z, digits and single hyphens — rename the file, e.g. to guangdong-guangxi-2023.md (pinyin for Chinese names)',
    ]);
    // Two 5 MB files among them, refused by size without being read.
    expect(ms).toBeLessThan(15_000);
  });
});

describe('npm run check finds wrong values that the build would crash on or publish', { timeout: 60_000 }, () => {
  it('curated files: URL schemes, impossible dates, digits beyond 2^53, JSON slips, schema and period errors together', () => {
    const root = copyContent();
    const curated = join(root, 'data/curated');
    editJson(join(curated, 'r-bbrtv-2023-07-yuegui.json'), (f) => {
      f.source.url = 'javascript:alert(document.domain)';
      f.source.readAt = 'data:text/html,<script>alert(1)</script>';
    });
    editJson(join(curated, 'gsrb-2021-10-gansu.json'), (f) => {
      (f.source.published as { date: string }).date = '2021-02-30';
      Object.assign(f.facts[0] as object, {
        expression: '12345678901234567890元',
        value: 1, // replaced below by the 20 digits as text
        evidence: { quote: '財政援助資金到位12345678901234567890元', paragraph: 11 },
      });
    });
    // A number cannot hold the 20 digits an editor typed: put them in as text.
    const gansu = join(curated, 'gsrb-2021-10-gansu.json');
    writeFileSync(gansu, readFileSync(gansu, 'utf8').replace('"value": 1,', '"value": 12345678901234567890,'));
    editJson(join(curated, 'zgxczx-2021-11-chengyang-weiyuan.json'), (f) => {
      f.source.file = '../shared/sources/002.txt';
    });
    editJson(join(curated, 'r-a899-2023-06-yuegui.json'), (f) => {
      (f.facts[0] as { unit: string }).unit = 'kg';
      (f.facts[1] as { period: string }).period = '2023-13';
    });
    const trailing = readFileSync(join(curated, 'r-cctv-2020-07-minning.json'), 'utf8').replace(
      /\n {4}}\n {2}]\n}\n$/,
      '\n    },\n  ]\n}\n',
    );
    writeFileSync(join(curated, 'r-cctv-2020-07-minning.json'), trailing);

    const { status, lines } = check(root);
    expect(status).toBe(1);
    const NOT_HTTP =
      'other schemes (javascript:, data:, file:) are refused, since the site shows it as a link — write the address the article was read at, e.g. "https://www.gov.cn/…"';
    expect(lines).toEqual([
      // The schema error and the period error of the same file are reported together.
      'data/curated/r-a899-2023-06-yuegui.json:24:7 (facts[0].unit) — "kg" is not allowed here — use one of "yuan", "usd", "person", "person-time", "count", "mu", "sqm", "tonne"',
      'data/curated/r-a899-2023-06-yuegui.json:47:7 (facts[1].period) — "2023-13" is not a period; write 2023, 2023-05, 2021..2023, 2021-01..2023-09 or ..2023-10 — see "Periods" in content/README.md',
      `data/curated/r-bbrtv-2023-07-yuegui.json:13:5 (source.url) — "javascript:alert(document.domain)" is not a web address starting with http:// or https://; ${NOT_HTTP}`,
      `data/curated/r-bbrtv-2023-07-yuegui.json:16:5 (source.readAt) — "data:text/html,<script>alert(1)</script>" is not a web address starting with http:// or https://; ${NOT_HTTP}`,
      'data/curated/r-cctv-2020-07-minning.json:54:6 — a comma after the last item, before "]" (JSON allows none) — remove this comma',
      'data/curated/zgxczx-2021-11-chengyang-weiyuan.json:18:5 (source.file) — "../shared/sources/002.txt" is not an article file name — write the name of the article file only, e.g. "000_ce9c3d5fb0b89f29.txt" (letters, digits, ".", "_", "-"; ending in .txt; no folder)',
      'data/curated/gsrb-2021-10-gansu.json:10:7 (source.published.date) — 2021-02-30 is not a day of the calendar — check the day and month against the article (months have 28–31 days)',
      'data/curated/gsrb-2021-10-gansu.json:31:7 (facts[0].value) — value 12345678901234567890 is beyond 2^53 (9007199254740991), where numbers lose digits: it would be read as 12345678901234567168 — check the digits: no figure of the programme is that large (1万亿元 is 1000000000000)',
    ]);
  });
});

describe('npm run check finds story prose that would publish raw Markdown or load a third-party image', {
  timeout: 60_000,
}, () => {
  it('a fact link in the wrong case, a javascript: link and a tracking pixel, each at its line', () => {
    const root = copyContent();
    const path = join(root, 'content/stories/yuegui.md');
    const text = readFileSync(path, 'utf8')
      .replace('[8个](fact:001-12-count-other-cooperation-cities)', '[8个](FACT:001-12-count-other-cooperation-cities)')
      .replace('[33个](fact:001-13', '[33个](fact: 001-13')
      .replace('[315个](fact:001-20-count-enterprises-new)', '[315个](javascript:alert(1))')
      .concat('\n![](https://tracker.example.com/pixel.gif)\n');
    writeFileSync(path, text);
    const last = text.split('\n').length - 1;
    const { status, lines } = check(root);
    expect(status).toBe(1);
    expect(lines).toEqual([
      'content/stories/yuegui.md:15 ([8个](FACT:001-12-count-other-cooperation-cities)) — "FACT:001-12-count-other-cooperation-cities" is not a fact link: write "fact:" and the id in lowercase, with no space — write [8个](fact:001-12-count-other-cooperation-cities)',
      'content/stories/yuegui.md:15 ([33个](fact: 001-13-count-other-cooperation-counties)) — "fact: 001-13-count-other-cooperation-counties" is not a fact link: write "fact:" and the id in lowercase, with no space — write [33个](fact:001-13-count-other-cooperation-counties)',
      'content/stories/yuegui.md:30 ([315个](javascript:alert(1))) — the link target "javascript:alert(1)" is not allowed, so it would show as raw text: links may go to http(s) addresses, mailto: or pages of this site (/…) — use an https:// address or a site path, or remove the link',
      `content/stories/yuegui.md:${last} (![](https://tracker.example.com/pixel.gif)) — the image "https://tracker.example.com/pixel.gif" is not on this site; a story may show only images the site itself serves (no third-party requests, no tracking pixels) — put the image in public/images/ and write ![说明](/images/<file>)`,
    ]);
  });
});
