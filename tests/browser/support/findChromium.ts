/**
 * Which Chromium the browser tests and the benchmark drive, found in a fixed order so that `npm test` works on a
 * fresh machine with only Node and npm:
 *   1. `$CHROMIUM_PATH` (an explicit choice: an error when it is not an executable file);
 *   2. a system Chromium or Chrome at a well-known path;
 *   3. the Chromium shipped inside the `@sparticuz/chromium` npm package (Linux x64 only), unpacked on first use.
 */
import { accessSync, constants, statSync } from 'node:fs';

export type ChromiumOrigin = 'CHROMIUM_PATH' | 'system' | 'npm package';

export interface ChromiumChoice {
  readonly path: string;
  readonly origin: ChromiumOrigin;
}

/** Well-known install paths, Debian's first (what CI used before the packaged browser). */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
] as const;

/** True for a non-empty file this process may execute (an empty placeholder or a folder is not a browser). */
export function isExecutableFile(path: string): boolean {
  try {
    const stats = statSync(path);
    if (!stats.isFile() || stats.size === 0) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface FindChromiumOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
  readonly arch?: string;
  readonly isUsable?: (path: string) => boolean;
  /** Unpacks the packaged browser and returns its path (injected by tests). */
  readonly unpackPackaged?: () => Promise<string>;
}

/** The message when nothing is found: what to do on each kind of machine. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium for the browser tests: the packaged one (@sparticuz/chromium) runs on Linux x64 only. ' +
  'Set CHROMIUM_PATH to an installed Chrome or Chromium, e.g. ' +
  'CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" on macOS or ' +
  'CHROMIUM_PATH="C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" on Windows.';

async function unpackSparticuzChromium(): Promise<string> {
  const { default: packaged } = await import('@sparticuz/chromium');
  // The package's own flags target AWS Lambda (--single-process, --disable-web-security …); we pass ours.
  return packaged.executablePath();
}

/** Finds the browser in the documented order; throws `NO_CHROMIUM_MESSAGE` (or a bad-`CHROMIUM_PATH` error). */
export async function findChromium(options: FindChromiumOptions = {}): Promise<ChromiumChoice> {
  const env = options.env ?? process.env;
  const isUsable = options.isUsable ?? isExecutableFile;
  const explicit = env.CHROMIUM_PATH;
  if (explicit !== undefined && explicit !== '') {
    if (!isUsable(explicit)) {
      throw new Error(
        `CHROMIUM_PATH=${explicit} is not an executable file: point it at a Chrome or Chromium binary, or unset it`,
      );
    }
    return { path: explicit, origin: 'CHROMIUM_PATH' };
  }
  const system = SYSTEM_CHROMIUM_PATHS.find((path) => isUsable(path));
  if (system !== undefined) return { path: system, origin: 'system' };
  if ((options.platform ?? process.platform) === 'linux' && (options.arch ?? process.arch) === 'x64') {
    return { path: await (options.unpackPackaged ?? unpackSparticuzChromium)(), origin: 'npm package' };
  }
  throw new Error(NO_CHROMIUM_MESSAGE);
}

/** One line for the test log: which browser, and why that one. */
export function describeChromiumChoice(choice: ChromiumChoice): string {
  const why = {
    CHROMIUM_PATH: 'from $CHROMIUM_PATH',
    system: 'system browser',
    'npm package': 'packaged by @sparticuz/chromium (no system browser found)',
  }[choice.origin];
  return `browser tests use ${choice.path} (${why})`;
}
