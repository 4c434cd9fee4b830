import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/lib/stories/isSafeUrl';
import { parseStoryBody } from '../../src/lib/stories/parseStoryBody';
import { FILE, fixtureContext } from '../fixtures/stories/storyContext';

function render(body: string): string {
  const parsed = parseStoryBody(body, 1, FILE, fixtureContext);
  expect(parsed.problems).toEqual([]);
  return parsed.segments.map((s) => (s.kind === 'prose' ? s.html : '')).join('');
}

describe('story Markdown sanitiser', () => {
  it('renders raw HTML as inert text', () => {
    expect(render('前<script>alert(1)</script>后')).toBe('<p>前&lt;script&gt;alert(1)&lt;/script&gt;后</p>');
    expect(render('<img src=x onerror="alert(1)">')).toBe('<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>');
  });

  it('leaves javascript: and data: links as plain text', () => {
    expect(render('[点我](javascript:alert(1))')).toBe('<p>[点我](javascript:alert(1))</p>');
    expect(render('[点我](JaVaScRiPt:alert(1))')).toBe('<p>[点我](JaVaScRiPt:alert(1))</p>');
    expect(render('[图](data:text/html;base64,PHNjcmlwdD4=)')).toBe('<p>[图](data:text/html;base64,PHNjcmlwdD4=)</p>');
    expect(render('<javascript:alert(1)>')).toBe('<p>&lt;javascript:alert(1)&gt;</p>');
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
