import { open as openFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { classifyColumns } from './cbs-statline-export/classify-columns.ts';
import { exportProvenance } from './cbs-statline-export/export-provenance.ts';
import { exportRows } from './cbs-statline-export/export-rows.ts';
import { readExportLayout } from './cbs-statline-export/read-export-layout.ts';
import type { Adapter } from './source-table.ts';

/**
 * StatLine's formatted export ("CSV volgens tabelindeling"). No real sample exists in the sources, so
 * this reads the layout as described to the project, and these are its design decisions:
 *
 * - Layout: `;`-separated UTF-8 (BOM optional). Single-field lines at the top are titles, the first
 *   is the table title. The first line with more fields is the header; lines right after it whose
 *   first cell is blank are further header rows (units). Lines with as many fields as the header are
 *   data; the first shorter line starts the footer ("Bron: CBS", the CBS address line with the export
 *   date, "Verklaring van symbolen" …), and a data-shaped line after it is refused.
 * - Columns: the period column is headed "Perioden", else it is the one column whose cells all parse
 *   as Dutch period labels. Other columns are dimensions (all labels) then topics (all numbers or
 *   symbols); a column mixing both, or text right of a number column, is refused, since a bad number
 *   and a label cannot be told apart. The file is small, so it is read whole to decide this.
 * - Codes: the export has labels only, so a dimension's id is its trimmed header and its codes are the
 *   trimmed labels; a measure's code is the full topic header. A unit in trailing brackets
 *   ("… (aantal)") becomes the measure's unit and is dropped from its label; otherwise the unit comes
 *   from the further header rows, or is blank.
 * - Numbers: Dutch locale ("1.234,5"); "." ontbreekt, "x" geheim, "-" nihil (0), blank vervalt.
 * - Status: a cell's own `*`/`**` wins, else the period label's marker, else 'onbekend' (the export does
 *   not say when a figure is final).
 * - Provenance: table id from "(82242NED)" in the title line, else from a file name starting with one,
 *   else the file stem; retrieved is the date on the CBS address line of the footer; modified is null;
 *   the other title lines and the footer lines are kept as notes.
 * - Labels are kept as text exactly as written (HTML or spreadsheet formulas included); escaping is the
 *   job of whatever renders them.
 */
export const cbsStatlineExportAdapter: Adapter = {
  format: 'cbs-statline-export',

  async detect(path) {
    if (!path.toLowerCase().endsWith('.csv') || basename(path).endsWith('_metadata.csv')) return false;
    const head = await readHead(path);
    if (head === undefined) return false;
    const first = head
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((l) => l.trim() !== '');
    // The "onbewerkte dataset" metadata also starts with one quoted field: "TableInfos".
    return first !== undefined && /^"(?:[^"]|"")*"\s*$/.test(first) && first.trim() !== '"TableInfos"' && head.includes('";"');
  },

  async open(path) {
    const layout = await readExportLayout(path);
    const { rows, measures, dimensions } = exportRows(layout, classifyColumns(layout));
    return {
      format: 'cbs-statline-export',
      provenance: await exportProvenance(layout),
      measures,
      dimensions,
      async rows(onRow) {
        for (const { row, where } of rows) onRow(row, where);
      },
    };
  },
};

/** The first 64 KB as text, or undefined when the path is not a readable file. */
async function readHead(path: string): Promise<string | undefined> {
  const handle = await openFile(path).catch(() => undefined);
  if (!handle) return undefined;
  try {
    const buffer = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return undefined; // a directory
  } finally {
    await handle.close();
  }
}
