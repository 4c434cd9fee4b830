import { z } from 'zod';
import { METRIC_IDS } from '../model/metrics';
import { httpUrl } from './httpUrl';

/**
 * The schema of one curated file, `data/curated/<source-id>.json`: one source and the facts
 * taken from it. Cross-file rules (known places, unique ids, value = parsed expression,
 * pairing facts between paired places) are checked by `validateCurated`, not here.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and hyphens');

export const QUALIFIERS = ['exact', 'approx', 'at-least', 'at-most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const UNITS = ['yuan', 'usd', 'person', 'person-time', 'count', 'mu', 'sqm', 'tonne'] as const;

export const sourceSchema = z
  .object({
    id: slug.describe('stable id, e.g. "people-2024-01-national"'),
    title: z.string().min(1),
    outlet: z.string().min(1).describe('the original outlet (newspaper, agency, government site)'),
    authors: z.array(z.string().min(1)),
    published: z
      .object({
        date: isoDate,
        /** true when the text does not print the date and it was worked out. */
        inferred: z.boolean(),
        note: z.string().min(1).optional(),
      })
      .refine((p) => !p.inferred || p.note !== undefined, {
        message: 'an inferred date needs a note saying how it was worked out',
        path: ['note'],
      }),
    script: z.enum(['simplified', 'traditional']),
    /**
     * `archived-text`: the scraped article is kept outside the repo (`file` names it) and every
     * quote is checked against it. `clause-only`: no archived text; the quoted clause, the URL
     * it was read at, the outlet and the date are the evidence.
     */
    evidence: z.enum(['archived-text', 'clause-only']),
    file: z
      .string()
      .regex(/^[\w.-]+\.txt$/)
      .optional(),
    url: httpUrl.optional(),
    /** Where the text was read, when that is a mirror or an aggregator of the original. */
    readAt: httpUrl.optional(),
    confidence: z.enum(['high', 'medium', 'low']),
    confidenceNote: z.string().min(1).optional(),
    noise: z.array(z.string().min(1)).describe('scraping noise found in the text'),
    note: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.evidence === 'archived-text' && s.file === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        message: 'an archived-text source must name its article file (e.g. "000_ce9c3d5fb0b89f29.txt")',
      });
    }
    if (s.evidence === 'clause-only' && s.url === undefined && s.readAt === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'a clause-only source must give the URL its clauses were read at',
      });
    }
    if (s.confidence !== 'high' && s.confidenceNote === undefined) {
      ctx.addIssue({ code: 'custom', path: ['confidenceNote'], message: 'say why the confidence is not high' });
    }
  });

export const factSchema = z
  .object({
    id: slug.describe('stable, unique across all curated files'),
    metric: z.enum(METRIC_IDS),
    /** The figure exactly as the article writes it, e.g. "2.8万余人", "20多亿元", "3.57亿元". */
    expression: z.string().min(1),
    /** The value in base units (yuan, persons, person-times, count); must equal the parsed expression. */
    value: z.number().finite().nonnegative(),
    unit: z.enum(UNITS),
    qualifier: z.enum(QUALIFIERS),
    status: z.enum(['outcome', 'target']),
    /** Direction of the flow as the metric defines it (see `METRICS[].flow`). Place ids. */
    from: slug.optional(),
    to: slug.optional(),
    /** The place the figure is about when it has no direction (a county's jobs, a national total). */
    at: slug.optional(),
    /** `2023`, `2023-05`, `2021..2023`, `2021-01..2023-09`, or `..2023-10` (cumulative, start unknown). */
    period: z.string().min(4),
    /** How the period was worked out when the text says 今年, 近两年, 以来… */
    periodNote: z.string().min(1).optional(),
    evidence: z
      .object({
        /** The short clause that holds the figure, verbatim (original script, scraping noise removed). */
        quote: z.string().min(4).max(200),
        /** 1-based index of the non-empty line of the article file that holds the quote. */
        paragraph: z.number().int().positive().optional(),
      })
      .strict(),
    /** Free text: what the figure covers, why it is scoped the way it is. */
    note: z.string().min(1).optional(),
    /**
     * `average` for a per-unit average (县均, 每县平均): never a total, never drawn on the map, never compared
     * with totals. Absent means a total.
     */
    basis: z.enum(['average']).optional(),
    /** Ids of facts this one is a part of (e.g. 其中脱贫人口 within all workers). */
    partOf: slug.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.from === undefined && f.to === undefined && f.at === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['at'],
        message:
          'a fact needs a place: "from"/"to" for a flow, or "at" for the place it is about (use "national" for all of China)',
      });
    }
    if (!f.evidence.quote.includes(f.expression)) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence', 'quote'],
        message: `the quote must contain the expression "${f.expression}" verbatim`,
      });
    }
  });

export const curatedFileSchema = z
  .object({
    source: sourceSchema,
    facts: z.array(factSchema),
  })
  .strict();

export type CuratedSource = z.infer<typeof sourceSchema>;
export type CuratedFact = z.infer<typeof factSchema>;
export type CuratedFile = z.infer<typeof curatedFileSchema>;
