/**
 * The extraction helper: reads a raw scraped article and writes a draft curated file for review.
 *
 *   npm run extract -- <article.txt> [--date YYYY-MM-DD] [--id <source-id>] [--out <folder>] [--force]
 *
 * The draft goes to data/curated/drafts/<source-id>.draft.json (the data build never reads that folder). Every
 * guessed field is listed in the fact's "_review" and explained in its "note"; see content/README.md.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeUtf8 } from '../src/lib/check/decodeUtf8';
import { extractDraft, MAX_ARTICLE_CHARS } from '../src/lib/extract/extractDraft';
import { formatDraftJson } from '../src/lib/extract/formatDraftJson';
import { loadReference } from '../src/lib/reference/loadReference';
import { fail, takeOption } from './cliOptions';

const USAGE =
  'usage: npm run extract -- <article.txt> [--date YYYY-MM-DD] [--id <source-id>] [--out <folder>] [--force]';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => takeOption(args, name, USAGE);
const date = option('--date');
const id = option('--id');
const out = option('--out') ?? 'data/curated/drafts';
const force = args.includes('--force');
const positional = args.filter((a) => a !== '--force');
const [article, ...extra] = positional;
if (article === undefined || extra.length > 0 || positional.some((a) => a.startsWith('--'))) fail(USAGE);
if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date "${date}" is not a date — write YYYY-MM-DD`);
if (id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  fail(`--id "${id}" is not an id — use lowercase letters, digits and hyphens`);
}
if (!existsSync(article)) fail(`${article}: no such file`);
if (!statSync(article).isFile())
  fail(`${article}: is a folder, not an article — give the path of one article's text file`);
// Refuse huge files before reading them into memory as text.
const bytes = statSync(article).size;
if (bytes > MAX_ARTICLE_CHARS * 4) {
  fail(
    `${article}: the file is ${(bytes / 1_048_576).toFixed(1)} MB; the helper reads articles up to ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters — is this really one article? Split it or cut the page chrome first`,
  );
}
const decoded = decodeUtf8(readFileSync(article));
if (!decoded.ok && decoded.binary) {
  fail(
    `${article}: the file holds binary data (a NUL byte), not text — give the helper the article saved as plain text`,
  );
}
if (!decoded.ok) fail(`${article}: the file is not valid UTF-8 text — save it as UTF-8 (without GBK/Big5 encoding)`);
const raw = decoded.text;

const started = performance.now();
const result = extractDraft({
  raw,
  file: basename(article),
  reference: loadReference(),
  ...(date === undefined ? {} : { date }),
  ...(id === undefined ? {} : { id }),
});
if (!result.ok) fail(`${article}: ${result.error}`);
const { draft, report } = result;

const target = join(out, `${draft.source.id}.draft.json`);
const curated = join('data/curated', `${draft.source.id}.json`);
for (const existing of [target, curated]) {
  if (existsSync(existing) && !force) {
    fail(
      `${existing} already exists; nothing was written. Pass --id <another-id>, or --force to write the draft anyway.`,
    );
  }
}

console.log(`Cleaned ${basename(article)}: ${report.paragraphs} paragraphs kept, ${report.sentences} sentences.`);
if (report.removed.length === 0) console.log('  nothing removed');
for (const r of report.removed) {
  const what = r.what.length > 60 ? `${r.what.slice(0, 57)}…` : r.what;
  console.log(
    `  removed ${r.kind}: ${what} — ${r.count}× (line${r.lines.length > 1 ? 's' : ''} ${r.lines.slice(0, 10).join(', ')}${r.lines.length > 10 ? ', …' : ''})`,
  );
}
console.log(
  `Script: ${report.script}. Date: ${report.date === undefined ? 'none found — pass --date YYYY-MM-DD' : `${report.date.value} (${report.date.from === 'option' ? '--date' : 'printed in the text'})`}.`,
);
console.log(`Places: ${report.main.why}.`);
const { title, outlet, authors } = draft.source;
console.log(`Source: “${title}”, ${outlet}${authors.length > 0 ? `, by ${authors.join('、')}` : ', no byline found'}.`);
const traps = draft.facts.filter((f) => f._review.includes('trap')).length;
if (traps > 0 || draft._setAside !== undefined) {
  console.log(`Traps: ${traps} marked (see "TRAP —" notes), ${draft._setAside?.length ?? 0} set aside in "_setAside".`);
}

mkdirSync(out, { recursive: true });
writeFileSync(target, formatDraftJson(draft));
const ms = Math.round(performance.now() - started);
console.log(`\nWrote ${draft.facts.length} candidate facts to ${target} (${ms} ms).`);
console.log('Next: review every fact (its "_review" says what to check, its "note" how it was guessed), fill in the');
console.log(
  `TODOs, delete "_review", "_confidence" and "_setAside", then move the file to ${curated}, run npm run format`,
);
console.log('and npm run check.');
