import { checkAdditivity } from './additivity.ts';
import { codeLabel, defineDataset, measureLabel, observationColumns, observationKey, toObservation } from './dataset.ts';

/** 80472NED: open, new and filled vacancies by sector and CBS size class (0–10, 10–100, 100+). */
export const vacatures = defineDataset('vacatures', {
  title: 'Vacatures naar economische activiteit en bedrijfsgrootte',
  columns: observationColumns,
  key: observationKey,
  feeds: [
    {
      accepts: (table) => table.provenance.tableId === '80472NED',
      select: (row, table) => {
        const category = row.dims['Bedrijfskenmerken'] ?? '';
        return toObservation(row, table, {
          series: row.measure,
          seriesLabel: measureLabel(table, row.measure),
          category,
          categoryLabel: codeLabel(table, 'Bedrijfskenmerken', category),
          unit: table.measures[row.measure]?.unit ?? '',
        });
      },
    },
  ],
  check(rows, context) {
    // New and filled vacancies: the year is the total of the quarters (the table's own definition),
    // each rounded to thousands; CBS's published years break this around 2013, so differences are noted.
    const flows = new Set(['OntstaneVacatures_2', 'VervuldeVacatures_3']);
    checkAdditivity(
      rows,
      { series: (row) => flows.has(row.series), whole: 'year', parts: 'quarters', tolerance: 2, action: 'note' },
      context,
    );
  },
});
