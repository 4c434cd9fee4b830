/**
 * HTML validity of every built page, with html-validate's `standard` preset (the HTML spec's
 * content models, attributes and nesting; not its style opinions), one test per template.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { DIST, listSitePages, type SitePage } from './support/sitePages';

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

/** Problems in one HTML string as `file:line:col rule: message`. */
async function validate(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}

describe('the validator', () => {
  test('catches a figcaption in the middle of a figure and a stray closing tag', async () => {
    const html =
      '<!doctype html><html lang="en"><head><title>t</title></head><body>' +
      '<figure><img src="a.png" alt="a"><figcaption>c</figcaption><div>d</div></figure></p></body></html>';
    const problems = await validate(html, 'x.html');
    expect(problems.some((p) => p.includes('element-permitted-order'))).toBe(true);
    expect(problems.some((p) => p.includes('close-order'))).toBe(true);
  });
});

const byTemplate = new Map<string, SitePage[]>();
for (const page of listSitePages()) byTemplate.set(page.template, [...(byTemplate.get(page.template) ?? []), page]);

describe.each([...byTemplate.entries()].map(([template, pages]) => ({ template, pages })))('$template', ({ pages }) => {
  test(`every page is valid HTML (${pages.length} page(s))`, async () => {
    const problems: string[] = [];
    for (const page of pages)
      problems.push(...(await validate(readFileSync(page.file, 'utf8'), relative(DIST, page.file))));
    expect(problems).toEqual([]);
  });
});
