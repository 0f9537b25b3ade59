import { parseCbsNumber } from '../../lib/cbs-number.ts';
import { InputError } from '../../lib/input-error.ts';
import { describePeriodForms, parsePeriod } from '../../lib/period-grammar.ts';
import { CodeLists } from '../code-lists.ts';
import { duplicateError } from '../duplicate-error.ts';
import { isDutchNotation } from '../parse-dot-number.ts';
import { requireColumns } from '../require-columns.ts';
import type { SourceRow } from '../source-table.ts';
import { streamRows } from '../stream-rows.ts';
import { columnFit, type TidyShape } from './shape.ts';

const columns = ['dataset', 'measure', 'period', 'dimension', 'value', 'unit', 'source_url', 'note'] as const;
const codeShaped = /^\d{4}[A-Z]{2}\d{2}$/;
const numberList = /^-?\d+(?:\.\d+)?(?: ?(?:\/|->) ?-?\d+(?:\.\d+)?)+$/;

/**
 * facts/: single figures with a source URL each. Periods that are not CBS codes ("2024 begin") and values
 * that are not one number ("21 / 27 / 13") are kept as text in `extra`, never turned into a code or a
 * number; consumers use only rows with both. Dutch-notation numbers and broken codes are refused.
 */
export const tidyFactsShape: TidyShape = {
  header: columns.join(','),
  fit: (header) => columnFit(header, columns),
  provenance: () => ({
    publisher: 'CBS / staatvanhetmkb.nl',
    title: 'Losse cijfers over het mkb (CBS en staatvanhetmkb.nl)',
    url: null,
    notes: ['bron per cijfer in extra.source_url'],
  }),

  async scan(file, emit) {
    const codes = new CodeLists({ dimension: 'dimension' });
    const units = new Map<string, { label: string; units: Set<string> }>();
    const firstLine = new Map<string, number>();
    const textPeriods: number[] = [];
    const textValues: number[] = [];
    await streamRows(file, {
      delimiter: ',',
      onHeader(header) {
        requireColumns(file, header, columns, ',');
        return columns.length;
      },
      onRow(record) {
        const { line } = record;
        const [dataset = '', measure = '', periodText = '', dimension = '', valueText = '', unit = '', sourceUrl = '', note = ''] =
          record.fields;
        const where = (column: (typeof columns)[number]) => ({ file, line, column: `${column} (${columns.indexOf(column) + 1})` });
        for (const [column, text] of [
          ['dataset', dataset],
          ['measure', measure],
          ['period', periodText],
          ['value', valueText],
        ] as const) {
          if (text.trim() === '') throw new InputError(where(column), 'an empty cell', text, `a ${column}`);
        }
        const period = parsePeriod(periodText, ['cbs-code']);
        if (!period && codeShaped.test(periodText.trim())) {
          throw new InputError(where('period'), 'not a valid period code', periodText, describePeriodForms(['cbs-code']));
        }
        const cell = parseCbsNumber(valueText, { locale: 'dot', symbols: {}, blank: 'refuse' });
        const number = cell?.value !== undefined && cell.value !== null && Number.isFinite(cell.value) ? cell.value : undefined;
        // Text is kept only in the shapes the file has ("21 / 27 / 13", "682 -> 706"): anything else is a damaged number.
        if (number === undefined && !numberList.test(valueText.trim()) && !isDutchNotation(valueText)) {
          throw new InputError(
            where('value'),
            'not a number, nor numbers joined by " / " or " -> "',
            valueText,
            'a number with a decimal point (1234.5), or numbers joined by " / " or " -> " (kept as text)',
          );
        }
        if (number === undefined && isDutchNotation(valueText)) {
          throw new InputError(
            where('value'),
            'a number in Dutch notation (decimal comma or thousands dots)',
            valueText,
            'a number with a decimal point (1234.5), or text that is not a single number',
          );
        }
        const key = JSON.stringify([dataset, measure, period?.code ?? `text:${periodText}`, dimension]);
        const earlier = firstLine.get(key);
        if (earlier !== undefined)
          throw duplicateError(
            where('period'),
            '(dataset, measure, period, dimension)',
            [dataset, measure, periodText, dimension].join(' | '),
            earlier,
          );
        firstLine.set(key, line);

        const code = `${dataset}|${measure}`;
        const known = units.get(code) ?? { label: measure, units: new Set<string>() };
        known.units.add(unit);
        units.set(code, known);
        codes.add('dimension', dimension);
        const extra: Record<string, string> = { dataset, unit, source_url: sourceUrl, note };
        if (!period) {
          extra['period_text'] = periodText;
          textPeriods.push(line);
        }
        const row: SourceRow = {
          measure: code,
          dims: { dimension },
          period: period?.code ?? '',
          value: number ?? null,
          status: 'onbekend',
          extra,
        };
        if (number === undefined) {
          row.symbol = 'ontbreekt';
          extra['value_text'] = valueText;
          textValues.push(line);
        }
        emit(row, where('value'));
      },
    });
    const mixed = [...units.values()].filter((m) => m.units.size > 1).length;
    return {
      // A measure written with several units ("aantal", "aantal (afgerond)") gets none here; each row has its own in extra.unit.
      measures: Object.fromEntries(
        [...units].map(([code, m]) => [code, { label: m.label, unit: m.units.size === 1 ? (m.units.values().next().value ?? '') : '' }]),
      ),
      dimensions: codes.toRecord(),
      notes: [
        ...(textPeriods.length
          ? [`${textPeriods.length} perioden zonder CBS-code bewaard als tekst (extra.period_text): regel ${textPeriods.join(', ')}`]
          : []),
        ...(textValues.length
          ? [`${textValues.length} waarden die geen enkel getal zijn bewaard als tekst (extra.value_text): regel ${textValues.join(', ')}`]
          : []),
        ...(mixed ? [`${mixed} maatstaven met per rij een andere eenheid: zie extra.unit`] : []),
      ],
    };
  },
};
