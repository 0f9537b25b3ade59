// @ts-check
import { defineConfig } from 'astro/config';
import { readOutDir, readSiteConfig } from './src/lib/site-config.ts';

// SITE_URL, BASE_PATH and OUT_DIR: see src/lib/site-config.ts and README.md, "Publiceren".
const { origin, base } = siteConfig();

function siteConfig() {
  try {
    return readSiteConfig(process.env);
  } catch (error) {
    // A wrong value is the maintainer's input: say which and stop, without a stack trace.
    console.error(`astro.config.mjs: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

export default defineConfig({
  site: origin,
  base,
  outDir: readOutDir(process.env),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  // Never inline scripts: the pages' Content-Security-Policy allows only scripts from the site itself.
  vite: { build: { assetsInlineLimit: 0 } },
});
