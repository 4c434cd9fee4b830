/**
 * The set-up every page-level browser test file shares: the built site served on a free local port and one
 * Chromium for the file, both opened before its tests and closed after.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type DistServer, serveDist } from '../../../scripts/serve-dist';
import { launchBrowser } from './launchBrowser';

export interface SiteInBrowser {
  readonly server: DistServer;
  readonly browser: Browser;
}

/** Registers the hooks; the returned object's fields are usable inside tests (after `beforeAll` ran). */
export function useSiteInBrowser(): SiteInBrowser {
  let server: DistServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not open yet: use it inside a test`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'the site server');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
  };
}
