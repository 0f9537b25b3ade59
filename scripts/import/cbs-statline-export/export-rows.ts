import { describeNumberFormat, parseCbsNumber } from '../../lib/cbs-number.ts';
import { InputError, type Where } from '../../lib/input-error.ts';
import { describePeriodForms, parsePeriod } from '../../lib/period-grammar.ts';
import type { SourceRow, SourceTable } from '../source-table.ts';
import { type ExportColumns, exportNumberFormat } from './classify-columns.ts';
import type { ExportLayout } from './read-export-layout.ts';

export interface ExportRows {
  rows: { row: SourceRow; where: Where }[];
  measures: SourceTable['measures'];
  dimensions: SourceTable['dimensions'];
}

// "Uitgesproken faillissementen (aantal)": StatLine writes the unit in brackets after the topic.
const unitInBrackets = /^(.*\S)\s*\(([^()]+)\)$/;

/** Turns the data lines into SourceRows: labels become codes, periods and numbers are parsed. */
export function exportRows(layout: ExportLayout, columns: ExportColumns): ExportRows {
  const { file, header } = layout;
  const names = header.fields.map((f) => f.trim());
  for (const c of [...columns.dimensions, ...columns.topics]) {
    const first = names.indexOf(names[c]!);
    if (names[c] === '' || first !== c) {
      throw new InputError(
        { file, line: header.line, column: String(c + 1) },
        names[c] === '' ? 'a header cell is blank' : `column name used twice (also column ${first + 1}):`,
        names[c] || undefined,
        'a distinct name for every column',
      );
    }
  }
  const measures: SourceTable['measures'] = {};
  for (const c of columns.topics)
    measures[names[c]!] = measureOf(
      names[c]!,
      layout.headerRows.map((r) => r.fields[c]!.trim()),
    );
  const dimensions: SourceTable['dimensions'] = {};
  for (const c of columns.dimensions) dimensions[names[c]!] = { label: names[c]!, codes: {} };

  const rows: ExportRows['rows'] = [];
  const seen = new Map<string, number>();
  for (const { fields, line } of layout.data) {
    const rawPeriod = fields[columns.period]!;
    const parsed = parsePeriod(rawPeriod, ['dutch-label']);
    if (!parsed)
      throw new InputError(
        { file, line, column: names[columns.period] },
        'not a period label:',
        rawPeriod,
        describePeriodForms(['dutch-label']),
      );
    const dims: Record<string, string> = {};
    for (const c of columns.dimensions) {
      const label = fields[c]!.trim();
      if (label === '')
        throw new InputError(
          { file, line, column: names[c] },
          'a blank label',
          undefined,
          `a ${names[c]} label (repeated labels are written out in this format)`,
        );
      dims[names[c]!] = label;
      dimensions[names[c]!]!.codes[label] = { label };
    }
    const key = [...Object.values(dims), parsed.code].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputError(
        { file, line },
        `duplicate row: the same labels and period as line ${first}:`,
        [...Object.values(dims), rawPeriod.trim()].join(' / '),
        'one row per combination of labels and period',
      );
    }
    seen.set(key, line);
    const where = { file, line };
    for (const c of columns.topics) {
      const cell = parseCbsNumber(fields[c]!, exportNumberFormat);
      if (!cell)
        throw new InputError({ file, line, column: names[c] }, 'not a number:', fields[c], describeNumberFormat(exportNumberFormat));
      // The cell's own marker wins over the period label's; without either the export does not say.
      const status = cell.flag ?? parsed.marker ?? 'onbekend';
      const row: SourceRow = cell.symbol
        ? { measure: names[c]!, dims: { ...dims }, period: parsed.code, value: cell.value, symbol: cell.symbol, status }
        : { measure: names[c]!, dims: { ...dims }, period: parsed.code, value: cell.value, status };
      rows.push({ row, where });
    }
  }
  return { rows, measures, dimensions };
}

function measureOf(name: string, unitCells: string[]): SourceTable['measures'][string] {
  const bracket = unitInBrackets.exec(name);
  if (bracket) return { label: bracket[1]!, unit: bracket[2]!.trim() };
  return { label: name, unit: unitCells.filter((u) => u !== '').join(' ') };
}
