import type { Observation } from '../../src/schemas/observation.ts';
import type { AdapterFormat } from '../../src/schemas/source-record.ts';
import { codeLabel, type DatasetFeed, measureLabel, toObservation } from './dataset.ts';
import { firmClassOf } from './firm-class.ts';
import { sbiCategoryOf, sbiDimension } from './sbi-category.ts';

/** CBS's firm-count tables: 81589NED (Bedrijven; bedrijfstak, to 2022) and 81588NED, which continues it. */
const firmCountTables = new Set(['81589NED', '81588NED']);

/**
 * A feed of firm counts from 81589NED / 81588NED in the given formats: one row per (SBI category, class,
 * period). The class comes from the topic's label and the category from the SBI label, so the codes are
 * the same whether the table arrives with labels (StatLine export, cbsodata) or codes (OData v4). Topics
 * that are no class of firms, units other than counts, and SBI divisions are left out.
 */
export function firmCountFeed(options: {
  formats: readonly AdapterFormat[];
  category: (code: string) => boolean;
}): DatasetFeed<Observation> {
  return {
    accepts: (table) => firmCountTables.has(table.provenance.tableId) && options.formats.includes(table.provenance.format),
    select: (row, table) => {
      const dimension = sbiDimension(row.dims);
      if (!dimension) return undefined;
      const sbiLabel = codeLabel(table, dimension, row.dims[dimension]!).trim();
      const category = sbiCategoryOf(sbiLabel);
      const unit = table.measures[row.measure]?.unit.toLowerCase() ?? '';
      const firmClass = firmClassOf(measureLabel(table, row.measure));
      if (!category || !options.category(category) || !firmClass || (unit !== '' && unit !== 'aantal')) return undefined;
      return toObservation(row, table, {
        series: firmClass.code,
        seriesLabel: firmClass.label,
        category,
        categoryLabel: sbiLabel,
        unit: 'aantal',
      });
    },
  };
}
