import type { Problem } from '../problems/problem';
import { checkMapFocus } from './checkMapFocus';
import { checkStoryDate } from './checkStoryDate';
import { describeYamlError } from './describeYamlError';
import { issueToProblems } from './issueToProblems';
import { parseYamlWithLines } from './parseYamlWithLines';
import type { StoryContext, StorySource } from './storyContext';
import { FRONT_MATTER_FIELDS, storyFrontMatterSchema } from './storyFrontMatterSchema';
import type { StoryMeta } from './types';

/**
 * Parses and validates a story's front matter: YAML syntax, the schema, then ids against the data (provinces,
 * sources, the hero's focus, a date no earlier than the sources cited). Every problem names the file line of the field.
 */
export function parseFrontMatter(
  yaml: string,
  yamlLine: number,
  file: string,
  ctx: StoryContext,
): { ok: true; meta: StoryMeta } | { ok: false; problems: Problem[] } {
  const doc = parseYamlWithLines(yaml);
  const toFileLine = (line: number): number => yamlLine + line - 1;
  // One problem for a syntax error: later errors are most often echoes of it; the editor fixes it and checks again.
  const report = describeYamlError(doc.errors, yaml.split('\n'), 'front matter');
  if (report !== undefined) return { ok: false, problems: [{ file, ...report, line: toFileLine(report.line) }] };
  // The whole front matter (the parent of a missing top-level field) is reported at its opening `---`.
  const lineOf = (path: readonly (string | number)[]): number =>
    path.length === 0 ? yamlLine - 1 : toFileLine(doc.lineOf(path));
  const parsed = storyFrontMatterSchema.safeParse(doc.value ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      problems: issueToProblems(parsed.error.issues, {
        file,
        what: 'front matter',
        pathPrefix: '',
        fields: FRONT_MATTER_FIELDS,
        value: doc.value,
        lineOf,
      }),
    };
  }
  const fm = parsed.data;
  const problems: Problem[] = [];
  fm.provinces.forEach((id, i) => {
    if (!ctx.isProvince(id)) {
      problems.push({
        file,
        line: lineOf(['provinces', i]),
        path: `provinces[${i}]`,
        message: `"${id}" is not a province id`,
        fix: 'use a pinyin province id such as guangxi, gansu or neimenggu',
      });
    }
  });
  fm.sources.forEach((id, i) => {
    if (ctx.source(id) === undefined) {
      problems.push({
        file,
        line: lineOf(['sources', i]),
        path: `sources[${i}]`,
        message: `"${id}" is not a source in data/curated`,
        fix: 'use the "source.id" of a file in data/curated/',
      });
    }
  });
  const cited = fm.sources.map((id) => ctx.source(id)).filter((s): s is StorySource => s !== undefined);
  const dateProblem = checkStoryDate(fm.date, cited);
  if (dateProblem) problems.push({ file, line: lineOf(['date']), path: 'date', ...dateProblem });
  const focusProblem = checkMapFocus(fm.hero.focus, ctx);
  if (focusProblem) problems.push({ file, line: lineOf(['hero', 'focus']), path: 'hero.focus', ...focusProblem });
  if (problems.length > 0) return { ok: false, problems };
  const { focus, metric, period } = fm.hero;
  return {
    ok: true,
    meta: { ...fm, hero: focus === undefined ? { metric, period } : { focus, metric, period } },
  };
}
