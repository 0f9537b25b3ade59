import type { PeriodStatus } from '../../../src/lib/provisional.ts';
import { describeNumberFormat, type NumberFormat, parseCbsNumber } from '../../lib/cbs-number.ts';
import { InputError } from '../../lib/input-error.ts';
import { describePeriodForms, parsePeriod } from '../../lib/period-grammar.ts';
import { CodeLists } from '../code-lists.ts';
import { columnName } from '../column-name.ts';
import { duplicateError } from '../duplicate-error.ts';
import { refuseControlCharacters, refuseControlCharactersInRecord } from '../refuse-control-characters.ts';
import { streamRows } from '../stream-rows.ts';
import type { Emit, TableScan } from '../table-from-scan.ts';
import { type ExportHeader, parseExportHeader } from './export-header.ts';

/**
 * How an export writes a number: digits right-aligned with spaces, a decimal comma; "." where CBS has
 * no figure and a blank where none can exist (CBS's own symbols). A point between digits is refused: in
 * this locale it would be a thousands separator, which StatLine does not write ("1438145").
 */
const exportNumbers: NumberFormat = { locale: 'nl', symbols: { '.': 'ontbreekt' }, blank: 'vervalt' };
const pointBetweenDigits = /\d\.\d/;

/**
 * One validating pass over an export: every label, period and number checked, rows emitted in file order.
 * Refused besides: a control character anywhere (a damaged file) and a last line without its line break
 * (cut short, perhaps inside its last cell: streamRows).
 */
export async function scanExport(file: string, emit: Emit): Promise<TableScan> {
  let header: ExportHeader | undefined;
  let codes = new CodeLists({});
  const firstLine = new Map<string, number>();
  await streamRows(file, {
    delimiter: ';',
    onHeader(record) {
      refuseControlCharactersInRecord(file, record);
      header = parseExportHeader(file, record);
      codes = new CodeLists(Object.fromEntries(header.dimensions.map((d) => [d.name, d.name])));
      return header.fields.length;
    },
    onRow(record) {
      if (!header) return; // onHeader always runs first
      const { fields, line } = record;
      // First, so a damaged byte is named as such, not as a bad label or number.
      for (const [i, field] of fields.entries()) refuseControlCharacters({ file, line, column: columnName(header.fields, i) }, field);
      const dims: Record<string, string> = {};
      for (const { index, name } of header.dimensions) {
        const label = fields[index]!.trim();
        if (label === '')
          throw new InputError({ file, line, column: columnName(header.fields, index) }, 'a blank label', undefined, `a ${name} label`);
        dims[name] = label;
        codes.add(name, label);
      }
      const periodText = fields[header.period]!;
      const periodWhere = { file, line, column: columnName(header.fields, header.period) };
      const period = parsePeriod(periodText, ['dutch-label']);
      if (!period) throw new InputError(periodWhere, 'not a period label:', periodText, describePeriodForms(['dutch-label']));
      const key = JSON.stringify([...Object.values(dims), period.code]); // labels may hold any separator
      const earlier = firstLine.get(key);
      if (earlier !== undefined)
        throw duplicateError(periodWhere, '(labels, period)', [...Object.values(dims), periodText.trim()].join(' | '), earlier);
      firstLine.set(key, line);
      // The label's * or ** is the status; an unmarked label does not say whether the figure is final.
      const status: PeriodStatus = period.marker ?? 'onbekend';
      for (const topic of header.topics) {
        const raw = fields[topic.index]!;
        const where = { file, line, column: columnName(header.fields, topic.index) };
        const cell = pointBetweenDigits.test(raw) ? undefined : parseCbsNumber(raw, exportNumbers);
        if (!cell) throw new InputError(where, 'not a number:', raw, describeNumberFormat(exportNumbers).replace('1.234,5', '1234,5'));
        const row = { measure: topic.code, dims: { ...dims }, period: period.code, value: cell.value, status };
        emit(cell.symbol ? { ...row, symbol: cell.symbol } : row, where);
      }
    },
  });
  if (!header) throw new InputError({ file }, 'the file has no header', undefined, 'a StatLine export header'); // streamRows refuses this first
  return {
    measures: Object.fromEntries(header.topics.map((t) => [t.code, { label: t.label, unit: t.unit }])),
    dimensions: codes.toRecord(),
    notes: [],
  };
}
