/**
 * The controlled vocabulary of metrics. Every curated fact names one of these ids.
 *
 * `flow` says what a fact's `from` and `to` mean for that metric, so that a figure is always
 * read the same way: money and cadres go from the giver to the receiver, workers "transferred
 * east" go from their western home to the eastern destination.
 */
export type MetricFamily = 'funds' | 'people' | 'labor' | 'count';

export type Unit = 'yuan' | 'usd' | 'person' | 'person-time' | 'count' | 'mu' | 'sqm' | 'tonne';

export interface MetricDefinition {
  readonly id: string;
  readonly family: MetricFamily;
  /** Short Chinese label for the UI. */
  readonly label: string;
  /** Units a fact of this metric may carry (人 and 人次 are different metrics of the same family). */
  readonly units: readonly Unit[];
  /** What `from` → `to` means for this metric. */
  readonly flow: string;
  /** Keywords that usually announce it in an article (used by the extraction helper). */
  readonly keywords: readonly string[];
}

const money: readonly Unit[] = ['yuan', 'usd'];
const people: readonly Unit[] = ['person', 'person-time'];
const counted: readonly Unit[] = ['count'];

export const METRICS = [
  // Funds
  {
    id: 'funds.fiscal',
    family: 'funds',
    label: '财政援助资金',
    units: money,
    flow: 'giver → receiver',
    keywords: ['财政援助资金', '财政帮扶资金', '帮扶资金', '援助资金'],
  },
  {
    id: 'funds.social',
    family: 'funds',
    label: '社会帮扶资金（捐款捐物）',
    units: money,
    flow: 'giver → receiver',
    keywords: ['社会帮扶资金', '捐款捐物', '捐赠', '社会力量'],
  },
  {
    id: 'funds.investment',
    family: 'funds',
    label: '引导企业投资（实际到位）',
    units: money,
    flow: 'investor side → receiving side',
    keywords: ['实际到位投资', '到位投资', '投资'],
  },
  {
    id: 'funds.consumption',
    family: 'funds',
    label: '消费帮扶（采购、帮销农产品）',
    units: money,
    flow: 'buyer side → selling side',
    keywords: ['消费帮扶', '采购', '帮助销售', '帮销', '助销'],
  },
  {
    id: 'funds.project',
    family: 'funds',
    label: '项目投入（含各方资金）',
    units: money,
    flow: 'giver → receiver (where stated)',
    keywords: ['投入', '总投资'],
  },
  // People sent between partners
  {
    id: 'people.cadres',
    family: 'people',
    label: '党政干部',
    units: people,
    flow: 'sending side → receiving side',
    keywords: ['党政干部', '挂职干部', '干部'],
  },
  {
    id: 'people.professionals',
    family: 'people',
    label: '专业技术人才',
    units: people,
    flow: 'sending side → receiving side',
    keywords: ['专业技术人才', '专技人才'],
  },
  {
    id: 'people.teachers',
    family: 'people',
    label: '支教教师',
    units: people,
    flow: 'sending side → receiving side',
    keywords: ['教师', '支教'],
  },
  {
    id: 'people.medics',
    family: 'people',
    label: '医务人员',
    units: people,
    flow: 'sending side → receiving side',
    keywords: ['医生', '医务人员', '医疗'],
  },
  {
    id: 'people.village-secretaries',
    family: 'people',
    label: '村党组织书记（挂职锻炼）',
    units: people,
    flow: 'sending side → receiving side',
    keywords: ['村党组织书记', '村支书'],
  },
  {
    id: 'people.cadres-and-professionals',
    family: 'people',
    label: '干部和专业技术人才（合计）',
    units: people,
    flow: 'sending side → receiving side',
    keywords: ['干部和专业技术人才', '干部人才'],
  },
  {
    id: 'people.trained',
    family: 'people',
    label: '培训人员',
    units: people,
    flow: "trainer side → trainees' side",
    keywords: ['培训'],
  },
  // Labor
  {
    id: 'labor.employed',
    family: 'labor',
    label: '帮助农村劳动力就业',
    units: people,
    flow: "helping side → workers' home",
    keywords: ['农村劳动力就业', '劳动力就业', '实现就业', '务工就业'],
  },
  {
    id: 'labor.employed-poor',
    family: 'labor',
    label: '其中脱贫人口就业',
    units: people,
    flow: "helping side → workers' home",
    keywords: ['脱贫人口', '脱贫劳动力'],
  },
  {
    id: 'labor.transferred-east',
    family: 'labor',
    label: '转移到东部就业',
    units: people,
    flow: "workers' home → eastern destination",
    keywords: ['转移到', '输转', '赴东部'],
  },
  {
    id: 'labor.local',
    family: 'labor',
    label: '就地就近就业',
    units: people,
    flow: "helping side → workers' home",
    keywords: ['就地就近', '就近就业'],
  },
  // Countable rest
  {
    id: 'count.enterprises',
    family: 'count',
    label: '引导落地企业',
    units: counted,
    flow: 'origin → host',
    keywords: ['企业', '家企业'],
  },
  {
    id: 'count.projects',
    family: 'count',
    label: '协作项目',
    units: counted,
    flow: 'giver → receiver',
    keywords: ['项目'],
  },
  {
    id: 'count.parks',
    family: 'count',
    label: '共建产业园区',
    units: counted,
    flow: 'partners',
    keywords: ['产业园', '园区'],
  },
  {
    id: 'count.workshops',
    family: 'count',
    label: '帮扶车间',
    units: counted,
    flow: 'partners',
    keywords: ['帮扶车间', '车间'],
  },
  {
    id: 'count.villages',
    family: 'count',
    label: '示范村（乡村振兴示范）',
    units: counted,
    flow: 'partners',
    keywords: ['示范村'],
  },
  {
    id: 'count.paired-schools',
    family: 'count',
    label: '结对学校',
    units: counted,
    flow: 'partners',
    keywords: ['学校'],
  },
  {
    id: 'count.paired-hospitals',
    family: 'count',
    label: '结对医院',
    units: counted,
    flow: 'partners',
    keywords: ['医院'],
  },
  {
    id: 'count.paired-units',
    family: 'count',
    label: '其他结对（乡镇、村、企业、社会组织）',
    units: counted,
    flow: 'partners',
    keywords: ['结对', '村企'],
  },
  {
    id: 'count.training-sessions',
    family: 'count',
    label: '培训班（期、场次）',
    units: counted,
    flow: "trainer side → trainees' side",
    keywords: ['培训班', '期', '场次'],
  },
  {
    id: 'count.jobs',
    family: 'count',
    label: '提供就业岗位',
    units: counted,
    flow: 'at the place',
    keywords: ['岗位'],
  },
  {
    id: 'count.visits',
    family: 'count',
    label: '互访、对接、会议（次）',
    units: ['count', 'person-time'],
    flow: 'partners',
    keywords: ['互访', '对接', '座谈', '联席会议', '考察'],
  },
  { id: 'count.agreements', family: 'count', label: '签订协议', units: counted, flow: 'partners', keywords: ['协议'] },
  {
    id: 'count.output',
    family: 'count',
    label: '产值、销售额、出口额',
    units: money,
    flow: 'at the place',
    keywords: ['产值', '销售额', '出口', '营业收入'],
  },
  {
    id: 'count.other',
    family: 'count',
    label: '其他数量（面积、产量等）',
    units: ['count', 'mu', 'sqm', 'tonne', 'person'],
    flow: 'at the place',
    keywords: [],
  },
] as const satisfies readonly MetricDefinition[];

export type MetricId = (typeof METRICS)[number]['id'];

export const METRIC_IDS = METRICS.map((m) => m.id) as [MetricId, ...MetricId[]];

const byId = new Map<string, MetricDefinition>(METRICS.map((m) => [m.id, m]));

/** The definition of a metric id, or undefined when the id is not in the vocabulary. */
export function findMetric(id: string): MetricDefinition | undefined {
  return byId.get(id);
}

/** The three metrics the map sizes arcs by, and the fact metric each one reads. */
export const MAP_METRICS = {
  funds: { metric: 'funds.fiscal', label: '财政援助资金', unitLabel: '亿元' },
  cadres: { metric: 'people.cadres', label: '党政干部', unitLabel: '人' },
  labor: { metric: 'labor.employed', label: '帮助农村劳动力就业', unitLabel: '万人' },
} as const satisfies Record<string, { metric: MetricId; label: string; unitLabel: string }>;

export type MapMetric = keyof typeof MAP_METRICS;

/**
 * The programme's key totals, in page order: what the home page's national cards, the coverage table and the
 * part-of-whole check are about.
 */
export const KEY_METRICS = [
  'funds.fiscal',
  'funds.social',
  'funds.investment',
  'funds.consumption',
  'people.cadres',
  'people.professionals',
  'labor.employed',
  'labor.transferred-east',
] as const satisfies readonly MetricId[];

const RANK = new Map<string, number>(METRICS.map((m, i) => [m.id, i]));

/** A metric's place in the vocabulary's order (funds, people, labour, counts), for sorting. */
export function metricRank(id: string): number {
  return RANK.get(id) ?? RANK.size;
}
