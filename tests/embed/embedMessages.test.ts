import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet, embedSrc } from '../../src/lib/embed/buildEmbedSnippet';
import { embedIdFrom, heightMessages, readHeightMessage } from '../../src/lib/embed/heightMessages';

describe('height messages', () => {
  it('speaks ours, Pym.js’s, Datawrapper’s and AMP’s formats', () => {
    expect(heightMessages('pair-1', 512.2)).toEqual([
      { type: 'shanhai:height', id: 'pair-1', height: 513 },
      'pymxPYMxpair-1xPYMxheightxPYMx513',
      { 'datawrapper-height': { 'pair-1': 513 } },
      { sentinel: 'amp', type: 'embed-size', height: 513 },
    ]);
  });

  it('keeps a Pym id in Chinese (a Pym parent passes it as childId), refuses spaces and markup', () => {
    expect(embedIdFrom(`?initialWidth=360&childId=${encodeURIComponent('图表-1')}&parentTitle=x`, 'f')).toBe('图表-1');
    expect(heightMessages('图表-1', 700)[1]).toBe('pymxPYMx图表-1xPYMxheightxPYMx700');
    expect(embedIdFrom('?id=a%20b', 'f')).toBe('f');
    expect(embedIdFrom('?id="x"', 'f')).toBe('f');
  });

  it('takes the id from ?id=, else Pym’s childId, else the fallback; odd ids fall back', () => {
    expect(embedIdFrom('?id=chart-a&childId=x', 'f')).toBe('chart-a');
    expect(embedIdFrom('?initialWidth=600&childId=example-graphic&parentTitle=t', 'f')).toBe('example-graphic');
    expect(embedIdFrom('', 'shanhai-map')).toBe('shanhai-map');
    expect(embedIdFrom('?id=%3Cscript%3E', 'f')).toBe('f');
  });

  it('reads only well-formed height messages', () => {
    expect(readHeightMessage({ type: 'shanhai:height', id: 'a', height: 300.5 })).toEqual({
      type: 'shanhai:height',
      id: 'a',
      height: 301,
    });
    expect(readHeightMessage({ type: 'shanhai:height', id: 'a', height: -1 })).toBeUndefined();
    expect(readHeightMessage({ type: 'shanhai:height', id: 'a', height: '300' })).toBeUndefined();
    expect(readHeightMessage('pymxPYMxaxPYMxheightxPYMx300')).toBeUndefined();
  });
});

describe('embed snippet', () => {
  const input = {
    site: 'https://shanhai.example.org/',
    path: '/embed/pair/guangdong--guangxi/',
    id: 'shanhai-pair-guangdong--guangxi',
    title: '广东 → 广西：历年主要数字 & "更多"',
    height: 1077.4,
    fullPath: '/pair/guangdong--guangxi/',
    image: {
      path: '/embed/pair/guangdong--guangxi/shanhai-guangdong-guangxi-chart.png',
      alt: '图：17.58亿元',
      width: 1080,
    },
  };
  const iframe =
    '<iframe src="https://shanhai.example.org/embed/pair/guangdong--guangxi/?id=shanhai-pair-guangdong--guangxi" title="广东 → 广西：历年主要数字 &amp; &quot;更多&quot;" width="100%" height="1078" frameborder="0" loading="lazy" data-shanhai-embed></iframe>';
  const link =
    '<p><a href="https://shanhai.example.org/pair/guangdong--guangxi/">广东 → 广西：历年主要数字 &amp; &quot;更多&quot;（山海）</a></p>';

  it('script: iframe with ?id= in src, title, full width, a height that fits, no style attribute; the parent script; a link', () => {
    expect(buildEmbedSnippet(input).split('\n')).toEqual([
      iframe,
      '<script src="https://shanhai.example.org/embed.js" async></script>',
      link,
    ]);
  });

  it('iframe only: the same iframe and link without any script (strict CSP, scripts stripped)', () => {
    const snippet = buildEmbedSnippet(input, 'iframe');
    expect(snippet.split('\n')).toEqual([iframe, link]);
    expect(snippet).not.toMatch(/<script|style=/);
  });

  it('image: the PNG with its alt text and a credit linking to the view', () => {
    expect(buildEmbedSnippet(input, 'image').split('\n')).toEqual([
      '<figure><img src="https://shanhai.example.org/embed/pair/guangdong--guangxi/shanhai-guangdong-guangxi-chart.png" alt="图：17.58亿元" width="1080" style="max-width:100%;height:auto" loading="lazy">',
      '<figcaption><a href="https://shanhai.example.org/pair/guangdong--guangxi/">广东 → 广西：历年主要数字 &amp; &quot;更多&quot;</a>（山海，数据 CC BY 4.0）</figcaption></figure>',
    ]);
    const { image: _, ...noImage } = input;
    expect(() => buildEmbedSnippet(noImage, 'image')).toThrow('has no image');
  });

  it('a path with a query keeps it and adds the id', () => {
    expect(embedSrc({ ...input, path: '/embed/province/guangdong/?metric=funds&period=2022', id: '图表-1' })).toBe(
      'https://shanhai.example.org/embed/province/guangdong/?metric=funds&period=2022&id=%E5%9B%BE%E8%A1%A8-1',
    );
  });
});

describe('public/embed.js (the parent script)', () => {
  type Listener = (event: { data: unknown; source: unknown; origin: string }) => void;
  const SITE = 'https://shanhai.example.org';

  function load(): {
    dispatch: Listener;
    frames: { contentWindow: object; style: { height?: string }; setAttribute(k: string, v: string): void }[];
    asked: unknown[];
  } {
    const listeners: Listener[] = [];
    const asked: unknown[] = [];
    // Two Shanhai embeds and, third, another site's iframe on the same news page.
    const frame = (name: string, src = `${SITE}/embed/map/`) => ({
      src,
      contentWindow: { name, postMessage: (m: unknown) => asked.push(m) },
      style: {} as { height?: string },
      attrs: {} as Record<string, string>,
      setAttribute(k: string, v: string) {
        this.attrs[k] = v;
      },
    });
    const frames = [frame('a'), frame('b'), frame('c', 'https://ads.example.net/x')];
    const window: Record<string, unknown> = {
      addEventListener: (type: string, fn: Listener) => type === 'message' && listeners.push(fn),
    };
    const document = {
      readyState: 'complete',
      currentScript: { src: `${SITE}/embed.js` },
      getElementsByTagName: () => frames,
      addEventListener() {},
    };
    const context = { window, document, URL, location: { href: 'https://news.example.com/2024/story.html' } };
    runInNewContext(readFileSync('public/embed.js', 'utf8'), context);
    // A second copy of the snippet's script on the same page must not listen twice.
    runInNewContext(readFileSync('public/embed.js', 'utf8'), context);
    return {
      dispatch: (e) => {
        for (const fn of listeners) fn(e);
      },
      frames,
      asked,
    };
  }

  it('sets the height on the iframe whose contentWindow sent the message, and only that one', () => {
    const { dispatch, frames, asked } = load();
    expect(asked).toHaveLength(3);
    dispatch({
      data: { type: 'shanhai:height', id: 'x', height: 640.2 },
      source: frames[1]?.contentWindow,
      origin: SITE,
    });
    expect(frames.map((f) => f.style.height)).toEqual([undefined, '641px', undefined]);
  });

  it('accepts a message only from the site’s origin, or from a sandboxed (origin "null") iframe of the site', () => {
    const { dispatch, frames } = load();
    const [a, b, c] = frames.map((f) => f.contentWindow);
    dispatch({ data: { type: 'shanhai:height', height: 300 }, source: a, origin: 'https://evil.example.com' });
    dispatch({ data: { type: 'shanhai:height', height: 310 }, source: c, origin: 'null' });
    dispatch({ data: { type: 'shanhai:height', height: 320 }, source: c, origin: 'https://ads.example.net' });
    expect(frames.map((f) => f.style.height)).toEqual([undefined, undefined, undefined]);
    dispatch({ data: { type: 'shanhai:height', height: 330 }, source: b, origin: 'null' });
    expect(frames.map((f) => f.style.height)).toEqual([undefined, '330px', undefined]);
  });

  it('ignores other messages and impossible heights', () => {
    const { dispatch, frames } = load();
    const source = frames[0]?.contentWindow;
    const origin = SITE;
    dispatch({ data: 'pymxPYMxaxPYMxheightxPYMx300', source, origin });
    dispatch({ data: { type: 'shanhai:height', height: 0 }, source, origin });
    dispatch({ data: { type: 'shanhai:height', height: 1e9 }, source, origin });
    dispatch({ data: { type: 'other', height: 300 }, source, origin });
    dispatch({ data: { type: 'shanhai:height', height: 300 }, source: {}, origin });
    expect(frames.map((f) => f.style.height)).toEqual([undefined, undefined, undefined]);
  });
});
