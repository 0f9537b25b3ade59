import { z } from 'astro/zod';
import {
  type Publisher,
  publisherNamed,
  publisherOfHost,
  publisherOfUrl,
  registeredSite,
  siteOf,
  UnknownSourcePublisherError,
} from './publishers.ts';

/**
 * Who published a value, where, and under which licence: built once per series (from its source record)
 * or per single figure (from its source URL) by `npm run data`, and carried by every table cell, tooltip
 * and download row of that value.
 */
export const attributionSchema = z.object({
  /** The publisher as the site cites it: "CBS", "DNB", "NVB". */
  publisher: z.string().min(1),
  /** How the value is cited: "CBS, tabel 82242NED", "NVB (nvb.nl)", "CBS, tabel 85612, samengesteld door een derde partij". */
  citation: z.string().min(1),
  /** The table page or the article the value was taken from; null when the source names none. */
  url: z.string().url().nullable(),
  /** "CC BY 4.0" for CBS and DNB data; null for a figure quoted from another publisher. */
  licence: z.string().nullable(),
  /** A third party that assembled the publisher's figures (not a raw capture), as the drop names it. */
  assembly: z.string().nullable(),
});
export type Attribution = z.infer<typeof attributionSchema>;

/** What a drop records about a source (src/generated/*.meta.json), as far as attribution needs it. */
export interface SourceFacts {
  publisher: string;
  tableId: string;
  title: string;
  url: string | null;
}

const cbsTable = /^\d{5}[A-Z]{3}$/;
const thirdParty = /^derde partij\b/;

/** "CBS, tabel 82242NED" for a CBS table id, else "<publisher>, <title>". */
function cite(publisher: Publisher, tableId: string | undefined, title: string): string {
  return tableId && /^\d{5}/.test(tableId) ? `${publisher.name}, tabel ${tableId}` : `${publisher.name}, ${title}`;
}

/**
 * The attribution of every value of a source. The record names CBS or DNB, a publication of one
 * ("CBS (Financieringsmonitor)"), or a third party that assembled a table of one ("derde partij
 * (cbsodata-export van CBS-tabel 81589NED)"): then the table's publisher is the publisher and the third
 * party is named as the assembly. Anything else throws: the build does not guess whose figures they are.
 */
export function sourceAttribution(source: SourceFacts): Attribution {
  const url = source.url;
  if (thirdParty.test(source.publisher)) {
    const host = url ? siteOf(url) : undefined;
    const table = cbsTable.test(source.tableId) ? source.tableId : /CBS-tabel (\w+)/.exec(source.publisher)?.[1];
    const publisher = host ? publisherOfHost(host) : table ? publisherNamed('CBS') : undefined;
    if (!publisher)
      throw new UnknownSourcePublisherError(
        `source ${source.tableId}: cannot tell whose figures the third party "${source.publisher}" assembled`,
      );
    return {
      publisher: publisher.name,
      citation: `${cite(publisher, table, source.title)}, samengesteld door een derde partij`,
      url,
      licence: publisher.licence,
      assembly: source.publisher,
    };
  }
  const publication = /^(.+?) \((.+)\)$/.exec(source.publisher);
  const publisher = publisherNamed(publication ? publication[1]! : source.publisher);
  return {
    publisher: publisher.name,
    citation: publication ? `${publisher.name}, ${publication[2]}` : cite(publisher, source.tableId, source.title),
    url,
    licence: publisher.licence,
    assembly: null,
  };
}

/** The attribution of a single figure: the publisher of the page it was published on ("NVB (nvb.nl)", "NU.nl"). */
export function figureAttribution(sourceUrl: string): Attribution {
  const publisher = publisherOfUrl(sourceUrl);
  const site = registeredSite(publisher, siteOf(sourceUrl) ?? '');
  return {
    publisher: publisher.name,
    citation: publisher.name.toLowerCase() === site ? publisher.name : `${publisher.name} (${site})`,
    url: sourceUrl,
    licence: publisher.licence,
    assembly: null,
  };
}

/** The attribution of a source whose values share one, or undefined for a collection of single figures. */
export function recordAttribution(source: SourceFacts): Attribution | undefined {
  try {
    return sourceAttribution(source);
  } catch (error) {
    if (error instanceof UnknownSourcePublisherError) return undefined;
    throw error;
  }
}
