import { basename, extname } from 'node:path';
import { fingerprint } from '../../lib/sha256.ts';
import { cbsTableIdPattern, statLineUrl } from '../../lib/statline-url.ts';
import type { Provenance } from '../source-table.ts';
import type { ExportLayout } from './read-export-layout.ts';

const idInTitle = /\s*\((\d{5}[A-Za-z]{3})\)/;
const idInFileName = /^(\d{5}[A-Za-z]{3})(?=[_\-. ]|$)/;
// "Centraal Bureau voor de Statistiek, Den Haag/Heerlen 12-06-2026": the day StatLine made the export.
const exportDate = /Centraal Bureau voor de Statistiek.*?\b(\d{2})-(\d{2})-(\d{4})\b/;

/** Provenance from the title lines, the footer and the file name; the export states no modified date. */
export async function exportProvenance(layout: ExportLayout): Promise<Provenance> {
  const titleLine = layout.titles[0]!.fields[0]!.trim();
  const fromTitle = idInTitle.exec(titleLine)?.[1];
  const fromName = idInFileName.exec(basename(layout.file))?.[1];
  const tableId = (fromTitle ?? fromName)?.toUpperCase() ?? basename(layout.file, extname(layout.file));
  const lines = (records: ExportLayout['footer']) =>
    records
      .map((r) =>
        r.fields
          .map((f) => f.trim())
          .filter((f) => f !== '')
          .join(' '),
      )
      .filter((l) => l !== '');
  const footer = lines(layout.footer);
  return {
    publisher: 'CBS',
    tableId,
    title: fromTitle ? titleLine.replace(idInTitle, '').trim() : titleLine,
    modified: null,
    licence: 'CC BY 4.0',
    retrieved: footer.map(dateOf).find((d) => d !== null) ?? null,
    format: 'cbs-statline-export',
    url: cbsTableIdPattern.test(tableId) ? statLineUrl(tableId) : null,
    files: [await fingerprint(layout.file)],
    notes: [...lines(layout.titles.slice(1)), ...footer],
  };
}

function dateOf(line: string): string | null {
  const m = exportDate.exec(line);
  if (!m) return null;
  const [, day, month, year] = m;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1 ? `${year}-${month}-${day}` : null;
}
