// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://staatvanhetmkb.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
});
