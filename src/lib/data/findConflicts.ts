import type { CompiledFact } from './types';

/** Values this close are the same figure rounded differently (52.788亿元 and 52.8亿元), not a conflict. */
const ROUNDING = 0.005;

/** Whether two values differ by more than rounding. */
export function disagree(a: number, b: number): boolean {
  return Math.abs(a - b) > ROUNDING * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Facts of different sources that give different values for exactly the same metric, status, unit, places and
 * period: for each such fact, the ids of the facts it conflicts with. Conflicts are kept and shown, never resolved
 * silently (data/README.md).
 */
export function findConflicts(facts: readonly CompiledFact[]): Map<string, string[]> {
  const groups = new Map<string, CompiledFact[]>();
  for (const f of facts) {
    const key = [f.metric, f.status, f.basis ?? 'total', f.unit, f.from ?? '', f.to ?? '', f.at ?? '', f.period].join(
      '|',
    );
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const conflicts = new Map<string, string[]>();
  for (const members of groups.values()) {
    for (const a of members) {
      const others = members.filter((b) => b.sourceId !== a.sourceId && disagree(a.value, b.value)).map((b) => b.id);
      if (others.length > 0) conflicts.set(a.id, others.sort());
    }
  }
  return conflicts;
}
