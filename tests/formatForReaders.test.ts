import { describe, expect, test } from 'vitest';
import { formatNoteForReaders, formatSourceTitle } from '../src/lib/text/formatForReaders';

const names = {
  fact: (id: string) => (id === 'r-a899-2023-06-yuegui-01-fiscal' ? '报告所载财政援助资金（2022年）' : undefined),
  pairing: (id: string) => (id === 'jiangsu--xining' ? '江苏—西宁' : undefined),
};

describe('formatSourceTitle', () => {
  test('a title the curator wrote says so in plain words', () => {
    expect(formatSourceTitle('〔原标题未录〕浙川东西部协作2021年成效（四川日报）')).toBe(
      '浙川东西部协作2021年成效（四川日报）（原题不详，本站拟题）',
    );
    expect(formatSourceTitle('山海相连情相依')).toBe('山海相连情相依');
  });
});

describe('formatNoteForReaders', () => {
  test('fact, pairing and metric ids become names; paragraph numbers point to the original', () => {
    expect(formatNoteForReaders('合计见 r-a899-2023-06-yuegui-01-fiscal。', names)).toBe(
      '合计见“报告所载财政援助资金（2022年）”。',
    );
    expect(formatNoteForReaders('与 r-unknown-2020-01-x-02 冲突', names)).toBe('与另一条数字冲突');
    expect(formatNoteForReaders('（见jiangsu--xining、jiangsu--haidong）', names)).toBe('（见江苏—西宁、另一对结对）');
    expect(formatNoteForReaders('故用 labor.employed 而非 labor.transferred-east。', names)).toBe(
      '故用“帮助农村劳动力就业”指标而非“转移到东部就业”指标。',
    );
    expect(formatNoteForReaders('故不归入 labor.* 指标', names)).toBe('故不归入劳务协作类指标');
    expect(formatNoteForReaders('相等（事实003-05）', names)).toBe('相等（另一条数字）');
    expect(formatNoteForReaders('归入合计指标 people.cadres-and-professionals（与', names)).toBe(
      '归入合计指标“干部和专业技术人才（合计）”（与',
    );
    const article = { ...names, fact: (id: string) => (id === 'src:004' ? '甘肃日报（2021-10-18）的报道' : undefined) };
    expect(formatNoteForReaders('维持不变（src:004）；', article)).toBe('维持不变（见甘肃日报（2021-10-18）的报道）；');
    expect(formatNoteForReaders('结对始于2021年4月（第11段）', names)).toBe('结对始于2021年4月（原文第11段）');
  });
});
