/**
 * Chromium driven by playwright-core, with the flags every browser test and the benchmark use. The binary is found
 * by `findChromium` ($CHROMIUM_PATH, a system browser, then the one `npm ci` brought); fonts come only from the
 * project's bundled Noto Sans SC (`bundledFontConfig`), so results do not depend on the machine's fonts.
 */
import { type Browser, chromium } from 'playwright-core';
import { writeBundledFontConfig } from './bundledFontConfig';
import { type ChromiumChoice, describeChromiumChoice, findChromium } from './findChromium';

/** Flags for a quiet, reproducible headless run (as root in CI, hence --no-sandbox). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

let chosen: Promise<ChromiumChoice> | undefined;

/** The browser for this process, found once (the test run's global set-up prints which one). */
export function chromiumForTests(): Promise<ChromiumChoice> {
  chosen ??= findChromium();
  return chosen;
}

/** Finds the browser before any test file runs, says which one, and hands the same binary to every test worker. */
export async function announceChromium(log: (line: string) => void = console.info): Promise<ChromiumChoice> {
  const choice = await chromiumForTests();
  log(describeChromiumChoice(choice));
  process.env.CHROMIUM_PATH = choice.path;
  return choice;
}

/** The environment Chromium is launched with: ours, with fontconfig limited to the bundled font. */
export function chromiumEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env.FONTCONFIG_FILE = writeBundledFontConfig();
  return env;
}

/** Launches Chromium (see the module comment for which one, and with which fonts). */
export async function launchBrowser(): Promise<Browser> {
  const { path } = await chromiumForTests();
  return chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, headless: true, env: chromiumEnv() });
}
