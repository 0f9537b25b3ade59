import type { FigureView } from '../pages/figure-view.ts';
import { absoluteUrl, figureUrl, homeUrl, siteName, sitePath } from '../pages/site.ts';
import type { Attribution } from '../provenance/attribution.ts';
import { downloadColumns, downloadPath, licence } from './downloads.ts';

/**
 * Frictionless Data Packages (https://datapackage.org) describing the figures' CSVs: one per figure beside
 * its CSV (/figuren/<id>/datapackage.json, path relative) and one for the site (/downloads/datapackage.json,
 * paths as absolute URLs: the standard allows no `..` in a relative path).
 */

/** Where the site-wide package is (src/pages/downloads/datapackage.json.ts). */
export const siteDatapackagePath = sitePath('/downloads/datapackage.json');

/**
 * CC BY 4.0 holds for the numbers of CBS and DNB only: a package with no such number claims no licence,
 * one with numbers of other publishers too says the licence covers only the rows that say so.
 */
function licencesOf(attributions: readonly Attribution[]): { licenses?: { name: string; path: string; title: string }[] } {
  if (!attributions.some((a) => a.licence !== null)) return {};
  const only = attributions.some((a) => a.licence === null) ? ' (alleen de rijen met licentie CC BY 4.0: de cijfers van CBS en DNB)' : '';
  return { licenses: [{ name: licence.name, path: licence.path, title: `${licence.title}${only}` }] };
}

function sourcesOf(attributions: readonly Attribution[]): { title: string; path?: string }[] {
  const seen = new Map<string, { title: string; path?: string }>();
  for (const a of attributions) {
    const title = a.licence ? a.citation : `${a.citation}: cijfer overgenomen uit ${a.publisher}`;
    if (!seen.has(title)) seen.set(title, a.url ? { title, path: a.url } : { title });
  }
  return [...seen.values()];
}

/** The resource of one figure's CSV. */
function resource(view: FigureView, path: string) {
  return {
    name: view.spec.id,
    path,
    profile: 'tabular-data-resource',
    title: view.spec.title,
    description: `${view.subtitle}. ${view.sourceLine}`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', header: true, commentChar: '#', lineTerminator: '\r\n' },
    schema: { fields: downloadColumns.map((c) => ({ name: c.name, type: c.type, description: c.description })), missingValues: [''] },
    ...licencesOf(view.attributions),
    sources: sourcesOf(view.attributions),
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** /figuren/<id>/datapackage.json */
export function figureDatapackage(view: FigureView): string {
  return json({
    profile: 'tabular-data-package',
    name: view.spec.id,
    id: absoluteUrl(figureUrl(view.spec.id)),
    title: view.spec.title,
    description: view.subtitle,
    homepage: absoluteUrl(figureUrl(view.spec.id)),
    version: view.drop,
    ...licencesOf(view.attributions),
    sources: sourcesOf(view.attributions),
    resources: [resource(view, 'cijfers.csv')],
  });
}

/** /downloads/datapackage.json: every figure's CSV. */
export function siteDatapackage(views: readonly FigureView[]): string {
  const drop = views[0]?.drop ?? '';
  return json({
    profile: 'tabular-data-package',
    name: 'staat-van-het-mkb',
    id: absoluteUrl(siteDatapackagePath),
    title: siteName,
    description: 'De cijfers achter elke figuur van het dashboard, één CSV per figuur, met de bron van elk getal.',
    homepage: absoluteUrl(homeUrl),
    version: drop,
    ...licencesOf(views.flatMap((v) => v.attributions)),
    sources: sourcesOf(views.flatMap((v) => v.attributions)),
    resources: views.map((view) => resource(view, absoluteUrl(downloadPath(view.def, 'csv')))),
  });
}
