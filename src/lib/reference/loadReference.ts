import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  type Pairing,
  type Place,
  type Province,
  pairingsFileSchema,
  placesFileSchema,
  provincesFileSchema,
} from '../schema/reference';

/**
 * The three reference lists, validated. Lookups over them (a place's level, province and containing places) are
 * `createPlaceIndex` in src/lib/data/placeIndex.ts.
 */
export interface Reference {
  readonly provinces: readonly Province[];
  readonly places: readonly Place[];
  readonly pairings: readonly Pairing[];
}

const MAX_PROBLEMS = 10;

/** Formats a zod issue path as a JSON path: `$[3].point[1]`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), '$');
}

/** Reads one JSON file and validates it, throwing `<file>: <json path>: <problem>` on failure. */
function readValidated<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = join(dir, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: $: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${path}: ${formatPath(issue.path)}: ${issue.message}`);
    // One broken rule can repeat down a whole file; the first few lines say enough.
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`… and ${problems.length - MAX_PROBLEMS} more problems in ${path}`);
    throw new Error(shown.join('\n'));
  }
  return result.data;
}

/** Throws when two entries of one file share an id: a lookup would silently pick one. */
function assertUniqueIds(dir: string, file: string, items: readonly { readonly id: string }[]): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      throw new Error(`${join(dir, file)}: $[${index}].id: duplicate id "${item.id}" (first at $[${first}])`);
    }
    seen.set(item.id, index);
  });
}

/**
 * Reads and validates `provinces.json`, `places.json` and `pairings.json` from `dir`.
 * Cross-file rules (every pairing end exists, points inside provinces) are checked by the tests.
 */
export function loadReference(dir = 'data/reference'): Reference {
  const provinces = readValidated(dir, 'provinces.json', provincesFileSchema);
  const places = readValidated(dir, 'places.json', placesFileSchema);
  const pairings = readValidated(dir, 'pairings.json', pairingsFileSchema);
  assertUniqueIds(dir, 'provinces.json', provinces);
  assertUniqueIds(dir, 'places.json', places);
  assertUniqueIds(dir, 'pairings.json', pairings);
  for (const [index, place] of places.entries()) {
    if (provinces.some((p) => p.id === place.id)) {
      throw new Error(`${join(dir, 'places.json')}: $[${index}].id: "${place.id}" is already a province id`);
    }
  }

  return { provinces, places, pairings };
}
