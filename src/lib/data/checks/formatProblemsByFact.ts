import { formatProblem, type Problem } from '../../problems/problem';
import { pushTo } from '../pushTo';

/**
 * Formats problems one line each, grouped by file and, inside a curated file, by fact (`facts[3]…` paths) with
 * a heading naming the fact's id when it is known, so an editor fixes one fact at a time.
 */
export function formatProblemsByFact(
  problems: readonly Problem[],
  factIdOf: (file: string, index: number) => string | undefined = () => undefined,
  noun = 'problem',
): string {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const index = /^facts\[(\d+)\]/.exec(p.path ?? '')?.[1];
    const key = `${p.file}\u0000${index ?? ''}`;
    pushTo(groups, key, p);
  }
  const lines: string[] = [];
  for (const [key, list] of groups) {
    const [file = '', index = ''] = key.split('\u0000');
    const id = index === '' ? undefined : factIdOf(file, Number(index));
    const heading = index === '' ? file : `${file} — fact ${index}${id === undefined ? '' : ` "${id}"`}`;
    lines.push(`${heading} (${list.length} ${noun}${list.length === 1 ? '' : 's'})`);
    for (const p of list) lines.push(`  ${formatProblem(p)}`);
  }
  return lines.join('\n');
}
