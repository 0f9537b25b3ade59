import { formatDate } from '../../format/period.ts';
import type { SourceRecord } from '../generated.ts';

const cbsTable = /^\d{5}[A-Z]{3}$/;

/** How a source is cited: "CBS, tabel 82242NED", "DNB, Kernindicatoren monetaire statistieken (maand)". */
export function citation(source: SourceRecord): string {
  if (cbsTable.test(source.tableId)) return `${source.publisher}, tabel ${source.tableId}`;
  return `${source.publisher}, ${source.title}`;
}

/** "Tabel 82242NED gewijzigd op 12 juni 2026", or when the source gives no date, when it was retrieved. */
function dated(source: SourceRecord, only: boolean): string | undefined {
  const what = cbsTable.test(source.tableId) ? (only ? 'Tabel' : `Tabel ${source.tableId}`) : only ? 'Bron' : source.title;
  if (source.modified) return `${what} gewijzigd op ${formatDate(source.modified)}`;
  if (source.retrieved) return `${what} opgehaald op ${formatDate(source.retrieved)}`;
  return undefined;
}

/**
 * The source line in CBS style: "Bron: CBS, tabel 82242NED; bewerking Staat van het mkb-dashboard. Tabel
 * gewijzigd op 12 juni 2026; datadrop 2026-07-17. Licentie: CC BY 4.0."
 */
export function sourceLine(sources: readonly SourceRecord[], drop: string): string {
  const citations = [...new Set(sources.map(citation))];
  const dates = sources.map((s) => dated(s, sources.length === 1)).filter((d): d is string => d !== undefined);
  const licences = [...new Set(sources.map((s) => s.licence))];
  const when = [...dates, `datadrop ${drop}`].join('; ');
  return `Bron: ${citations.join('; ')}; bewerking Staat van het mkb-dashboard. ${when.charAt(0).toUpperCase()}${when.slice(1)}. Licentie: ${licences.join(', ')}.`;
}

/**
 * How to cite a figure: "Bron: CBS, tabel 82242NED, bewerking Staat van het mkb-dashboard, geraadpleegd
 * 17 juli 2026" — the same citations as the source line, dated with the drop (its id starts with its date).
 */
export function citationText(sources: readonly SourceRecord[], drop: string): string {
  const citations = [...new Set(sources.map(citation))];
  return `Bron: ${citations.join('; ')}, bewerking Staat van het mkb-dashboard, geraadpleegd ${formatDate(drop)}`;
}
