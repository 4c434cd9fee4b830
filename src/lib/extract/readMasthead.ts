import { toSimplified } from '../text/normalizeArticle';

/** What a page's header and footer lines say about the article, and which lines they are. */
export interface Masthead {
  /** Indexes (into the lines given) of navigation, dateline, byline, editor, share and footer lines. */
  readonly chrome: ReadonlySet<number>;
  /** Why each chrome line was set aside, for the draft's noise list: `[index, kind]`. */
  readonly kinds: readonly (readonly [number, MastheadKind])[];
  /** The outlet named by 来源/信息来源 or a wire dateline (新华社…电), Simplified. */
  readonly outlet: string | undefined;
  /** Reporters named in the byline (记者, 通讯员, 作者), in the article's own script. */
  readonly authors: readonly string[];
  /** The headline: the short line just before the dateline, or the first short line that is not chrome. */
  readonly title: string | undefined;
}

export type MastheadKind = 'navigation' | 'dateline' | 'byline' | 'editor' | 'share' | 'footer';

// Patterns are tested on Simplified text.
const LINE_KINDS: readonly { kind: MastheadKind; line: RegExp }[] = [
  {
    kind: 'navigation',
    line: /^(?:(?:当前位置|您现在的位置|您的位置)[:：]|首页\s*[>|›»]|[^。，,]{0,40}(?:>>|\s>\s|›|»)[^。，,]{0,40}$|(?:[^。，,|]{1,8}\s*\|\s*){2,}[^。，,|]{1,8}$)/u,
  },
  {
    kind: 'navigation',
    line: /^(?:上一篇\s*下一篇|相关新闻|相关阅读[:：]?|【打印】|【关闭】|[^。，,]{0,10}数字报|[^。，,]{0,10}电子版)/u,
  },
  {
    kind: 'dateline',
    line: /^[^。，]{0,40}(?:来源|信息来源|发布时间|时间)[:：][^。]{0,60}$|^(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*(?:\d{1,2}:\d{2}|星期.$)/u,
  },
  { kind: 'editor', line: /^[（(【]?(?:纠错[】]?\s*)?(?:责任编辑|责编|编辑)[:：\s]/u },
  { kind: 'share', line: /^(?:分享到|扫一扫|扫描二维码)/u },
  { kind: 'footer', line: /(?:版权所有|Copyright|ICP备|主办单位[:：]|未经授权)/iu },
];

// A byline: who wrote it (本报记者 方圆; 新华社银川2月9日电（记者 马丽娟）; 春城晚报-开屏新闻记者 朱婉琪; 记者 王睿 通讯员 李强).
const BYLINE =
  /^[^。，]{0,24}(?:记者|通讯员|作者)[:：\s]*\p{Script=Han}{2,4}(?:[\s、，,]+(?:(?:记者|通讯员)[:：\s]*)?\p{Script=Han}{2,4})*[）)]?$/u;
// A name is a run of 2–4 Han characters not followed by more Han or a colon (发布时间： is a label, not a name).
const NAME_AFTER = /(?:记者|通讯员|作者)[:：\s]*((?:\p{Script=Han}{2,4}(?![\p{Script=Han}:：])[\s、，,]*)+)/gu;
const ROLE_WORDS = /^(?:记者|通讯员|作者|见习记者|本报)$/u;

const OUTLET = /(?:^|\s)(?:信息)?来源[:：]\s*([^\s　|]+)/u;
const WIRE = /^(新华社|中新社|中国新闻网)\S{0,12}电/u;

/** Names in a byline, each trimmed to the run of Han characters that is a name (2–4 characters). */
function namesIn(original: string, simple: string): string[] {
  const names: string[] = [];
  for (const m of simple.matchAll(NAME_AFTER)) {
    const start = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    const span = original.slice(start, start + (m[1] ?? '').length);
    for (const part of span.split(/[\s、，,]+/u)) {
      if (/^\p{Script=Han}{2,4}$/u.test(part) && !ROLE_WORDS.test(toSimplified(part))) names.push(part);
    }
  }
  return names;
}

/**
 * Reads a page's header and footer: the lines that are navigation, dateline, byline, editor credits, share
 * buttons or footer (kept out of the figures and of the period context), the outlet, the reporters and the
 * headline. Lines are cleaned article lines in their own script; only the first and last few are looked at.
 */
export function readMasthead(lines: readonly string[]): Masthead {
  const simple = lines.map((l) => toSimplified(l).trim());
  const chrome = new Set<number>();
  const kinds: [number, MastheadKind][] = [];
  let outlet: string | undefined;
  const authors: string[] = [];
  let dateline: number | undefined;
  const edge = (i: number): boolean => i < 10 || i >= lines.length - 8;
  simple.forEach((line, i) => {
    if (!edge(i) || line.length > 80) return;
    const kind = LINE_KINDS.find((k) => k.line.test(line))?.kind ?? (BYLINE.test(line) ? 'byline' : undefined);
    const wire = WIRE.exec(line);
    if (kind === undefined && wire === null) return;
    if (kind === 'dateline' || kind === 'byline' || wire !== null) {
      const named = OUTLET.exec(line)?.[1]?.replace(/(?:[-－—]|发布时间|时间|作者|编辑|记者).*$/u, '') ?? wire?.[1];
      if (outlet === undefined && named !== undefined && named !== '') outlet = named;
      for (const name of namesIn(lines[i] ?? '', line)) if (!authors.includes(name)) authors.push(name);
    }
    if (kind === 'dateline') dateline ??= i;
    chrome.add(i);
    kinds.push([i, kind ?? 'byline']);
  });
  const isTitle = (i: number): boolean => {
    const line = simple[i] ?? '';
    return (
      !chrome.has(i) && line.length >= 4 && line.length <= 40 && !/[。！？]/u.test(line) && /\p{Script=Han}/u.test(line)
    );
  };
  let title: string | undefined;
  if (dateline !== undefined) {
    for (let i = dateline - 1; i >= 0 && title === undefined; i--) if (isTitle(i)) title = lines[i];
  }
  title ??= lines.find((_, i) => isTitle(i));
  return { chrome, kinds, outlet, authors, title };
}
