import { z } from 'zod';
import { mapStateShape } from './mapStateSchema';

/**
 * The zod schema of a story's YAML front matter. Messages are `what — fix`. Ids are checked for shape here and
 * against the data in `checkFrontMatter`.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (field: string, hint: string) =>
  z
    .string({ error: `"${field}" must be text — write ${field}: ${hint}` })
    .refine((s) => s.trim().length > 0, { error: `"${field}" is empty — write ${field}: ${hint}` });

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const idList = (field: string, example: string) =>
  z
    .array(
      z.string().regex(SLUG, {
        error: (iss) => `"${String(iss.input)}" is not an id — write lowercase ids such as ${example}`,
      }),
      { error: `"${field}" must be a list — write ${field}: [${example}]` },
    )
    .min(1, { error: `"${field}" is empty — list at least one, e.g. ${field}: [${example}]` });

export const FRONT_MATTER_FIELDS = ['title', 'dek', 'date', 'byline', 'provinces', 'sources', 'hero'] as const;

export const storyFrontMatterSchema = z
  .object({
    title: text('title', 'the headline'),
    dek: text('dek', 'a one-sentence summary'),
    date: z
      .string({ error: '"date" must be text — write date: YYYY-MM-DD' })
      .refine(isIsoDate, { error: (iss) => `"${String(iss.input)}" is not a date — write YYYY-MM-DD` }),
    byline: text('byline', 'the authors'),
    provinces: idList('provinces', 'guangdong, guangxi'),
    sources: idList('sources', 'rmrb-2023-11-yuegui'),
    hero: z
      .object(mapStateShape, {
        error: '"hero" must be a map state — write hero: with metric, period and optional focus',
      })
      .strict(),
  })
  .strict();

export type StoryFrontMatter = z.infer<typeof storyFrontMatterSchema>;
