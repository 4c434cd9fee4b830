/** A figure a fact-checker would question before it is published as a cooperation figure, and why. */
export interface Trap {
  readonly why: string;
  /** True when the figure is not proposed at all (listed in the draft's `_setAside`); otherwise it is marked. */
  readonly setAside: boolean;
}

const TRAPS: readonly {
  readonly test: (before: string, figure: string, after: string) => boolean;
  readonly trap: Trap;
}[] = [
  {
    // 人均月收入提高…元, 户均增收3000元: a rate or an anecdote, never a programme total.
    test: (b) => /(?:人均|户均|月均|年均)[^，,；;]{0,10}$/u.test(b),
    trap: { why: 'a per-person or per-household average (人均/户均): a rate, not a programme total', setAside: true },
  },
  {
    test: (b, _f, a) => /培训|轮训|培训班|研修/u.test(b) || /^[^，,；;]{0,6}(?:培训|轮训)/u.test(a),
    trap: {
      why: 'a training figure (培训): people trained or courses held, not cadres or professionals sent — keep it as people.trained or count.training-sessions, or delete it',
      setAside: false,
    },
  },
  {
    test: (b, f, a) =>
      /(?:会议|座谈会|联席会|推进会|招聘会|对接会|洽谈会|交流会|活动)[^，,；;]{0,2}$/u.test(b) ||
      (/[次场]$/u.test(f) && /(?:召开|举办|组织)[^，,；;]{0,12}$/u.test(b)) ||
      /^[^，,；;]{0,4}(?:会议|招聘会|对接会)/u.test(a),
    trap: {
      why: 'a count of meetings or events held: not aid — keep it only as count.visits when the article presents it as a result',
      setAside: false,
    },
  },
];

/** The trap a figure falls into, judged from its clause (Simplified text), or undefined. */
export function findTrap(before: string, figure: string, after: string): Trap | undefined {
  return TRAPS.find((t) => t.test(before, figure, after))?.trap;
}
