// The built site's sitemap.xml, robots.txt and Atom feed (dist/, as npm run build makes it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSiteUrl } from '../helpers/built-site.ts';
import { generatedDir, requireDist } from '../helpers/dist.ts';
import { describeSiteFiles, parsePages } from '../helpers/site-files.ts';

const dir = requireDist();
const site = builtSiteUrl(dir);
const drops = (JSON.parse(readFileSync(join(generatedDir, 'changes.json'), 'utf8')) as { drops: { id: string }[] }).drops.map((d) => d.id);

const pages = parsePages(dir);

describeSiteFiles(
  'dist/',
  () => ({ dir, site, pages }),
  () => drops,
);
