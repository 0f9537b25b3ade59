import { element, escapeXml } from '../downloads/xml.ts';
import {
  type ChangesFile,
  changelogUrl,
  changeTotal,
  countsText,
  dropUrl,
  dropView,
  type FigureSeries,
  figureChanges,
  figureSeries,
} from './changes-view.ts';
import type { FigureView } from './figure-view.ts';
import { absoluteUrl, figureUrl, siteName, sitePath, siteShortName } from './site.ts';

/**
 * The Atom feed (RFC 4287) of new drops: one entry per drop, newest first, with the figures whose data it
 * changed. Every date is a drop's date (midnight UTC), never the build's, so the same drops give the same feed.
 */

export const feedPath = sitePath('/feed.xml');
export const feedTitle = `${siteShortName}: nieuwe cijfers`;

/** What the feed needs of a figure: its id and title, and the series it draws (figureSeries). */
export interface FeedFigure {
  id: string;
  title: string;
  uses: FigureSeries;
  datasets: readonly string[];
}

/** The feed's view of the figures, in the site's order. */
export function feedFigures(views: readonly FigureView[]): FeedFigure[] {
  return views.map((view) => ({
    id: view.spec.id,
    title: view.spec.title,
    uses: figureSeries(view.content),
    datasets: view.spec.datasets,
  }));
}

const atomNamespace = 'http://www.w3.org/2005/Atom';

/** A drop's date as an Atom date: "2026-07-17T00:00:00Z". */
export function atomDate(dropId: string): string {
  return `${dropId.slice(0, 10)}T00:00:00Z`;
}

export function atomFeed(changes: ChangesFile, figures: readonly FeedFigure[]): string {
  const drops = [...changes.drops].reverse();
  const latest = drops[0]!;
  const entries = drops.map((drop) => {
    const view = dropView(drop);
    const changed = figures
      .map((figure) => ({ figure, counts: figureChanges(drop, figure.uses, figure.datasets) }))
      .filter(({ counts }) => drop.first || changeTotal(counts) > 0);
    const items = changed.map(({ figure, counts }) => {
      const link = `<a href="${escapeXml(absoluteUrl(figureUrl(figure.id)))}">${escapeXml(figure.title)}</a>`;
      return `<li>${drop.first ? link : `${link}: ${escapeXml(countsText(counts))}`}</li>`;
    });
    const heading = drop.first ? 'Figuren in deze datadrop' : 'Figuren met gewijzigde cijfers';
    const html =
      `<p>${escapeXml(view.summary)}</p>` +
      (items.length > 0 ? `<p>${heading}:</p><ul>${items.join('')}</ul>` : '<p>Geen van de figuren kreeg andere cijfers.</p>');
    const url = absoluteUrl(dropUrl(drop.id));
    return element(
      'entry',
      {},
      element('id', {}, url),
      element('title', {}, view.title),
      element('updated', {}, atomDate(drop.id)),
      element('published', {}, atomDate(drop.id)),
      element('link', { rel: 'alternate', type: 'text/html', href: url }),
      element('summary', {}, view.summary),
      element('content', { type: 'html' }, html),
    );
  });
  const feed = element(
    'feed',
    { xmlns: atomNamespace, 'xml:lang': 'nl' },
    element('id', {}, absoluteUrl(feedPath)),
    element('title', {}, feedTitle),
    element('subtitle', {}, `Elke nieuwe datadrop van ${siteName}: wat er veranderde en in welke figuren.`),
    element('updated', {}, atomDate(latest.id)),
    element('link', { rel: 'self', type: 'application/atom+xml', href: absoluteUrl(feedPath) }),
    element('link', { rel: 'alternate', type: 'text/html', href: absoluteUrl(changelogUrl) }),
    element('author', {}, element('name', {}, siteName)),
    element('rights', {}, 'Cijfers van CBS en DNB onder licentie CC BY 4.0; de bron staat bij elke figuur'),
    ...entries,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n${feed.markup}\n`;
}
