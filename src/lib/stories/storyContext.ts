import type { CompiledFact } from '../data/types';

/** What a story needs to know about a source to cite it. */
export interface StorySource {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  /** Publication date, `YYYY-MM-DD`. */
  readonly date: string;
}

/**
 * Everything story validation and rendering look up, kept behind one interface so the parser is pure: the site
 * builds it from `public/data/`, tests from fixtures.
 */
export interface StoryContext {
  fact(id: string): CompiledFact | undefined;
  source(id: string): StorySource | undefined;
  /** Short Chinese name of a place id (粤, 惠州, 城阳区…); the id itself when unknown. */
  placeName(id: string): string;
  isProvince(id: string): boolean;
  /** True for a province id or a pair id the map knows. */
  isMapFocus(id: string): boolean;
}

export interface StoryContextInput {
  readonly facts: readonly CompiledFact[];
  readonly sources: readonly { id: string; title: string; outlet: string; published: { date: string } }[];
  readonly places: Readonly<Record<string, { readonly shortZh: string; readonly level: string }>>;
  readonly map: { readonly provinces: readonly { id: string }[]; readonly pairs: readonly { id: string }[] };
}

/** Builds a `StoryContext` from the generated datasets (or fixtures of the same shape). */
export function createStoryContext(input: StoryContextInput): StoryContext {
  const facts = new Map(input.facts.map((f) => [f.id, f]));
  const sources = new Map<string, StorySource>(
    input.sources.map((s) => [s.id, { id: s.id, title: s.title, outlet: s.outlet, date: s.published.date }]),
  );
  const provinces = new Set(input.map.provinces.map((p) => p.id));
  const focusIds = new Set([...provinces, ...input.map.pairs.map((p) => p.id)]);
  return {
    fact: (id) => facts.get(id),
    source: (id) => sources.get(id),
    placeName: (id) => (id === 'national' ? '全国' : (input.places[id]?.shortZh ?? id)),
    isProvince: (id) => provinces.has(id),
    isMapFocus: (id) => focusIds.has(id),
  };
}
