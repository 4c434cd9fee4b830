import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems/problem';
import { isSafeUrl } from '../../src/lib/stories/isSafeUrl';
import { parseStoryBody } from '../../src/lib/stories/parseStoryBody';
import { FILE, fixtureContext } from '../fixtures/stories/storyContext';

function parse(body: string): { html: string; problems: string[] } {
  const parsed = parseStoryBody(body, 1, FILE, fixtureContext);
  const html = parsed.segments.map((s) => (s.kind === 'prose' ? s.html : '')).join('');
  return { html, problems: parsed.problems.map(formatProblem) };
}

function render(body: string): string {
  const { html, problems } = parse(body);
  expect(problems).toEqual([]);
  return html;
}

/** What is refused: it renders inert, and `npm run check` names it, so it is never published as raw Markdown. */
function refused(body: string): { html: string; problems: string[] } {
  const result = parse(body);
  expect(result.problems).not.toEqual([]);
  return result;
}

const NOT_ALLOWED = (written: string, target: string) =>
  `${FILE}:1 (${written}) — the link target "${target}" is not allowed, so it would show as raw text: links may go to http(s) addresses, mailto: or pages of this site (/…) — use an https:// address or a site path, or remove the link`;

describe('story Markdown sanitiser', () => {
  it('renders raw HTML as inert text', () => {
    expect(render('前<script>alert(1)</script>后')).toBe('<p>前&lt;script&gt;alert(1)&lt;/script&gt;后</p>');
    expect(render('<img src=x onerror="alert(1)">')).toBe('<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>');
  });

  it('leaves javascript: and data: links as plain text, and reports them', () => {
    expect(refused('[点我](javascript:alert(1))')).toEqual({
      html: '<p>[点我](javascript:alert(1))</p>',
      problems: [NOT_ALLOWED('[点我](javascript:alert(1))', 'javascript:alert(1)')],
    });
    expect(refused('[点我](JaVaScRiPt:alert(1))').html).toBe('<p>[点我](JaVaScRiPt:alert(1))</p>');
    expect(refused('[图](data:text/html;base64,PHNjcmlwdD4=)').html).toBe(
      '<p>[图](data:text/html;base64,PHNjcmlwdD4=)</p>',
    );
    expect(render('<javascript:alert(1)>')).toBe('<p>&lt;javascript:alert(1)&gt;</p>');
  });

  it('shows images only from the site itself; any other image renders as its alt text and is reported', () => {
    expect(render('![地图](/images/map.png)')).toBe('<p><img src="/images/map.png" alt="地图"></p>');
    expect(refused('![像素](https://tracker.example.com/p.gif)')).toEqual({
      html: '<p>像素</p>',
      problems: [
        `${FILE}:1 (![像素](https://tracker.example.com/p.gif)) — the image "https://tracker.example.com/p.gif" is not on this site; a story may show only images the site itself serves (no third-party requests, no tracking pixels) — put the image in public/images/ and write ![说明](/images/<file>)`,
      ],
    });
    expect(refused('![x](//cdn.example.com/x.png)').problems[0]).toContain(
      'the image target "//cdn.example.com/x.png" is not allowed, so it would show as raw text',
    );
  });

  it('reports a fact link in the wrong case instead of publishing it as raw Markdown', () => {
    expect(refused('共[](FACT:003-20-fiscal-funds)。').problems).toEqual([
      `${FILE}:1 ([](FACT:003-20-fiscal-funds)) — "FACT:003-20-fiscal-funds" is not a fact link: write "fact:" and the id in lowercase, with no space — write [](fact:003-20-fiscal-funds)`,
    ]);
    expect(refused('共[3亿元](fact:003-20-Fiscal-Funds)。').problems[0]).toContain(
      'write [3亿元](fact:003-20-fiscal-funds)',
    );
  });

  it('keeps http(s), mailto and site-relative links', () => {
    expect(render('[人民网](https://www.people.com.cn/)')).toBe(
      '<p><a href="https://www.people.com.cn/" rel="noopener">人民网</a></p>',
    );
    expect(render('[省份](/province/gansu/) [信](mailto:desk@example.org)')).toBe(
      '<p><a href="/province/gansu/">省份</a> <a href="mailto:desk@example.org">信</a></p>',
    );
  });

  it('does not turn bare URLs into links', () => {
    expect(render('见 https://example.org 。')).toBe('<p>见 https://example.org 。</p>');
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://example.org/a', true],
    ['http://example.org', true],
    ['mailto:a@b.cn', true],
    ['/stories/yuegui/', true],
    ['#fact-1', true],
    ['//evil.example/x', false],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['relative/path', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});
