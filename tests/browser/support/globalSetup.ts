/** vitest global set-up for the browser tests: find (and unpack, if packaged) Chromium once and say which it is. */
import { announceChromium } from './launchBrowser';

export default async function setup(): Promise<void> {
  await announceChromium();
}
