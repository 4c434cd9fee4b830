/**
 * The dev runner: builds the data, starts `astro dev`, and rebuilds the data whenever a file under data/ is saved
 * (debounced; drafts are ignored). A failed rebuild prints every problem and leaves the last good public/data/ in
 * place, so the preview keeps working while the editor fixes the file.
 *
 *   npm run dev            (package.json: "dev": "tsx scripts/dev.ts")
 *
 * Stories (content/stories/) are read by the pages; astro.config.mjs watches them and public/data/ and reloads the
 * browser (see the shanhai-reload-on-content-change integration).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';

const DEBOUNCE_MS = 250;

function buildData(): void {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], { stdio: 'inherit' });
  const ms = Math.round(performance.now() - started);
  console.log(
    run.status === 0
      ? `[dev] data rebuilt (${ms} ms)`
      : '[dev] data NOT rebuilt — fix the problems above; the preview still shows the last good data',
  );
}

buildData();

let timer: NodeJS.Timeout | undefined;
const watcher = watch('data', { recursive: true }, (_event, name) => {
  const file = String(name ?? '');
  if (file.startsWith(join('curated', 'drafts')) || !/\.json$/.test(file)) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    console.log(`[dev] data/${file} changed`);
    buildData();
  }, DEBOUNCE_MS);
});

const astro: ChildProcess = spawn(join('node_modules', '.bin', 'astro'), ['dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
const stop = (): void => {
  watcher.close();
  astro.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
astro.on('exit', (code) => {
  watcher.close();
  process.exit(code ?? 0);
});
