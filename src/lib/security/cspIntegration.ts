import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addContentSecurityPolicy } from './addContentSecurityPolicy';

/**
 * Adds each built page's Content-Security-Policy (see `addContentSecurityPolicy`) once Astro has written the
 * site: only then is every inline script — ours and Astro's — final, so its hash is right.
 */
export const contentSecurityPolicy: AstroIntegration = {
  name: 'shanhai-content-security-policy',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const root = fileURLToPath(dir);
      for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
        const file = join(entry.parentPath, entry.name);
        const html = readFileSync(file, 'utf8');
        const secured = addContentSecurityPolicy(html);
        if (secured !== html) writeFileSync(file, secured);
      }
    },
  },
};
