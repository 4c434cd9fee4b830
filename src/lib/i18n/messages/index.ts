/**
 * The message table: every reader-facing UI string, in Chinese and English. See README.md in this folder for how
 * to add one.
 */
import type { Locale } from '../locale';
import { common } from './common';
import { embed } from './embed';
import { map } from './map';
import { pages } from './pages';
import { search } from './search';
import { story } from './story';
import { tables } from './tables';
import type { Message, MessageTable } from './types';

/** The areas of the table, each in its own file so that work on one area does not touch the others. */
export const MESSAGE_AREAS = { common, map, tables, pages, story, search, embed } as const;

export const MESSAGES = {
  ...common,
  ...map,
  ...tables,
  ...pages,
  ...story,
  ...search,
  ...embed,
} as const satisfies MessageTable;

export type MessageKey = keyof typeof MESSAGES;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/gu;

/** The placeholders of a string, sorted: `{n} 对结对` → ['n']. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/**
 * A string of the table in `locale`, with its placeholders filled: `translate('en', 'map.pairs', { n: 3 })`.
 * A placeholder without a value is an error, not a blank.
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const message: Message = MESSAGES[key];
  const text = message[locale];
  // Most strings have no placeholder: skip the regular expression (this runs for every label of every map).
  if (!text.includes('{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message "${key}": no value for the placeholder ${whole}`);
    return String(value);
  });
}

/** A translator bound to one locale, for a page or a component: `const t = translator(locale); t('common.skip')`. */
export function translator(
  locale: Locale,
): (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string {
  return (key, params) => translate(locale, key, params);
}

/**
 * What is wrong with a message table, one line per problem naming the key: a language missing or empty, different
 * placeholders in the two languages, a key outside its area's prefix. Used by tests/i18n/messages.test.ts.
 */
export function findMessageProblems(
  areas: Readonly<Record<string, Readonly<Record<string, Partial<Message>>>>>,
): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [area, table] of Object.entries(areas)) {
    for (const [key, message] of Object.entries(table)) {
      if (!key.startsWith(`${area}.`)) problems.push(`${key}: a key of the "${area}" area must start with "${area}."`);
      const other = seen.get(key);
      if (other !== undefined) problems.push(`${key}: defined in both "${other}" and "${area}"`);
      seen.set(key, area);
      for (const locale of ['zh', 'en'] as const) {
        const text = message[locale];
        if (text === undefined) problems.push(`${key}: missing in ${locale}`);
        else if (text.trim() === '') problems.push(`${key}: empty in ${locale}`);
      }
      if (message.zh !== undefined && message.en !== undefined) {
        const zh = placeholdersOf(message.zh).join(',');
        const en = placeholdersOf(message.en).join(',');
        if (zh !== en) problems.push(`${key}: placeholders differ: zh {${zh}} vs en {${en}}`);
      }
    }
  }
  return problems;
}
