import { join } from 'node:path';
import { buildSync } from 'esbuild';

const cache = new Map<string, string>();

/**
 * Bundles a browser script (path relative to the repository root) into one minified IIFE for an inline `<script>`.
 * Embeds inline their scripts: inside `<iframe sandbox="allow-scripts">` the page's origin is opaque, and a module
 * script from the site's origin would need CORS headers a static host may not send.
 */
export function bundleInlineScript(entry: string): string {
  const cached = cache.get(entry);
  if (cached !== undefined) return cached;
  const result = buildSync({
    entryPoints: [join(process.cwd(), entry)],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  // `</script` inside the code would end the inline element early.
  const safe = code.replace(/<\/script/gi, '<\\/script');
  cache.set(entry, safe);
  return safe;
}
