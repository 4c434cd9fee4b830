import type { CompiledFact } from '../data/types';
import { UNIT_SUFFIX } from '../format/formatFigure';
import type { Problem } from '../problems/problem';
import { checkMapFocus } from './checkMapFocus';
import { describeYamlError } from './describeYamlError';
import { issueToProblems } from './issueToProblems';
import { parseYamlWithLines } from './parseYamlWithLines';
import { BLOCK_SCHEMAS, type BlockKind } from './storyBlockSchemas';
import type { StoryContext } from './storyContext';
import type { StoryBlock } from './types';

/**
 * Parses and validates one fenced story block (```map, ```chart or ```fact, YAML inside). Every problem names the
 * story file and the line of the block's opening fence.
 */
export function parseStoryBlock(
  kind: BlockKind,
  yaml: string,
  line: number,
  file: string,
  ctx: StoryContext,
): { ok: true; block: StoryBlock } | { ok: false; problems: Problem[] } {
  const at = { file, line };
  const doc = parseYamlWithLines(yaml);
  const report = describeYamlError(doc.errors, yaml.split('\n'), `${kind} block`);
  // The block's YAML starts on the line after its opening fence.
  if (report !== undefined)
    return { ok: false, problems: [{ ...at, ...report, line: line + report.line, path: kind }] };
  const value = doc.value ?? {};
  const schema = BLOCK_SCHEMAS[kind];
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const fields = Object.keys(schema.shape);
    return {
      ok: false,
      problems: issueToProblems(parsed.error.issues, {
        file,
        what: `${kind} block`,
        pathPrefix: kind,
        fields,
        value,
        lineOf: () => line,
      }),
    };
  }
  const problems: Problem[] = [];
  const lookUp = (id: string, path: string): CompiledFact | undefined => {
    const fact = ctx.fact(id);
    if (fact === undefined) {
      problems.push({
        ...at,
        path,
        message: `"${id}" is not a curated fact`,
        fix: 'use the "id" of a fact in data/curated/ (search the folder for it)',
      });
    }
    return fact;
  };
  let block: StoryBlock | undefined;
  if (kind === 'map') {
    const m = BLOCK_SCHEMAS.map.parse(value);
    const focusProblem = checkMapFocus(m.focus, ctx);
    if (focusProblem) problems.push({ ...at, path: 'map.focus', ...focusProblem });
    block = {
      kind: 'map',
      line,
      metric: m.metric,
      period: m.period,
      ...(m.focus === undefined ? {} : { focus: m.focus }),
      ...(m.caption === undefined ? {} : { caption: m.caption }),
    };
  } else if (kind === 'chart') {
    const c = BLOCK_SCHEMAS.chart.parse(value);
    const facts = c.facts.map((id, i) => lookUp(id, `chart.facts[${i}]`)).filter((f) => f !== undefined);
    if (facts.length === c.facts.length) {
      const units = [...new Set(facts.map((f) => f.unit))];
      if (units.length > 1) {
        problems.push({
          ...at,
          path: 'chart.facts',
          message: `the facts mix units (${facts.map((f) => `${f.id}: ${UNIT_SUFFIX[f.unit] ?? f.unit}`).join(', ')})`,
          fix: 'chart facts of one unit only; 人 and 人次 are different units',
        });
      }
      // Averages, standards, components and subsets are never drawn beside totals (data/README.md).
      const averages = facts.filter((f) => f.basis !== undefined && f.basis !== 'total');
      if (averages.length > 0 && averages.length < facts.length) {
        problems.push({
          ...at,
          path: 'chart.facts',
          message: `${averages.map((f) => `${f.id} (${f.basis})`).join(', ')} ${averages.length === 1 ? 'is not a total' : 'are not totals'} and the others are totals`,
          fix: 'never chart averages, standards or parts beside totals; make a separate chart',
        });
      }
    }
    block = {
      kind: 'chart',
      line,
      title: c.title,
      facts,
      ...(c.caption === undefined ? {} : { caption: c.caption }),
    };
  } else {
    const f = BLOCK_SCHEMAS.fact.parse(value);
    const fact = lookUp(f.id, 'fact.id');
    if (fact) block = { kind: 'fact', line, fact };
  }
  if (problems.length > 0 || block === undefined) return { ok: false, problems };
  return { ok: true, block };
}
