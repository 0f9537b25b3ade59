// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://staatvanhetmkb.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  // Never inline scripts: the pages' Content-Security-Policy allows only scripts from the site itself.
  vite: { build: { assetsInlineLimit: 0 } },
});
