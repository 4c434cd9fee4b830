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
     * Which way the figure flows (see "What a figure measures" in data/README.md). Absent: one way, from `from` to
     * `to` (east→west or west→east, worked out from the places). `mutual`: one figure for both directions together
     * (互派, 双向, 互访) — never split, never drawn as one-way; `from`/`to` then name the two partners, east first.
     */
    direction: z.enum(['mutual']).optional(),
    /** Why a quote that says 互派/双向 is still one way (e.g. the clause names only one sender). */
    directionNote: z.string().min(1).optional(),
    /**
     * What the period covers, when `period` alone cannot say it. Absent: worked out from `period` (a whole year, some
     * months of a year, a cumulative span from a known start, or cumulative up to a cut-off with the start unknown).
     * `stock`: the number standing at the period's end (目前, 已有, 存量) — not a flow over time; write the period as
     * `..YYYY-MM` or `YYYY-MM`.
     */
    coverage: z.enum(['stock']).optional(),
    /**
     * What kind of number it is. Absent: a total for the places and period named. `average`: a per-unit average
     * (县均, 每县平均). `standard`: a per-unit standard or allocation rule (每县…, 按每县). `component`: one share of a
     * larger total the source does not add up (省级财政部分, 区级资金, money within 款物). `subset`: a part picked out
     * of a larger group (其中…, firms in parks among all firms); set `partOf` when that whole is a curated fact too.
     * Only totals are headlines, drawn on the map or compared with each other.
     */
    basis: z.enum(['average', 'standard', 'component', 'subset']).optional(),
    /**
     * What exactly is counted, in the source's words, when one metric covers several measures (捐赠资金 vs
     * 捐助款物): facts with different measures are never compared, never conflict and never compete for a headline.
     */
    measure: z.string().min(1).optional(),
    /**
     * The stage the source reports the money or projects at, where it says so: `allocated` (安排, 拨付), `arrived`
     * (到位, 落实), `used` (使用), `signed` (签约, 签订 — a promise, so `status` must be `target`).
     */
    stage: z.enum(['allocated', 'arrived', 'used', 'signed']).optional(),
    /**
     * One figure for several givers or receivers together (天津、山东 → 甘肃; 广东 → 广西、贵州): place ids, two or
     * more. Use instead of `from`/`to` on that side. The figure is never split among them.
     */
    jointFrom: z.array(slug).min(2).optional(),
    jointTo: z.array(slug).min(2).optional(),
    /**
     * Id of the fact this one is a part of (其中脱贫人口 within all workers). When that fact has the same metric,
     * `basis` must be `subset`.
     */
    partOf: slug.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.jointFrom !== undefined && f.from !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['jointFrom'],
        message: 'a fact has either "from" or "jointFrom", not both; list every giver in "jointFrom"',
      });
    }
    if (f.jointTo !== undefined && f.to !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['jointTo'],
        message: 'a fact has either "to" or "jointTo", not both; list every receiver in "jointTo"',
      });
    }
    if (f.stage === 'signed' && f.status !== 'target') {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'a signed figure (签约) is a promise, not a delivery: set "status": "target"',
      });
    }
    if (f.coverage === 'stock' && !/^(\.\.)?\d{4}-\d{2}$/.test(f.period)) {
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: `a stock (目前) is counted at one date: write the period as "..YYYY-MM" (the month it stood), not "${f.period}"`,
      });
    }
    if (
      f.from === undefined &&
      f.to === undefined &&
      f.at === undefined &&
      f.jointFrom === undefined &&
      f.jointTo === undefined
    ) {
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
