import type { FinancieringRow } from '../../src/schemas/financiering.ts';
import type { SourceRow, SourceTable } from '../import/source-table.ts';
import { defineDataset, observationColumns, observationKey, toObservation } from './dataset.ts';

const dnbInstrument = 'Zakelijke kredietverlening';

/** DNB business lending, and the Financieringsmonitor by size class with 95% margins. */
export const financiering = defineDataset('financiering', {
  title: 'Zakelijke kredietverlening (DNB) en Financieringsmonitor (CBS)',
  columns: [...observationColumns, 'lower', 'upper'],
  key: observationKey,
  feeds: [
    {
      accepts: (table) => table.provenance.format === 'dnb-csv',
      select: (row, table) => {
        const [instrument, sub] = splitDnbMeasure(row.measure);
        if (instrument !== dnbInstrument) return undefined;
        const sector = row.dims['sector'] ?? '';
        const label = sub.replace(/\s*\((?:mln euro.s|percentages)\)\s*$/, '').replace(/\s+/g, ' ');
        return {
          ...toObservation(row, table, {
            series: slug(label),
            seriesLabel: label,
            category: slug(sector),
            categoryLabel: sector,
            unit: table.measures[row.measure]?.unit ?? '',
          }),
          lower: null,
          upper: null,
        };
      },
    },
    {
      accepts: (table) => table.provenance.tableId.startsWith('financieringsmonitor'),
      select: (row, table) => financieringsmonitorRow(row, table),
    },
  ],
});

function financieringsmonitorRow(row: SourceRow, table: SourceTable): FinancieringRow {
  const match = /^(\d+(?:\.\d+)*)\s+(.*)$/.exec(row.measure);
  const number = match?.[1] ?? row.measure;
  const edition = row.dims['edition'] ?? '';
  const sizeClass = row.dims['size_class'] ?? '';
  return {
    ...toObservation(row, table, {
      series: `${edition}-${number}`,
      seriesLabel: match?.[2] ?? row.measure,
      category: slug(sizeClass),
      categoryLabel: sizeClass,
      unit: '%',
    }),
    lower: margin(row.extra?.['margin95_low']),
    upper: margin(row.extra?.['margin95_high']),
  };
}

function splitDnbMeasure(measure: string): [string, string] {
  const at = measure.indexOf('|');
  return at < 0 ? [measure, ''] : [measure.slice(0, at).trim(), measure.slice(at + 1).trim()];
}

// The adapter has already refused anything that is not a number or blank.
function margin(text: string | undefined): number | null {
  return text === undefined || text.trim() === '' ? null : Number(text);
}

/** A stable, readable id from a Dutch label: "Rente op nieuwe contracten <= € 0.25 mln" → "rente-op-nieuwe-contracten-tot-0-25-mln". */
export function slug(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/<=/g, ' tot ')
    .replace(/>/g, ' boven ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
