import { METRICS, type MetricId, type Unit } from '../model/metrics';

/** A guessed metric and the words that led to it, for the editor's review note. */
export interface MetricGuess {
  readonly metric: MetricId;
  /** The keyword or rule that decided, e.g. "keyword 党政干部 before the figure". */
  readonly why: string;
  /** `high`: a keyword or cue at the figure; `medium`: the nearest keyword before it; `low`: further off or a default. */
  readonly confidence: 'high' | 'medium' | 'low';
}

interface Keyword {
  readonly word: string;
  readonly metric: MetricId;
}

/**
 * Cue words the extraction helper adds to the METRICS keywords. They are generic (就业 alone) and only win when no
 * METRICS keyword is nearer to the figure.
 */
const EXTRA_KEYWORDS: readonly Keyword[] = [
  { word: '转移就业', metric: 'labor.employed' },
  { word: '就业', metric: 'labor.employed' },
  { word: '挂职', metric: 'people.cadres' },
  { word: '专技', metric: 'people.professionals' },
  { word: '专业技术', metric: 'people.professionals' },
  { word: '示范典型', metric: 'count.villages' },
  { word: '样板村', metric: 'count.villages' },
  { word: '联席会议', metric: 'count.visits' },
  { word: '协作资金', metric: 'funds.fiscal' },
  { word: '农村劳动力', metric: 'labor.employed' },
  { word: '务工规模', metric: 'count.other' },
  { word: '务工就业规模', metric: 'count.other' },
  // Seen in new articles (issue 16's trial and ../shared/research/): money and people words the METRICS lack.
  { word: '财政资金', metric: 'funds.fiscal' },
  { word: '财政协作资金', metric: 'funds.fiscal' },
  { word: '区级资金', metric: 'funds.fiscal' },
  { word: '扶贫资金', metric: 'funds.fiscal' },
  { word: '消费协作', metric: 'funds.consumption' },
  { word: '购销', metric: 'funds.consumption' },
  { word: '销售', metric: 'funds.consumption' },
  { word: '技术人才', metric: 'people.professionals' },
  { word: '专业技术人员', metric: 'people.professionals' },
  { word: '医疗人才', metric: 'people.medics' },
  { word: '援派干部', metric: 'people.cadres' },
  { word: '引进企业', metric: 'count.enterprises' },
  { word: '落地企业', metric: 'count.enterprises' },
  { word: '稳定就业', metric: 'labor.employed' },
];

/**
 * Patterns on the clause text before the figure that decide before any keyword: phrasings where the nearest
 * keyword is misleading (吸纳…劳动力就业 is local employment in a workshop or park, not employment in general).
 */
const CUES: readonly {
  readonly test: (before: string, after: string, sentenceBefore: string) => boolean;
  readonly metric: MetricId;
  readonly why: string;
}[] = [
  {
    test: (b, a) => /吸纳/u.test(b) && /吸纳[^，,；;]{0,16}就业/u.test(`${b}${a.slice(0, 10)}`),
    metric: 'labor.local',
    why: '吸纳…就业 (jobs where the workers live)',
  },
  {
    test: (b) => /(?:赴|转移到)[^，,；;]{1,12}就业$/u.test(b),
    metric: 'labor.transferred-east',
    why: '赴/转移到…就业',
  },
  { test: (b) => /其中[^，,；;]{0,4}(?:脱贫|建档立卡)/u.test(b), metric: 'labor.employed-poor', why: '其中脱贫…' },
  { test: (b) => /培训[^，,；;]*$/u.test(b), metric: 'people.trained', why: '培训 before the figure' },
  { test: (_b, a) => /^[^，,；;]{0,12}结对/u.test(a), metric: 'count.paired-units', why: '…结对 after the figure' },
  {
    test: (_b, a) => /^[^，,；;]{0,12}(?:进京|赴[^，,；;]{1,6}|到[^，,；;]{1,6})就业/u.test(a),
    metric: 'labor.transferred-east',
    why: '…进京/赴…就业 after the figure',
  },
  {
    test: (b) => /吸纳[^，,；;]{0,12}$/u.test(b),
    metric: 'labor.local',
    why: '吸纳… (jobs where the workers live)',
  },
  {
    test: (b) => /脱贫(?:人口|劳动力)[^，,；;]{0,10}$/u.test(b),
    metric: 'labor.employed-poor',
    why: '脱贫人口… before the figure',
  },
  {
    test: (b) => /[京津沪苏浙闽鲁粤]资(?:进|入)[^，,；;]{0,4}$/u.test(b) || /总投资额?(?:达)?$/u.test(b),
    metric: 'funds.investment',
    why: '京资进蒙 / 总投资 (investment)',
  },
  {
    test: (b, _a, s) => /到位(?:资金|投资)(?:金额)?(?:达)?$/u.test(b) && /企业/u.test(s),
    metric: 'funds.investment',
    why: '到位资金 after 企业 in the sentence (investment by those firms)',
  },
];

const KEYWORDS: readonly Keyword[] = [
  ...METRICS.flatMap((m) => m.keywords.map((word) => ({ word, metric: m.id as MetricId }))),
  ...EXTRA_KEYWORDS,
];

const unitsOf = new Map<MetricId, readonly Unit[]>(METRICS.map((m) => [m.id, m.units]));

function accepts(metric: MetricId, unit: Unit): boolean {
  return unitsOf.get(metric)?.includes(unit) ?? false;
}

// Units that only describe things the vocabulary has no metric for (buildings, land, households, weight).
const OTHER_UNITS = /(?:栋|亩|平方米|吨|户)(?:以上|左右|以内|以下)?$/u;

/**
 * Guesses the metric of a figure from its clause (Simplified text). In order: a unit that only `count.other`
 * takes (亩, 栋, 户…); 期/场次 of training as `count.training-sessions`; a keyword right after the figure (20名党政干部, 92家企业); a cue pattern; the nearest METRICS
 * keyword before the figure in the clause whose metric accepts the unit; the nearest after it; then a default by unit (money → `funds.project`, 人次 →
 * `people.trained`, else `count.other`).
 *
 * @param before the clause text before the figure
 * @param figure the figure as written (Simplified)
 * @param after the clause text after the figure
 * @param sentenceBefore the sentence before the figure's clause (到位资金 after 企业 is investment)
 */
export function guessMetric(
  before: string,
  figure: string,
  after: string,
  unit: Unit,
  sentenceBefore = '',
): MetricGuess {
  if (OTHER_UNITS.test(figure))
    return { metric: 'count.other', why: 'unit (亩/栋/户/吨/平方米) with no metric of its own', confidence: 'high' };
  if (/期$/u.test(figure) || (/场次$/u.test(figure) && /培训|班/u.test(before + after))) {
    return { metric: 'count.training-sessions', why: '期/场次 of training', confidence: 'high' };
  }

  const fits = KEYWORDS.filter((k) => accepts(k.metric, unit));

  const right = fits
    .filter((k) => new RegExp(`^[^、，,和及与]{0,2}${k.word}`, 'u').test(after))
    .sort((a, b) => b.word.length - a.word.length)[0];
  if (right !== undefined) {
    return { metric: right.metric, why: `keyword ${right.word} right after the figure`, confidence: 'high' };
  }

  for (const cue of CUES) {
    if (accepts(cue.metric, unit) && cue.test(before, after, sentenceBefore)) {
      return { metric: cue.metric, why: cue.why, confidence: 'high' };
    }
  }

  let best: { k: Keyword; end: number } | undefined;
  for (const k of fits) {
    const at = before.lastIndexOf(k.word);
    if (at < 0) continue;
    const end = at + k.word.length;
    const extra = EXTRA_KEYWORDS.includes(k);
    const bestExtra = best !== undefined && EXTRA_KEYWORDS.includes(best.k);
    // Nearest end wins; at the same end a METRICS keyword beats an extra cue word, then the longer word.
    if (
      best === undefined ||
      end > best.end ||
      (end === best.end && ((bestExtra && !extra) || (bestExtra === extra && k.word.length > best.k.word.length)))
    ) {
      best = { k, end };
    }
  }
  if (best !== undefined) {
    const near = before.length - best.end <= 4;
    return {
      metric: best.k.metric,
      why: `keyword ${best.k.word} before the figure`,
      confidence: near ? 'high' : 'medium',
    };
  }

  const later = fits
    .map((k) => ({ k, at: after.indexOf(k.word) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at || b.k.word.length - a.k.word.length)[0];
  if (later !== undefined) {
    return { metric: later.k.metric, why: `keyword ${later.k.word} after the figure`, confidence: 'medium' };
  }

  if (unit === 'yuan' || unit === 'usd')
    return { metric: 'funds.project', why: 'no keyword; money defaults to 项目投入', confidence: 'low' };
  if (unit === 'person-time') {
    return { metric: 'people.trained', why: 'no keyword; 人次 defaults to 培训', confidence: 'low' };
  }
  return { metric: 'count.other', why: 'no keyword', confidence: 'low' };
}
