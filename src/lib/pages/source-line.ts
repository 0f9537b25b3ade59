import { formatList } from '../../format/list.ts';
import { formatDate } from '../../format/period.ts';
import type { SourceRecord } from '../generated.ts';
import { type Attribution, sourceAttribution } from '../provenance/attribution.ts';
import { openLicence } from '../provenance/publishers.ts';

const cbsTable = /^\d{5}[A-Z]{3}$/;

/** How a source is cited: "CBS, tabel 82242NED", "DNB, Kernindicatoren monetaire statistieken (maand)". */
export function citation(source: SourceRecord): string {
  return sourceAttribution(source).citation;
}

/** "Tabel 82242NED gewijzigd op 12 juni 2026", or when the source gives no date, when it was retrieved. */
function dated(source: SourceRecord, only: boolean): string | undefined {
  const what = cbsTable.test(source.tableId) ? (only ? 'Tabel' : `Tabel ${source.tableId}`) : only ? 'Bron' : source.title;
  if (source.modified) return `${what} gewijzigd op ${formatDate(source.modified)}`;
  if (source.retrieved) return `${what} opgehaald op ${formatDate(source.retrieved)}`;
  return undefined;
}

/** Each citation once, in the order the values bring them. */
export function citations(attributions: readonly Attribution[]): string[] {
  return [...new Set(attributions.map((a) => a.citation))];
}

/** The publishers of values the site quotes without a licence to pass on ("NVB", "ESB"), each once. */
export function quotedPublishers(attributions: readonly Attribution[]): string[] {
  return [...new Set(attributions.filter((a) => a.licence === null).map((a) => a.publisher))];
}

/** The publishers whose values come under the open licence ("CBS", "DNB"), each once. */
export function openPublishers(attributions: readonly Attribution[]): string[] {
  return [...new Set(attributions.filter((a) => a.licence !== null).map((a) => a.publisher))];
}

/**
 * What may be done with the values: CC BY 4.0 for CBS and DNB data only; figures quoted from other
 * publishers are said to be quoted. "Licentie: CC BY 4.0." when every value is CBS's or DNB's.
 */
export function licenceText(attributions: readonly Attribution[]): string {
  const open = openPublishers(attributions);
  const quoted = quotedPublishers(attributions);
  if (quoted.length === 0) return `Licentie: ${openLicence}.`;
  const terms = 'voor hergebruik gelden de voorwaarden van de uitgever';
  if (open.length === 0) return `De cijfers zijn overgenomen uit de publicaties van ${formatList(quoted)}; ${terms}.`;
  return `Licentie: ${openLicence} voor de cijfers van ${formatList(open)}; de cijfers van ${formatList(quoted)} zijn overgenomen uit hun publicaties, ${terms}.`;
}

/**
 * The source line in CBS style: "Bron: CBS, tabel 82242NED; bewerking Staat van het mkb-dashboard. Tabel
 * gewijzigd op 12 juni 2026; datadrop 2026-07-17. Licentie: CC BY 4.0." The citations and the licence
 * follow the values shown (`attributions`, by default those of the sources' tables); the dates come from
 * the source records.
 */
export function sourceLine(
  sources: readonly SourceRecord[],
  drop: string,
  attributions: readonly Attribution[] = sources.map(sourceAttribution),
): string {
  const dates = sources.map((s) => dated(s, sources.length === 1)).filter((d): d is string => d !== undefined);
  const when = [...dates, `datadrop ${drop}`].join('; ');
  return `Bron: ${citations(attributions).join('; ')}; bewerking Staat van het mkb-dashboard. ${when.charAt(0).toUpperCase()}${when.slice(1)}. ${licenceText(attributions)}`;
}

/**
 * How to cite a figure: "Bron: CBS, tabel 82242NED, bewerking Staat van het mkb-dashboard, geraadpleegd
 * 17 juli 2026" — the same citations as the source line, dated with the drop (its id starts with its date).
 */
export function citationText(attributions: readonly Attribution[], drop: string): string {
  return `Bron: ${citations(attributions).join('; ')}, bewerking Staat van het mkb-dashboard, geraadpleegd ${formatDate(drop)}`;
}
