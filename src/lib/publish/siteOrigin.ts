/**
 * The site's public origin, for absolute links in generated datasets (the CSVs' `source_page`, the data package,
 * CITATION.cff). Must equal `site` in astro.config.mjs (tests/publish/dataPackage.test.ts checks it).
 */
export const SITE_ORIGIN = 'https://shanhai.example.org';
