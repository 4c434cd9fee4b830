import type { CompiledFact } from './types';

/** The places a fact is about, as one key: its giver(s), receiver(s) and `at` (a joint side is never split). */
export function placesKey(f: CompiledFact): string {
  return [f.from ?? '', (f.jointFrom ?? []).join('+'), f.to ?? '', (f.jointTo ?? []).join('+'), f.at ?? ''].join('|');
}
