/**
 * Runs axe-core in a page (its source evaluated through the DevTools protocol, so no network, and the page's
 * Content-Security-Policy — which refuses any inline script it does not know — stays on) and returns the violations
 * as readable lines: rule, impact, help and the first offending nodes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Which part of the page axe checks: CSS selectors to include (and exclude); the whole document by default. */
export interface AxeContext {
  include: string[][];
  exclude?: string[][];
}

/** Every violation of the WCAG 2.x A/AA rules and axe's best practices, one line each. */
export async function runAxe(page: Page, context?: AxeContext): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (where) => {
    // axe is a global once the script tag has run; typed loosely because it lives in the page.
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<unknown> } }).axe;
    const result = (await axe.run(where ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return result.violations;
  }, context);
  return (violations as AxeViolation[]).map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.length} node(s): ` +
      v.nodes
        .slice(0, 3)
        .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.replaceAll('\n', ' ') ?? ''}`)
        .join(' | '),
  );
}
