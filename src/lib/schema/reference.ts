import { z } from 'zod';

/** Schemas of `data/reference/*.json`: provinces, sub-province places and pairings. */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const lonLat = z.tuple([z.number().min(73).max(136), z.number().min(3).max(54)]);

export const provinceSchema = z
  .object({
    /** GB/T 2260 six-digit code, e.g. "370000". */
    code: z.string().regex(/^\d{2}0000$/),
    /** Pinyin slug, e.g. "shandong", "neimenggu". Used as the place id. */
    id: slug,
    nameZh: z.string().min(2),
    /** Short name used on the map and in pair names (鲁, 甘 …) is `abbr`; `shortZh` is 山东, 内蒙古. */
    shortZh: z.string().min(2),
    abbr: z.string().length(1),
    nameEn: z.string().min(2),
    kind: z.enum(['省', '自治区', '直辖市', '特别行政区']),
    region: z.enum(['东部', '中部', '西部', '东北']),
    /**
     * true for 台湾, 香港 and 澳门: they are outside the NBS four-region scheme, and `region` is
     * then set to 东部 only so that every province has one.
     */
    regionOutsideNbs: z.literal(true).optional(),
    /** Role in the East–West cooperation programme since 2021. */
    programme: z.enum(['east', 'west', 'none']),
    label: lonLat,
  })
  .strict();

export const placeSchema = z
  .object({
    /** `<prefecture-pinyin>` for prefecture-level places, `<prefecture-pinyin>-<pinyin>` below. */
    id: slug,
    nameZh: z.string().min(2),
    nameEn: z.string().min(2),
    level: z.enum(['prefecture', 'county', 'district']),
    /** Province id. */
    province: slug,
    /** Prefecture id for counties and districts. */
    parent: slug.optional(),
    point: lonLat,
    /** Short Chinese names an article may use for it (惠州, 黔西南, 城阳 …). */
    aliases: z.array(z.string().min(1)),
  })
  .strict();

export const pairingSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .describe('"<east>--<west>", e.g. "shandong--gansu"'),
    /** The level of the western end (a city may be paired with a county: that pairing is `county`). */
    level: z.enum(['province', 'prefecture', 'county']),
    east: slug,
    west: slug,
    /** First year of the current unbroken run, as the sources give it (see data/reference/README.md). */
    since: z.number().int().min(1996).max(2030),
    /** The year the pairing ended; absent while it runs. */
    until: z.number().int().min(1996).max(2030).optional(),
    /** Source ids (curated files) or research notes that state the pairing. */
    sources: z.array(z.string().min(1)).min(1),
    note: z.string().min(1).optional(),
  })
  .strict();

export const provincesFileSchema = z.array(provinceSchema);
export const placesFileSchema = z.array(placeSchema);
export const pairingsFileSchema = z.array(pairingSchema);

export type Province = z.infer<typeof provinceSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Pairing = z.infer<typeof pairingSchema>;
