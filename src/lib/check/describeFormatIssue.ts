import type { z } from 'zod';

/** What a field with a pattern must look like, by field name, for fields whose schema gives no words of its own. */
const FORMAT_HINTS: Readonly<Record<string, { what: string; fix: string }>> = {
  file: {
    what: 'an article file name',
    fix: 'write the name of the article file only, e.g. "000_ce9c3d5fb0b89f29.txt" (letters, digits, ".", "_", "-"; ending in .txt; no folder)',
  },
};

/**
 * Words a zod "invalid format" issue (a pattern, a date, a URL) with the value written and what it should be.
 * zod's own message for a bare pattern prints the regular expression, which an editor cannot act on.
 */
export function describeFormatIssue(issue: z.core.$ZodIssueInvalidStringFormat): { message: string; fix: string } {
  const field = String(issue.path.at(-1) ?? '');
  const written = JSON.stringify(issue.input);
  if (issue.format === 'url') {
    return {
      message: `${written} is not a web address starting with http:// or https://; other schemes (javascript:, data:, file:) are refused, since the site shows it as a link`,
      fix: 'write the address the article was read at, e.g. "https://www.gov.cn/…"',
    };
  }
  const hint = FORMAT_HINTS[field];
  if (hint !== undefined && issue.message.startsWith('Invalid string')) {
    return { message: `${written} is not ${hint.what}`, fix: hint.fix };
  }
  return {
    message: `${written} is not valid here: ${issue.message}`,
    fix: 'correct the value (see content/README.md)',
  };
}
