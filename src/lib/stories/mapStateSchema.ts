import { z } from 'zod';
import { parsePeriod } from '../period/parsePeriod';

/**
 * The zod schema of a map state, shared by a story's `hero` and its ```map blocks. Messages are written
 * `what — fix`; `issueToProblem` splits them. Whether `focus` names a known place is checked against the data
 * (`checkMapState`), not here.
 */

export const MAP_METRIC_NAMES = ['funds', 'cadres', 'labor'] as const;

/** YAML reads `period: 2022` as a number; an editor means the year. */
const yearAsText = (value: unknown): unknown => (typeof value === 'number' ? String(value) : value);

export const periodField = z.preprocess(
  yearAsText,
  z
    .string({ error: 'the period is missing or not text — write a period such as "2023" or "2021..2023"' })
    .refine((p) => parsePeriod(p).ok, {
      error: (iss) =>
        `"${String(iss.input)}" is not a period — write 2023, 2023-05, 2021..2023, 2021-01..2023-09 or ..2023-10`,
    }),
);

export const metricField = z.enum(MAP_METRIC_NAMES, {
  error: (iss) => `"${String(iss.input)}" is not a map metric — write metric: funds, cadres or labor`,
});

export const focusField = z
  .string({ error: 'the focus must be a province id or a pair id — write e.g. guangxi or guangdong--guangxi' })
  .optional();

export const mapStateShape = { focus: focusField, metric: metricField, period: periodField };
