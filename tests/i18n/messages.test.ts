import { describe, expect, test } from 'vitest';
import { findMessageProblems, MESSAGE_AREAS, translate } from '../../src/lib/i18n/messages';

describe('the message table', () => {
  test('every key has both languages, none empty, the same placeholders, under its area', () => {
    expect(findMessageProblems(MESSAGE_AREAS)).toEqual([]);
  });

  test('the check names a missing, an empty and a mismatched key (it can fail)', () => {
    const broken = {
      common: {
        'common.onlyChinese': { zh: '地图' },
        'common.blank': { zh: '地图', en: ' ' },
        'common.count': { zh: '{n} 对结对', en: '{count} pairs' },
      },
      map: { 'common.misplaced': { zh: '图', en: 'Map' } },
    };
    expect(findMessageProblems(broken)).toEqual([
      'common.onlyChinese: missing in en',
      'common.blank: empty in en',
      'common.count: placeholders differ: zh {n} vs en {count}',
      'common.misplaced: a key of the "map" area must start with "map."',
    ]);
  });

  test('fills placeholders and refuses to leave one blank', () => {
    expect(translate('en', 'common.pageTitle', { title: 'Map' })).toBe('Map · Shanhai');
    expect(translate('zh', 'common.pageTitle', { title: '地图' })).toBe('地图 · 山海');
    expect(() => translate('en', 'common.pageTitle')).toThrow(
      'message "common.pageTitle": no value for the placeholder {title}',
    );
  });
});
