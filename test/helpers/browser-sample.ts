import { readFileSync } from 'node:fs';
import type { Page } from './dist.ts';
import { type RouteTemplate, routeTemplates, templateOf } from './routes.ts';

/**
 * Templates whose every page the browser visits: each figure page and each theme page shows charts and text
 * no other page of its template has. Every other template gets one page per kind and its last page.
 */
export const everyPageOf: readonly string[] = ['/figuren/[id]/', '/[theme]/'];

export interface SampledPage extends Page {
  /** The route template it was built from ("/conjunctuur/mkbarometer/[period]/"). */
  template: string;
  /** Why it is visited: "every page", "kind: …" (the first page of that kind) or "last page". */
  reason: string;
}

export interface BrowserSample {
  /** The pages to visit, in URL order. */
  pages: SampledPage[];
  /** Every built page by template, with how many of them are visited. */
  templates: { route: string; file: string; built: number; visited: number }[];
}

/**
 * The kind of a page: the Plot marks its charts draw ("bar,rule,text"; Plot names each mark's group with
 * `aria-label`, the site's own marks too: the weather icons "zon", "wolk", "regen"). Two pages of one template
 * with the same marks differ in their numbers, not in what a browser can find wrong with them.
 */
export function chartKind(page: Page): string {
  const html = readFileSync(page.file, 'utf8');
  const marks = new Set<string>();
  for (const match of html.matchAll(/<g\b[^>]*?\saria-label="([^"]*)"/g)) marks.add(match[1]!);
  return [...marks].sort().join(',') || 'no chart';
}

/**
 * Which built pages the browser tests visit: all of `everyPage`'s templates; of any other template the first
 * page (in URL order) of each kind and the last page (for the quarter and drop pages: the latest). Throws
 * when a built page comes from no route in src/pages, so that no page goes unaccounted for.
 */
export function browserSample(
  built: readonly Page[],
  options: { templates?: readonly RouteTemplate[]; everyPage?: readonly string[]; kindOf?: (page: Page) => string } = {},
): BrowserSample {
  const templates = options.templates ?? routeTemplates();
  const everyPage = new Set(options.everyPage ?? everyPageOf);
  const kindOf = options.kindOf ?? chartKind;
  const byTemplate = new Map<RouteTemplate, Page[]>(templates.map((t) => [t, []]));
  const orphans: string[] = [];
  for (const page of [...built].sort((a, b) => a.url.localeCompare(b.url))) {
    const template = templateOf(page.url, templates);
    if (template) byTemplate.get(template)!.push(page);
    else orphans.push(page.url);
  }
  if (orphans.length > 0) {
    throw new Error(`built pages that match no route in src/pages (test/helpers/routes.ts): ${orphans.join(', ')}`);
  }
  const pages: SampledPage[] = [];
  const summary: BrowserSample['templates'] = [];
  for (const [template, group] of byTemplate) {
    const chosen = new Map<Page, string>();
    if (everyPage.has(template.route)) for (const page of group) chosen.set(page, 'every page');
    else {
      const kinds = new Set<string>();
      for (const page of group) {
        const kind = kindOf(page);
        if (!kinds.has(kind)) chosen.set(page, `kind: ${kind}`);
        kinds.add(kind);
      }
      const last = group.at(-1);
      if (last && !chosen.has(last)) chosen.set(last, 'last page');
    }
    for (const [page, reason] of chosen) pages.push({ ...page, template: template.route, reason });
    summary.push({ route: template.route, file: template.file, built: group.length, visited: chosen.size });
  }
  return { pages: pages.sort((a, b) => a.url.localeCompare(b.url)), templates: summary };
}
