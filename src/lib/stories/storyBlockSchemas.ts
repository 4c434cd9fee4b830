import { z } from 'zod';
import { mapStateShape } from './mapStateSchema';

/** Zod schemas of the three fenced block types an editor writes in a story (YAML inside). Messages: `what — fix`. */

const caption = z.string({ error: 'the caption must be text — write caption: followed by the text' }).optional();

const factId = z.string({
  error: 'a fact id must be text — write the id of a curated fact, e.g. 003-06-cadres-to-qianxinan',
});

export const mapBlockSchema = z.object({ ...mapStateShape, caption }).strict();

export const chartBlockSchema = z
  .object({
    title: z
      .string({ error: 'the chart has no title — write title: what the bars compare' })
      .refine((s) => s.trim().length > 0, { error: 'the title is empty — write title: what the bars compare' }),
    facts: z
      .array(factId, { error: 'the chart needs a list of facts — write facts: [id-1, id-2]' })
      .min(2, { error: 'a chart needs at least two facts — list two or more, or use a ```fact block for one' }),
    caption,
  })
  .strict();

export const factBlockSchema = z.object({ id: factId }).strict();

export const BLOCK_SCHEMAS = { map: mapBlockSchema, chart: chartBlockSchema, fact: factBlockSchema } as const;

export type BlockKind = keyof typeof BLOCK_SCHEMAS;

export const BLOCK_KINDS = Object.keys(BLOCK_SCHEMAS) as BlockKind[];

/** True when a fence's info string names a story block. */
export function isBlockKind(info: string): info is BlockKind {
  return (BLOCK_KINDS as string[]).includes(info);
}
