import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DistServer, serveDist } from '../../scripts/serve-dist';

const PAGE = `<!doctype html><title>甘肃</title>${'<p>东西部协作</p>'.repeat(200)}`;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

let server: DistServer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shanhai-serve-'));
  mkdirSync(join(dir, 'province', 'gansu'), { recursive: true });
  writeFileSync(join(dir, 'province', 'gansu', 'index.html'), PAGE);
  writeFileSync(join(dir, 'card.png'), PNG);
  server = await serveDist({ dir });
});
afterAll(() => server.close());

function fetchRaw(path: string, acceptEncoding?: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((ok, fail) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    get(`${server.origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

describe('serveDist compression (what Lighthouse and the page-weight figures see)', () => {
  it('gzips HTML for a browser that accepts gzip, as a static host does', async () => {
    const { headers, body } = await fetchRaw('/province/gansu/', 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers.vary).toBe('accept-encoding');
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(body.length).toBeLessThan(Buffer.byteLength(PAGE) / 10);
    expect(gunzipSync(body).toString('utf8')).toBe(PAGE);
  });

  it('sends the raw bytes to a client that does not ask for gzip', async () => {
    const { headers, body } = await fetchRaw('/province/gansu/');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString('utf8')).toBe(PAGE);
  });

  it('leaves images as they are: a PNG is compressed already', async () => {
    const { headers, body } = await fetchRaw('/card.png', 'gzip');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.equals(PNG)).toBe(true);
  });
});
