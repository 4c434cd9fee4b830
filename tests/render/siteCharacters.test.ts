import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charactersOf } from '../../src/lib/render/charactersOf';
import { fontCharactersFor, siteCharacters } from '../../src/lib/render/siteCharacters';

describe('siteCharacters', () => {
  it('collects the characters of stories, data, code and site.config.json, and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'shanhai-chars-'));
    for (const dir of ['content/stories', 'data/curated', 'src/lib', 'tests'])
      mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'content/stories/a.md'), '# 闽宁协作');
    writeFileSync(join(root, 'data/curated/b.json'), '{"t":"&#x7518;肃"}');
    writeFileSync(join(root, 'src/lib/c.ts'), "const unit = '万元';");
    writeFileSync(join(root, 'site.config.json'), '{"mapApprovalNumber":"GS(2025)1234号"}');
    writeFileSync(join(root, 'tests/d.ts'), '鬱');
    writeFileSync(join(root, 'content/stories/e.png'), '龘');
    const chars = siteCharacters(root);
    expect([...chars].filter((c) => c > '~').sort()).toEqual([...'闽宁协作甘肃万元号'].sort());
    expect(chars).toBe(charactersOf(chars));
  });
});

describe('fontCharactersFor', () => {
  const build = charactersOf('广东广西甘肃');
  it('uses the build-wide set when it covers every character of the image', () => {
    expect(fontCharactersFor(charactersOf('<text>广西 3.5</text>'), build)).toBe(build);
  });
  it("falls back to the image's own characters when one is missing from the build-wide set", () => {
    const image = charactersOf('<text>广西 贵州</text>');
    expect(fontCharactersFor(image, build)).toBe(image);
  });
});
