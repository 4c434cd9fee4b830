/**
 * The snippet's credit words, in a module of their own: the embed control's client script builds snippets in the
 * browser, and importing the whole message table there shipped all of it (14.8 KB gz). The `embed` area lists
 * these entries, so the table stays complete.
 */
export const SNIPPET_WORDS = {
  'embed.snippetLink': { zh: '（山海）', en: ' (Shanhai)' },
  'embed.snippetCaption': { zh: '（山海，数据 CC BY 4.0）', en: ' (Shanhai, data CC BY 4.0)' },
} as const;
