import { checkAdditivity } from './additivity.ts';
import { codeLabel, defineDataset, measureLabel, observationColumns, observationKey, toObservation } from './dataset.ts';

/** 82242NED, whole: every month, quarter and year, every debtor type, with the period status. */
export const faillissementen = defineDataset('faillissementen', {
  title: 'Uitgesproken faillissementen naar type gefailleerde',
  columns: observationColumns,
  key: observationKey,
  feeds: [
    {
      accepts: (table) => table.provenance.tableId === '82242NED',
      select: (row, table) => {
        const type = row.dims['TypeGefailleerde'] ?? '';
        return toObservation(row, table, {
          series: 'faillissementen',
          seriesLabel: measureLabel(table, row.measure),
          category: type,
          categoryLabel: codeLabel(table, 'TypeGefailleerde', type),
          unit: 'aantal',
        });
      },
    },
  ],
  check(rows, context) {
    // The table's years are the totals of their quarters (refuse otherwise). CBS's own quarters and
    // months differ now and then by one (2023KW01): recorded, not refused.
    checkAdditivity(rows, { series: () => true, whole: 'year', parts: 'quarters', tolerance: 0, action: 'refuse' }, context);
    checkAdditivity(rows, { series: () => true, whole: 'quarter', parts: 'months', tolerance: 0, action: 'note' }, context);
  },
});
