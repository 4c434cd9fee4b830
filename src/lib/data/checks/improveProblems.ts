import { METRIC_IDS } from '../../model/metrics';
import type { Problem } from '../../problems/problem';
import { toSimplified } from '../../text/normalizeArticle';
import { findNearMatch } from './nearMatch';

export interface ImproveContext {
  /** Every known place id (provinces, places, "national"). */
  readonly placeIds: Iterable<string>;
  /** The parsed JSON of a problem's file, to read the quote next to an expression; undefined when unreadable. */
  readonly readJson: (file: string) => unknown;
}

/** The value at a JSON path such as `facts[3].evidence.quote`, or undefined. */
function valueAt(json: unknown, path: string): unknown {
  let node: unknown = json;
  for (const key of path.match(/[^.[\]]+/g) ?? []) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Rewrites problems found by the schema and `validateCurated` so they say what the editor most likely meant:
 * the near match of an unknown place or metric id (`dongli` → `tianjin-dongli`), the expression as the
 * Traditional quote writes it, instead of a generic "correct the value". Identical problems are kept once.
 */
export function improveProblems(problems: readonly Problem[], ctx: ImproveContext): Problem[] {
  const places = [...ctx.placeIds];
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of problems) {
    const improved = improve(p, places, ctx);
    const key = `${improved.file}\u0000${improved.path ?? ''}\u0000${improved.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(improved);
  }
  return out;
}

function improve(p: Problem, places: readonly string[], ctx: ImproveContext): Problem {
  if (/^unknown fields? "_(?:review|confidence|setAside)"/.test(p.message)) {
    return {
      ...p,
      fix: 'delete it: "_review", "_confidence" and "_setAside" belong to drafts only (content/README.md §2)',
    };
  }
  if (p.message === 'missing field "metric"') {
    return { ...p, fix: 'add it: a metric id from the table in content/README.md §4, e.g. "funds.fiscal"' };
  }
  const place = /^unknown place "([^"]+)"$/.exec(p.message)?.[1];
  if (place !== undefined) {
    const near = findNearMatch(place, places);
    return near === undefined ? p : { ...p, fix: `did you mean "${near}"? Otherwise ${p.fix}` };
  }
  if (p.path?.endsWith('.metric') && / is not allowed here$/.test(p.message)) {
    const typed = /^"([^"]+)"/.exec(p.message)?.[1] ?? '';
    const near = findNearMatch(typed, METRIC_IDS);
    return {
      ...p,
      message: `unknown metric "${typed}"`,
      fix:
        near === undefined
          ? 'use a metric id from the list in content/README.md (e.g. "funds.fiscal", "people.cadres")'
          : `did you mean "${near}"? (every metric is listed in content/README.md)`,
    };
  }
  const expression = /^the quote must contain the expression "(.+)" verbatim$/.exec(p.message)?.[1];
  if (expression !== undefined && p.path !== undefined) {
    const quote = valueAt(ctx.readJson(p.file), p.path);
    if (typeof quote === 'string') {
      const at = toSimplified(quote).indexOf(toSimplified(expression));
      if (at >= 0 && !quote.includes(expression)) {
        const written = quote.slice(at, at + expression.length);
        return {
          ...p,
          message: `the expression "${expression}" is not written as in the quote, which has "${written}" (another script)`,
          fix: `copy the expression from the quote as the article writes it: "expression": "${written}"`,
        };
      }
    }
    return { ...p, fix: 'copy the figure from the quote exactly, or quote the clause that holds it' };
  }
  return p;
}
