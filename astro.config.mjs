// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://shanhai.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  // Dev-only demo pages stay out of the sitemap.
  integrations: [sitemap({ filter: (page) => !page.includes('/dev/') })],
});
