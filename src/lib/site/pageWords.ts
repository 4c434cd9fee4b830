/**
 * Small pieces of page text shared by both editions' province and pair pages, so that the Chinese and the English
 * page say the same thing in the same place.
 */

import { placeFullNameEn, placeNameEn } from '../i18n/english/placeNamesEn';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/messages';

/** A pairing's years: `2021年起`, `2021年起，2024年止`; `since 2021`, `2021–2024`. */
export function yearsIn(locale: Locale, since: number, until: number | undefined): string {
  return until === undefined
    ? translate(locale, 'pages.since', { since })
    : translate(locale, 'pages.sinceUntil', { since, until });
}

/**
 * A pairing's years, in brackets, to follow a name: `（2021年起）`, `（2021年起，2024年止）`; ` (since 2021)`, ` (2021–2024)`
 * (English puts a space before its bracket, Chinese full-width brackets none).
 */
export function periodIn(locale: Locale, since: number, until: number | undefined): string {
  return translate(locale, 'pages.inBrackets', { text: yearsIn(locale, since, until) });
}

/**
 * The URL of a CSV under /data/ in `locale`: the English edition's CSVs (English labels, same rows) are under
 * /data/en/. `file` is relative to /data/ (`provinces/gansu.csv`).
 */
export function dataFileIn(locale: Locale, file: string): string {
  return locale === 'zh' ? `/data/${file}` : `/data/${locale}/${file}`;
}

/**
 * A place's name on a page in `locale`: the Chinese name the datasets carry (`chinese`), or the English name of
 * the reference data (`full`: the official full name, for headings and the pair's opening line).
 */
export function placeNameIn(locale: Locale, id: string, chinese: string, full = false): string {
  if (locale === 'zh') return chinese;
  return full ? placeFullNameEn(id) : placeNameEn(id);
}
