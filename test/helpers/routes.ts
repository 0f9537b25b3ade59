import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { projectRoot } from './dist.ts';

/** A route file of src/pages that builds HTML pages, e.g. "/figuren/[id]/" from src/pages/figuren/[id].astro. */
export interface RouteTemplate {
  /** The URL with its parameters in brackets, as the built pages have it: "/figuren/[id]/", "/404.html". */
  route: string;
  /** The page file, relative to the project root. */
  file: string;
  pattern: RegExp;
  /** Per URL segment: 0 static, 1 with a parameter, 2 a rest parameter; Astro prefers the lowest, segment by segment. */
  rank: number[];
}

const pageExtensions = /\.(astro|md|mdx|html)$/;
// Endpoints make HTML only when their name says so (feed.html.ts); the others write CSV, JSON, PNG, SVG.
const htmlEndpoint = /\.html\.(ts|js)$/;

/** Every route in `pagesDir` (default src/pages) that builds HTML, as astro.config.mjs builds it (trailing slash, directories). */
export function routeTemplates(pagesDir = join(projectRoot, 'src/pages')): RouteTemplate[] {
  const templates: RouteTemplate[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      // Astro leaves out files and folders whose name starts with an underscore.
      if (entry.name.startsWith('_')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (pageExtensions.test(entry.name) || htmlEndpoint.test(entry.name)) templates.push(template(pagesDir, path));
    }
  };
  walk(pagesDir);
  return templates.sort((a, b) => a.route.localeCompare(b.route));
}

function template(pagesDir: string, file: string): RouteTemplate {
  const path = relative(pagesDir, file).split(sep).join('/');
  const endpoint = htmlEndpoint.test(path);
  const segments = (endpoint ? path.replace(/\.(ts|js)$/, '') : path.replace(pageExtensions, '')).split('/');
  if (segments.at(-1) === 'index') segments.pop();
  const name = segments.join('/');
  // Astro writes 404 and 500 as files; every other page is a folder with an index.html (build.format 'directory').
  const route = endpoint ? `/${name}` : /^(404|500)$/.test(name) ? `/${name}.html` : name === '' ? '/' : `/${name}/`;
  // A rest parameter may be empty ("/embed/[id]/[...view]/" builds /embed/<id>/ too): it takes its slash with it.
  const source = route
    .split(/(\/\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
    .map((part) => (part.startsWith('/[...') ? '(?:/.+)?' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
    .join('');
  return {
    route,
    file: relative(projectRoot, file).split(sep).join('/'),
    pattern: new RegExp(`^${source}$`),
    rank: segments.map((segment) => (segment.includes('[...') ? 2 : segment.includes('[') ? 1 : 0)),
  };
}

/** The template a built page comes from: of those whose pattern matches, the most specific (static segments first). */
export function templateOf(url: string, templates: readonly RouteTemplate[]): RouteTemplate | undefined {
  const matches = templates.filter((t) => t.pattern.test(url));
  return matches.sort((a, b) => compareRanks(a.rank, b.rank))[0];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? -1) - (b[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
