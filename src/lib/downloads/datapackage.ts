import type { SourceRecord } from '../generated.ts';
import type { FigureView } from '../pages/figure-view.ts';
import { absoluteUrl, figureUrl, homeUrl, siteName, sitePath } from '../pages/site.ts';
import { citation } from '../pages/source-line.ts';
import { downloadColumns, downloadPath, licence } from './downloads.ts';

/**
 * Frictionless Data Packages (https://datapackage.org) describing the figures' CSVs: one per figure beside
 * its CSV (/figuren/<id>/datapackage.json, path relative) and one for the site (/downloads/datapackage.json,
 * paths as absolute URLs: the standard allows no `..` in a relative path).
 */

/** Where the site-wide package is (src/pages/downloads/datapackage.json.ts). */
export const siteDatapackagePath = sitePath('/downloads/datapackage.json');

const licences = [{ name: licence.name, path: licence.path, title: licence.title }];

function sourcesOf(records: readonly SourceRecord[]): { title: string; path?: string }[] {
  const seen = new Map<string, { title: string; path?: string }>();
  for (const s of records) {
    const title = `${citation(s)}: ${s.title}`;
    if (!seen.has(title)) seen.set(title, s.url ? { title, path: s.url } : { title });
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
    description: `${view.spec.subtitle}. ${view.sourceLine}`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', header: true, commentChar: '#', lineTerminator: '\r\n' },
    schema: { fields: downloadColumns.map((c) => ({ name: c.name, type: c.type, description: c.description })) },
    licenses: licences,
    sources: sourcesOf(view.sources),
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
    description: view.spec.subtitle,
    homepage: absoluteUrl(figureUrl(view.spec.id)),
    version: view.drop,
    licenses: licences,
    sources: sourcesOf(view.sources),
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
    licenses: licences,
    sources: sourcesOf(views.flatMap((v) => v.sources)),
    resources: views.map((view) => resource(view, absoluteUrl(downloadPath(view.spec.id, 'csv')))),
  });
}
