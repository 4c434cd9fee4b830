/**
 * The site's 审图号 (map approval number): `mapApprovalNumber` in `site.config.json` at the project root, `null`
 * until the operator has one (README, "审图号"). Every map and map export prints it at the lower left; the build
 * warns while it is unset. Build-time only (Node).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const SITE_CONFIG_FILE = 'site.config.json';
export const MAP_APPROVAL_SETTING = 'mapApprovalNumber';

/** A number as the 自然资源主管部门 prints it: GS(2024)0650号, GS京(2023)1234号, 粤S(2024)012号 (half- or full-width brackets). */
const APPROVAL_PATTERN = /^[A-Z\p{Script=Han}]{1,4}[(（]\d{4}[)）]\d{1,6}号$/u;

const siteConfigSchema = z
  .object({
    [MAP_APPROVAL_SETTING]: z.string().trim().regex(APPROVAL_PATTERN).nullable(),
  })
  .strict();

/** Parses the settings text; throws naming the file, the setting, what is wrong and how to fix it. */
export function parseMapApproval(text: string, file: string = SITE_CONFIG_FILE): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}) — fix the syntax; see README "审图号"`);
  }
  const parsed = siteConfigSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `${file} (${MAP_APPROVAL_SETTING}): must be null or a 审图号 written as issued, e.g. "GS(2024)0650号" or ` +
        `"GS京(2023)1234号" — got ${JSON.stringify((json as Record<string, unknown> | null)?.[MAP_APPROVAL_SETTING])}; ` +
        `no other keys are allowed`,
    );
  }
  return parsed.data[MAP_APPROVAL_SETTING] ?? undefined;
}

let cached: { root: string; value: string | undefined } | undefined;

/** The 审图号 from `site.config.json` in `root` (default: the working directory), or undefined while unset. */
export function loadMapApproval(root: string = process.cwd()): string | undefined {
  if (cached?.root === root) return cached.value;
  const file = path.join(root, SITE_CONFIG_FILE);
  const value = parseMapApproval(readFileSync(file, 'utf8'), SITE_CONFIG_FILE);
  cached = { root, value };
  return value;
}

/** The build's warning while the setting is unset (printed by the `shanhai-map-approval` integration). */
export const MAP_APPROVAL_WARNING =
  `${SITE_CONFIG_FILE}: "${MAP_APPROVAL_SETTING}" is not set, so the maps carry no 审图号. Maps of China shown to the ` +
  `public in China need one: apply to the 自然资源主管部门 (see /about/#map and the README section on the 审图号), then set ` +
  `"${MAP_APPROVAL_SETTING}": "GS(2025)1234号" and rebuild.`;
