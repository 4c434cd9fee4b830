import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneRenderCache } from '../../src/lib/render/renderCache';
import { buildQrSvg } from '../../src/lib/share/buildQrSvg';
import { buildQrSvgCached } from '../../src/lib/share/buildQrSvgCached';

const URL_A = 'https://shanhai.example/province/gansu/';

describe('buildQrSvgCached', () => {
  it('returns exactly what buildQrSvg draws, and reads it back from the cache on the next call', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'shanhai-qr-'));
    expect(buildQrSvgCached(URL_A, '扫码打开本页', cacheDir)).toBe(buildQrSvg(URL_A, '扫码打开本页'));
    const [entry] = readdirSync(cacheDir);
    expect(entry).toMatch(/^qr-[0-9a-f]{64}\.svg$/);
    // A changed entry is returned as it is: proof that the second call read the cache instead of drawing.
    writeFileSync(join(cacheDir, entry as string), '<svg>cached</svg>');
    expect(buildQrSvgCached(URL_A, '扫码打开本页', cacheDir)).toBe('<svg>cached</svg>');
    // Another title or URL is another entry.
    buildQrSvgCached(URL_A, 'Scan to open this page', cacheDir);
    buildQrSvgCached(`${URL_A}?metric=funds&period=2023`, '扫码打开本页', cacheDir);
    expect(readdirSync(cacheDir)).toHaveLength(3);
  });

  it('leaves codes a build did not use to pruning, like PNGs', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'shanhai-qr-'));
    buildQrSvgCached(URL_A, 'old', cacheDir);
    const [entry] = readdirSync(cacheDir);
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(join(cacheDir, entry as string), longAgo, longAgo);
    expect(pruneRenderCache(Date.now(), cacheDir).files).toBe(1);
    expect(readdirSync(cacheDir)).toHaveLength(0);
  });
});
