import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CuratedFile, curatedFileSchema } from '../src/lib/schema/curatedFile';

/**
 * Clause-only sources have no archived article: their evidence is the clause the researchers copied into
 * `../shared/research/*.md`. Every quote must be found there, word for word (a quote that joins two clauses with
 * "…" is checked clause by clause). The notes live beside the repo, not in it, so this runs only where they exist;
 * a clean clone without them skips it (as `verify:sources` does for the archived articles).
 */
const root = resolve(import.meta.dirname, '..');
const researchDir = resolve(root, '../shared/research');
const curatedDir = join(root, 'data/curated');

function clauseOnlyFiles(): { file: string; data: CuratedFile }[] {
  return readdirSync(curatedDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      file: name,
      data: curatedFileSchema.parse(JSON.parse(readFileSync(join(curatedDir, name), 'utf8'))),
    }))
    .filter(({ data }) => data.source.evidence === 'clause-only');
}

/** The pieces of a quote that must each appear verbatim: "A…B" is two clauses the researcher joined. */
function quoteClauses(quote: string): string[] {
  return quote
    .split('…')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

describe('quoteClauses', () => {
  it('splits a joined quote at the ellipsis and keeps a plain one whole', () => {
    expect(quoteClauses('112个项目现场签约…投资额达149.53亿元')).toEqual(['112个项目现场签约', '投资额达149.53亿元']);
    expect(quoteClauses('签约金额达121.01亿元')).toEqual(['签约金额达121.01亿元']);
  });
});

describe.skipIf(!existsSync(researchDir))('clause-only quotes are in the research notes', () => {
  const notes = existsSync(researchDir)
    ? readdirSync(researchDir)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => readFileSync(join(researchDir, name), 'utf8'))
        .join('\n')
    : '';
  const files = clauseOnlyFiles();

  it('has clause-only sources to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('$file: every quote appears verbatim in ../shared/research/', ({ file, data }) => {
    const missing = data.facts.flatMap((fact) =>
      quoteClauses(fact.evidence.quote)
        .filter((clause) => !notes.includes(clause))
        .map((clause) => `${file} ${fact.id}: "${clause}"`),
    );
    expect(missing).toEqual([]);
  });
});
