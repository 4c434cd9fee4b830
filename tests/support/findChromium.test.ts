import { describe, expect, it } from 'vitest';
import { formatFontConfig } from '../browser/support/bundledFontConfig';
import {
  describeChromiumChoice,
  findChromium,
  NO_CHROMIUM_MESSAGE,
  SYSTEM_CHROMIUM_PATHS,
} from '../browser/support/findChromium';

const linux = { platform: 'linux', arch: 'x64' } as const;
const unpackPackaged = async () => '/tmp/chromium';

describe('findChromium', () => {
  it('takes $CHROMIUM_PATH first, even when a system browser exists', async () => {
    const choice = await findChromium({
      ...linux,
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      isUsable: () => true,
      unpackPackaged,
    });
    expect(choice).toEqual({ path: '/opt/chrome/chrome', origin: 'CHROMIUM_PATH' });
  });

  it('refuses a $CHROMIUM_PATH that is not an executable file instead of silently using another browser', async () => {
    await expect(
      findChromium({ ...linux, env: { CHROMIUM_PATH: '/nope' }, isUsable: () => false, unpackPackaged }),
    ).rejects.toThrow(
      'CHROMIUM_PATH=/nope is not an executable file: point it at a Chrome or Chromium binary, or unset it',
    );
  });

  it('then a system browser, Debian’s path before the others', async () => {
    const usable = new Set(['/usr/bin/google-chrome', '/usr/bin/chromium']);
    const choice = await findChromium({ ...linux, env: {}, isUsable: (p) => usable.has(p), unpackPackaged });
    expect(choice).toEqual({ path: '/usr/bin/chromium', origin: 'system' });
    expect(SYSTEM_CHROMIUM_PATHS[0]).toBe('/usr/bin/chromium');
  });

  it('then the packaged browser on Linux x64 (an empty $CHROMIUM_PATH counts as unset)', async () => {
    const choice = await findChromium({ ...linux, env: { CHROMIUM_PATH: '' }, isUsable: () => false, unpackPackaged });
    expect(choice).toEqual({ path: '/tmp/chromium', origin: 'npm package' });
    expect(describeChromiumChoice(choice)).toBe(
      'browser tests use /tmp/chromium (packaged by @sparticuz/chromium (no system browser found))',
    );
  });

  it('on macOS with no browser found says to set CHROMIUM_PATH', async () => {
    await expect(
      findChromium({ platform: 'darwin', arch: 'arm64', env: {}, isUsable: () => false, unpackPackaged }),
    ).rejects.toThrow(NO_CHROMIUM_MESSAGE);
    expect(NO_CHROMIUM_MESSAGE).toContain(
      'CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"',
    );
  });
});

describe('formatFontConfig', () => {
  it('lists only the given font folders and a cache folder (no system font folders, escaped)', () => {
    const text = formatFontConfig(['/repo/fonts/400Regular', '/a&b/700Bold'], '/tmp/cache');
    expect(text).toContain('<dir>/repo/fonts/400Regular</dir>');
    expect(text).toContain('<dir>/a&amp;b/700Bold</dir>');
    expect(text).toContain('<cachedir>/tmp/cache</cachedir>');
    expect(text.match(/<dir>/g)).toHaveLength(2);
    expect(text).not.toContain('/usr/share/fonts');
    expect(text).not.toContain('<include');
  });
});
